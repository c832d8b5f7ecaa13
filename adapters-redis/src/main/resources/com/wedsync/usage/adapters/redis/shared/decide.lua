-- Quota decisions, atomically and in order: each gets the answer QuotaLedger (domain) would give at Redis's time.
-- One call may carry several decisions (of one organization or of several): they are decided one after the other
-- at one reading of Redis's clock, each seeing what the ones before it admitted. On Redis Cluster every key of a
-- call must lie in one slot; an organization has one key here, so a call of one organization always can.
--
-- ARGV[1]    the time to decide at (epoch ms) instead of Redis's TIME: tests only, '' otherwise
-- Decision i (from 1) has the key KEYS[i], the organization's counters (below), and the argument ARGV[i + 1]: nine
-- integers separated by spaces, the starts of the local days before, at and after the caller's clock and the end of
-- the last (epoch ms); daily, minute and burst limit (0 = unlimited); cost; 1 for a dry run, else 0. One argument
-- rather than nine: Redis and the client pay for each argument they read and write.
--
-- The counters are one string (see HEADER in counters.lua, which LuaScript puts in front of this script): the latest time decided at; the end of the local day counted and the
-- cost admitted on it; the end of a day that has not begun in Redis's time yet and the cost folded into it (by a
-- node whose clock was ahead, see fold.lua), 0 0 when there is none; then the minute's log and the second's, each
-- as the cost it holds, its number of entries and its (epoch ms, cost) entries, oldest first, one per
-- millisecond. All integers big-endian. One GET and one SET (with the key's expiry) per decision, instead of a
-- counter per day, a list per log and a hash: a script pays for each redis.call far more than for the bytes it
-- copies.
--
-- Reply: one text, the decisions' replies separated by commas, each as integers separated by spaces (one bulk
--        string is cheaper to write and to read than an array per decision): outcome, violated, retry-after ms,
--        consumed, now, daily used, daily reset ms, minute used, minute reset ms, burst used, burst reset ms;
--        outcome 0 admitted, 1 limit exceeded, 2 cost exceeds a limit, 3 Redis's time lies outside the three days
--        given (reply '3 now': the caller asks again with the days around that time). violated is a bit set: 1
--        daily, 2 minute, 4 burst. Used is -1 for a limit that is unlimited. Times are exact milliseconds: the caller
--        rounds them up to seconds.

local LOG_HEADER, ENTRY, ENTRY_SIZE = '>I7I4', '>I6I7', 13

local clock = redisMillis(ARGV[1])

local function int(number)
  return string.format('%d', number)
end

-- One rolling window's log, read from the counters at pos (empty where there are no counters yet).
local function readLog(packed, pos, span, limit)
  if not packed then
    return {span = span, limit = limit, used = 0, entries = ''}, pos
  end
  local used, count, from = struct.unpack(LOG_HEADER, packed, pos)
  local to = from + count * ENTRY_SIZE
  return {span = span, limit = limit, used = used, entries = string.sub(packed, from, to - 1)}, to
end

local function oldest(log)
  if #log.entries == 0 then
    return nil
  end
  return (struct.unpack(ENTRY, log.entries))
end

-- Drops the entries that have left the window ending at now and takes their cost off what is used.
local function evict(log, now)
  local pos, size = 1, #log.entries
  while pos < size do
    local at, cost = struct.unpack(ENTRY, log.entries, pos)
    if now - at < log.span then
      break
    end
    log.used = log.used - cost
    pos = pos + ENTRY_SIZE
  end
  if pos > 1 then
    log.entries = string.sub(log.entries, pos)
  end
  if #log.entries == 0 then
    log.used = 0
  end
end

-- Milliseconds until what the window holds drops to target or less, if nothing more is admitted.
local function untilAtMost(log, target, now)
  local used = log.used
  if used <= target then
    return 0
  end
  for pos = 1, #log.entries, ENTRY_SIZE do
    local at, cost = struct.unpack(ENTRY, log.entries, pos)
    used = used - cost
    if used <= target then
      return at + log.span - now
    end
  end
  return 0
end

local function append(log, now, cost)
  local size = #log.entries
  if size > 0 then
    local at, last = struct.unpack(ENTRY, log.entries, size - ENTRY_SIZE + 1)
    if at == now then
      log.entries = string.sub(log.entries, 1, size - ENTRY_SIZE) .. struct.pack(ENTRY, now, last + cost)
      log.used = log.used + cost
      return
    end
  end
  log.entries = log.entries .. struct.pack(ENTRY, now, cost)
  log.used = log.used + cost
end

