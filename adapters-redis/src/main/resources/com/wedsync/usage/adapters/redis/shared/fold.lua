-- Adds cost admitted elsewhere (by a node deciding locally while Redis was unreachable) to one local day's count in
-- an organization's counters (see decide.lua), exactly once: a fold carries an id, and a marker under that id, kept
-- until the day ends, turns a retry of a fold whose answer was lost into a no-op.
--
-- KEYS[1]  the organization's counters; KEYS[2] the fold's marker
-- ARGV[1]  cost (negative to take back a fold); ARGV[2], ARGV[3] the start and the end of the day (epoch ms);
-- ARGV[4]  the time instead of Redis's TIME: tests only, or ''
--
-- The day is the one counted, or one that follows the day counted (it starts from the cost), or one that has not
-- begun in Redis's time yet (a node whose clock is ahead folds into tomorrow): that one is kept aside until it
-- begins. Reply: 1 folded, 0 already folded, -1 the day is over (nothing left to correct) or a second day ahead.

local now = redisMillis(ARGV[4])
local cost, dayStart, dayEnd = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local packed = redis.call('GET', KEYS[1])
local latest, counted, used, aheadEnd, aheadUsed, pos = 0, 0, 0, 0, 0, nil
if packed then
  latest, counted, used, aheadEnd, aheadUsed, pos = struct.unpack(HEADER, packed)
end
-- As in decide.lua, the time is never earlier than the latest decided at.
now = math.max(now, latest)
if now >= dayEnd then
  return -1
end
local ahead = dayStart > now
if ahead and aheadEnd ~= dayEnd and aheadEnd > now then
  return -1
end
local ttl = string.format('%d', dayEnd - now)
if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ttl) then
  return 0
end
if ahead then
  aheadUsed = (aheadEnd == dayEnd and aheadUsed or 0) + cost
  aheadEnd = dayEnd
else
  local before = countedOn(dayEnd, counted, used, aheadEnd, aheadUsed)
  if aheadEnd <= dayEnd then
    aheadEnd, aheadUsed = 0, 0
  end
  used, counted = before + cost, dayEnd
end
local rest = packed and string.sub(packed, pos) or struct.pack('>I7I4I7I4', 0, 0, 0, 0)
local keep = dayEnd - now
if packed then
  keep = math.max(keep, redis.call('PTTL', KEYS[1]))
end
redis.call('SET', KEYS[1], struct.pack(HEADER, latest, counted, used, aheadEnd, aheadUsed) .. rest,
    'PX', string.format('%d', keep))
return 1
