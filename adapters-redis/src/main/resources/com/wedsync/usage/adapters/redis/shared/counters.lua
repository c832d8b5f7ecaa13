-- Put in front of decide.lua, fold.lua and used-today.lua by LuaScript (a Redis script cannot load another): what
-- the three read alike in an organization's counters (their layout is described in decide.lua).

-- The counters' header: latest time, end of the day counted and its cost, end of a day ahead and its cost.
local HEADER = '>I6I6i7I6i7'

-- Redis's time in epoch ms, or the time a test decides at instead ('' in production).
local function redisMillis(override)
  if override ~= '' then
    return tonumber(override)
  end
  local time = redis.call('TIME')
  return tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end

-- The cost counted on the local day ending at dayEnd: the day counted, or the day kept aside while it was ahead,
-- else none yet (the day counted before it is over, and today starts at 0).
local function countedOn(dayEnd, counted, used, aheadEnd, aheadUsed)
  if counted == dayEnd then
    return used
  elseif aheadEnd == dayEnd then
    return aheadUsed
  end
  return 0
end