-- How long the counters must live after now: to the end of the day (or of the day ahead, if one was folded), so
-- that the day's count and the latest time survive as long as they can matter, or until the last entry leaves its
-- window, if that is later.
local function keepMillis(dayEnd, now, logs)
  local keep = dayEnd - now
  for _, log in ipairs(logs) do
    if #log.entries > 0 then
      keep = math.max(keep, struct.unpack(ENTRY, log.entries, #log.entries - ENTRY_SIZE + 1) + log.span - now)
    end
  end
  return keep
end

local function packLog(log)
  if not log.limit then
    return struct.pack(LOG_HEADER, 0, 0)
  end
  return struct.pack(LOG_HEADER, log.used, #log.entries / ENTRY_SIZE) .. log.entries
end

local function over(limit, used, cost)
  return limit > 0 and used + cost > limit
end

local function bits(daily, inMinute, inBurst)
  return (daily and 1 or 0) + (inMinute and 2 or 0) + (inBurst and 4 or 0)
end

local function report(log, now)
  if not log.limit then
    return -1, 0
  end
  local first = oldest(log)
  return log.used, first and first + log.span - now or 0
end

local ARGUMENTS = '^(%-?%d+) (%-?%d+) (%-?%d+) (%-?%d+) (%d+) (%d+) (%d+) (%d+) ([01])$'

local function decide(key, arguments)
  local start1, start2, start3, end3, daily, perMinute, perSecond, price, dry = string.match(arguments, ARGUMENTS)
  local bounds = {tonumber(start1), tonumber(start2), tonumber(start3), tonumber(end3)}
  local packed = redis.call('GET', key)
  local now = clock
  local latest, counted, used, aheadEnd, aheadUsed, pos = 0, 0, 0, 0, 0, 1
  if packed then
    latest, counted, used, aheadEnd, aheadUsed, pos = struct.unpack(HEADER, packed)
  end
  -- A clock that steps back is treated as standing still: it neither frees nor burns quota.
  if latest > now then
    now = latest
  end
  local day
  for i = 1, 3 do
    if now >= bounds[i] and now < bounds[i + 1] then
      day = i
    end
  end
  if not day then
    return string.format('3 %d', now)
  end
  local dayEnd = bounds[day + 1]
  local dailyLimit, minuteLimit, burstLimit = tonumber(daily), tonumber(perMinute), tonumber(perSecond)
  local cost, dryRun = tonumber(price), dry == '1'

  local minute
  minute, pos = readLog(packed, pos, 60000, minuteLimit > 0 and minuteLimit or nil)
  local burst = readLog(packed, pos, 1000, burstLimit > 0 and burstLimit or nil)
  -- An unlimited window is not counted (and forgotten), as in QuotaLedger: it starts empty when it is finite again.
  for _, log in ipairs({minute, burst}) do
    if log.limit then
      evict(log, now)
    else
      log.used, log.entries = 0, ''
    end
  end
  local dailyUsed = countedOn(dayEnd, counted, used, aheadEnd, aheadUsed)
  if aheadEnd <= dayEnd then
    aheadEnd, aheadUsed = 0, 0
  end

  local outcome, violated, retry, consumed = 0, 0, 0, 0
  local tooCostly = bits(over(dailyLimit, 0, cost), over(minuteLimit, 0, cost), over(burstLimit, 0, cost))
  if tooCostly > 0 then
    outcome, violated = 2, tooCostly
  else
    local dailyOver = over(dailyLimit, dailyUsed, cost)
    local minuteOver = over(minuteLimit, minute.used, cost)
    local burstOver = over(burstLimit, burst.used, cost)
    violated = bits(dailyOver, minuteOver, burstOver)
    if violated > 0 then
      local wait = dailyOver and dayEnd - now or 0
      if minuteOver then
        wait = math.max(wait, untilAtMost(minute, minuteLimit - cost, now))
      end
      if burstOver then
        wait = math.max(wait, untilAtMost(burst, burstLimit - cost, now))
      end
      outcome, retry = 1, wait
    elseif not dryRun then
      consumed = cost
      dailyUsed = dailyUsed + cost
      for _, log in ipairs({minute, burst}) do
        if log.limit then
          append(log, now, cost)
        end
      end
    end
  end

  redis.call('SET', key, struct.pack(HEADER, now, dayEnd, dailyUsed, aheadEnd, aheadUsed) .. packLog(minute)
      .. packLog(burst), 'PX', int(keepMillis(math.max(dayEnd, aheadEnd), now, {minute, burst})))

  local minuteUsed, minuteReset = report(minute, now)
  local burstUsed, burstReset = report(burst, now)
  return string.format('%d %d %d %d %d %d %d %d %d %d %d', outcome, violated, retry, consumed, now, dailyUsed,
      dayEnd - now, minuteUsed, minuteReset, burstUsed, burstReset)
end

local replies = {}
for i = 1, #KEYS do
  replies[i] = decide(KEYS[i], ARGV[i + 1])
end
return table.concat(replies, ',')
