-- Adds cost admitted elsewhere (by a node deciding locally while Redis was unreachable) to one local day's counter,
-- exactly once: a fold carries an id, and a marker under that id, kept until the day ends, turns a retry of a fold
-- whose answer was lost into a no-op.
--
-- KEYS[1]  the day's counter; KEYS[2] the fold's marker
-- ARGV[1]  cost; ARGV[2] the end of the day (epoch ms); ARGV[3] the time instead of Redis's TIME: tests only, or ''
--
-- Reply: 1 folded, 0 already folded, -1 the day is over (nothing left to correct).

local now
if ARGV[3] ~= '' then
  now = tonumber(ARGV[3])
else
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
local dayEnd = tonumber(ARGV[2])
if now >= dayEnd then
  return -1
end
local ttl = string.format('%d', dayEnd - now)
if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ttl) then
  return 0
end
redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ttl)
return 1
