-- The cost admitted today on an organization's calendar, today being the local day that contains Redis's time.
--
-- KEYS[1]     the organization's counters (see decide.lua)
-- ARGV[1..4]  starts of the local days before, at and after the caller's clock and the end of the last (epoch ms)
-- ARGV[5]     the time to read at (epoch ms) instead of Redis's TIME: tests only, '' otherwise
--
-- Reply: {0, used} or {3, now} when Redis's time lies outside the three days (the caller asks again).

local now = redisMillis(ARGV[5])
local latest, counted, used, aheadEnd, aheadUsed = 0, 0, 0, 0, 0
local packed = redis.call('GET', KEYS[1])
if packed then
  latest, counted, used, aheadEnd, aheadUsed = struct.unpack(HEADER, packed)
end
now = math.max(now, latest)
for i = 1, 3 do
  local dayEnd = tonumber(ARGV[i + 1])
  if now >= tonumber(ARGV[i]) and now < dayEnd then
    return {0, countedOn(dayEnd, counted, used, aheadEnd, aheadUsed)}
  end
end
return {3, now}
