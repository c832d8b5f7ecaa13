-- Quota decisions, atomically and in order: each gets the answer QuotaLedger (domain) would give at Redis's time.
-- One call may carry several decisions (of one organization or of several): they are decided one after the other
-- at one reading of Redis's clock, each seeing what the ones before it admitted. On Redis Cluster every key of a
-- call must lie in one slot; each organization's keys share one hash tag, so a call of one organization always can.
--
-- ARGV[1]    the time to decide at (epoch ms) instead of Redis's TIME: tests only, '' otherwise
-- Decision i (from 0) has 4 keys from KEYS[4i + 1] and 9 arguments from ARGV[9i + 2]:
--   keys       daily counters of the local days before, at and after the caller's clock; the windows (below)
--   arguments  starts of those three days and the end of the last (epoch ms); daily, minute and burst limit
--              (0 = unlimited); cost; '1' for a dry run
--
-- The windows key is one string: the latest time decided at, then the minute's log, then the second's, each as the
-- cost it holds, its number of entries and its (epoch ms, cost) entries, oldest first, one per millisecond; all
-- big-endian unsigned integers (see LAYOUT). One GET and one SET (with the key's expiry) instead of a list per log
-- and a hash: a script pays for every redis.call far more than for the bytes it copies.
--
-- Reply: one entry per decision, {outcome, violated, retry-after ms, consumed, now, daily used, daily reset ms,
--        minute used, minute reset ms, burst used, burst reset ms}; outcome 0 admitted, 1 limit exceeded, 2 cost
--        exceeds a limit, 3 Redis's time lies outside the three days given (entry {3, now}: the caller asks again
--        with the days around that time). violated is a bit set: 1 daily, 2 minute, 4 burst. Used is -1 for a limit
--        that is unlimited. Times are exact milliseconds: the caller rounds them up to seconds.

local LATEST, LOG_HEADER, ENTRY, ENTRY_SIZE = '>I6', '>I7I4', '>I6I7', 13

local clock
if ARGV[1] ~= '' then
  clock = tonumber(ARGV[1])
else
  local time = redis.call('TIME')
  clock = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end

local function int(number)
  return string.format('%d', number)
end

-- One rolling window's log, read from the windows string at pos; nil (and pos unchanged) where there is none.
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

-- How long the windows key must live after now: to the end of the day, so that the latest time survives as long
-- as it can matter to the choice of the day, or until the last entry leaves its window, if that is later.
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

local function decide(k, a)
  local saved = redis.call('MGET', KEYS[k + 1], KEYS[k + 2], KEYS[k + 3], KEYS[k + 4])
  local packed = saved[4]
  local now = clock
  -- A clock that steps back is treated as standing still: it neither frees nor burns quota.
  if packed then
    local latest = struct.unpack(LATEST, packed)
    if latest > now then
      now = latest
    end
  end
  local day
  for i = 1, 3 do
    if now >= tonumber(ARGV[a + i - 1]) and now < tonumber(ARGV[a + i]) then
      day = i
    end
  end
  if not day then
    return {3, now}
  end
  local dayEnd = tonumber(ARGV[a + day])
  local dailyLimit, minuteLimit, burstLimit = tonumber(ARGV[a + 4]), tonumber(ARGV[a + 5]), tonumber(ARGV[a + 6])
  local cost, dryRun = tonumber(ARGV[a + 7]), ARGV[a + 8] == '1'

  local minute, pos = readLog(packed, 7, 60000, minuteLimit > 0 and minuteLimit or nil)
  local burst = readLog(packed, pos, 1000, burstLimit > 0 and burstLimit or nil)
  -- An unlimited window is not counted (and forgotten), as in QuotaLedger: it starts empty when it is finite again.
  for _, log in ipairs({minute, burst}) do
    if log.limit then
      evict(log, now)
    else
      log.used, log.entries = 0, ''
    end
  end
  local dailyUsed = tonumber(saved[day]) or 0

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
      redis.call('SET', KEYS[k + day], int(dailyUsed), 'PX', int(dayEnd - now))
      for _, log in ipairs({minute, burst}) do
        if log.limit then
          append(log, now, cost)
        end
      end
    end
  end

  redis.call('SET', KEYS[k + 4], struct.pack(LATEST, now) .. packLog(minute) .. packLog(burst),
      'PX', int(keepMillis(dayEnd, now, {minute, burst})))

  local minuteUsed, minuteReset = report(minute, now)
  local burstUsed, burstReset = report(burst, now)
  return {outcome, violated, retry, consumed, now, dailyUsed, dayEnd - now,
          minuteUsed, minuteReset, burstUsed, burstReset}
end

local replies = {}
for i = 0, #KEYS / 4 - 1 do
  replies[i + 1] = decide(4 * i, 9 * i + 2)
end
return replies
