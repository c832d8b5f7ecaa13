-- The cost admitted today on an organization's calendar, today being the local day that contains Redis's time.
--
-- KEYS[1..3]  daily counters of the local days before, at and after the caller's clock; KEYS[4] the windows
--             string of decide.lua, which starts with the latest time decided at
-- ARGV[1..4]  starts of those three days and the end of the last (epoch ms)
-- ARGV[5]     the time to read at (epoch ms) instead of Redis's TIME: tests only, '' otherwise
--
-- Reply: {0, used} or {3, now} when Redis's time lies outside the three days (the caller asks again).

local now
if ARGV[5] ~= '' then
  now = tonumber(ARGV[5])
else
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
local windows = redis.call('GET', KEYS[4])
if windows then
  now = math.max(now, (struct.unpack('>I6', windows)))
end
for i = 1, 3 do
  if now >= tonumber(ARGV[i]) and now < tonumber(ARGV[i + 1]) then
    return {0, tonumber(redis.call('GET', KEYS[i])) or 0}
  end
end
return {3, now}
