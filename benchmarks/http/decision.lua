-- wrk script: POST /v1/decisions for one organization (its id and the service token come from the environment).
local token = os.getenv("SERVICE_TOKEN")
local organization = os.getenv("ORGANIZATION_ID")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"organizationId":"' .. organization .. '","endpoint":"/v1/clients/{id}","method":"GET"}'
