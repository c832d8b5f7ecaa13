-- One quota decision for one organization, atomically: the same answer as QuotaLedger (domain) would give at
-- Redis's time. Every key of the organization shares one hash tag, so this also runs on Redis Cluster.
--
-- KEYS[1..3]  daily counters of the local days before, at and after the caller's clock
-- KEYS[4]     minute log, KEYS[5] burst log: lists of (epoch ms, cost) pairs, oldest first, one pair per millisecond
-- KEYS[6]     state hash: t = latest time decided at, m = cost in the minute log, b = cost in the burst log
-- ARGV[1..4]  starts of those three days and the end of the last (epoch ms)
-- ARGV[5..7]  daily, minute and burst limit (0 = unlimited); ARGV[8] cost; ARGV[9] '1' for a dry run
-- ARGV[10]    the time to decide at (epoch ms) instead of Redis's TIME: tests only, '' otherwise
--
-- Reply: {outcome, violated, retry-after ms, consumed, now, daily used, daily reset ms, minute used, minute reset ms,
--         burst used, burst reset ms}; outcome 0 admitted, 1 limit exceeded, 2 cost exceeds a limit, 3 Redis's time
-- lies outside the three days given (reply {3, now}: the caller asks again with the days around that time).
-- violated is a bit set: 1 daily, 2 minute, 4 burst. Used is -1 for a limit that is unlimited. Times are exact
-- milliseconds: the caller rounds them up to seconds, and may recompute them later from them.

local now
if ARGV[10] ~= '' then
  now = tonumber(ARGV[10])
else
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
local state = KEYS[6]
-- One read of the state: the latest time and what each log holds. The state is written once, at the end.
local saved = redis.call('HMGET', state, 't', 'm', 'b')
-- A clock that steps back is treated as standing still: it neither frees nor burns quota.
local latest = tonumber(saved[1])
if latest and latest > now then
  now = latest
end

local day
for i = 1, 3 do
  if now >= tonumber(ARGV[i]) and now < tonumber(ARGV[i + 1]) then
    day = i
  end
end
if not day then
  return {3, now}
end
local dayKey, dayEnd = KEYS[day], tonumber(ARGV[day + 1])
local dailyLimit, cost, dryRun = tonumber(ARGV[5]), tonumber(ARGV[8]), ARGV[9] == '1'

local function int(number)
  return string.format('%d', number)
end


-- Drops the entries that have left the window ending at now, in chunks, and takes their cost off what is used;
-- keeps the time of the oldest entry left (nil when none is).
local function evict(window)
  repeat
    local entries = redis.call('LRANGE', window.key, 0, 127)
    local n = 0
    while n < #entries and now - tonumber(entries[n + 1]) >= window.span do
      window.used = window.used - tonumber(entries[n + 2])
      n = n + 2
    end
    if n > 0 then
      redis.call('LPOP', window.key, n)
    end
    if n < #entries then
      window.oldest = tonumber(entries[n + 1])
    end
    if #entries == 0 then
      window.used, window.oldest = 0, nil
    end
  until n < #entries or #entries == 0
end

-- A rolling window while its limit is finite; an unlimited one is not counted (and forgotten), as in QuotaLedger.
local function window(key, field, limit, span, savedUsed)
  if limit == 0 then
    redis.call('DEL', key)
    redis.call('HDEL', state, field)
    return nil
  end
  local result = {key = key, field = field, limit = limit, span = span, used = 0}
  local oldest = redis.call('LINDEX', key, 0)
  if oldest then
    result.used, result.oldest = tonumber(savedUsed) or 0, tonumber(oldest)
    if now - result.oldest >= span then
      evict(result)
    end
  end
  return result
end

local minute = window(KEYS[4], 'm', tonumber(ARGV[6]), 60000, saved[2])
local burst = window(KEYS[5], 'b', tonumber(ARGV[7]), 1000, saved[3])
local dailyUsed = tonumber(redis.call('GET', dayKey)) or 0

local function over(limit, used)
  return limit > 0 and used + cost > limit
end

local function bits(daily, inMinute, inBurst)
  return (daily and 1 or 0) + (inMinute and 2 or 0) + (inBurst and 4 or 0)
end

-- Milliseconds until what the window holds drops to target or less, if nothing more is admitted.
local function untilAtMost(window, target)
  local used, start = window.used, 0
  if used <= target then
    return 0
  end
  while true do
    local entries = redis.call('LRANGE', window.key, start, start + 127)
    if #entries == 0 then
      return 0
    end
    for i = 1, #entries, 2 do
      used = used - tonumber(entries[i + 1])
      if used <= target then
        return tonumber(entries[i]) + window.span - now
      end
    end
    start = start + 128
  end
end

local function append(window)
  if not window then
    return
  end
  local last = redis.call('LINDEX', window.key, -2)
  if last and tonumber(last) == now then
    redis.call('LSET', window.key, -1, int(tonumber(redis.call('LINDEX', window.key, -1)) + cost))
  else
    redis.call('RPUSH', window.key, int(now), int(cost))
  end
  window.used = window.used + cost
  window.oldest = window.oldest or now
  -- The newest entry is now's: the log can matter for one more window, no longer.
  redis.call('PEXPIRE', window.key, window.span)
end

local outcome, violated, retry, consumed = 0, 0, 0, 0
local tooCostly = bits(over(dailyLimit, 0), minute and over(minute.limit, 0), burst and over(burst.limit, 0))
if tooCostly > 0 then
  outcome, violated = 2, tooCostly
else
  local dailyOver = over(dailyLimit, dailyUsed)
  local minuteOver = minute and over(minute.limit, minute.used)
  local burstOver = burst and over(burst.limit, burst.used)
  violated = bits(dailyOver, minuteOver, burstOver)
  if violated > 0 then
    local wait = dailyOver and dayEnd - now or 0
    if minuteOver then
      wait = math.max(wait, untilAtMost(minute, minute.limit - cost))
    end
    if burstOver then
      wait = math.max(wait, untilAtMost(burst, burst.limit - cost))
    end
    outcome, retry = 1, wait
  elseif not dryRun then
    consumed = cost
    dailyUsed = redis.call('INCRBY', dayKey, int(cost))
    redis.call('PEXPIRE', dayKey, int(dayEnd - now))
    append(minute)
    append(burst)
  end
end

-- The state outlives the logs and lasts to the end of the day, so that the latest time survives as long as it can
-- matter to the choice of the day. A log expires at most a minute after now, so only in the day's last minute can
-- it outlast the day.
local fields = {'t', int(now)}
local function keepUsed(window)
  if window then
    fields[#fields + 1] = window.field
    fields[#fields + 1] = int(window.used)
  end
end
keepUsed(minute)
keepUsed(burst)
redis.call('HSET', state, unpack(fields))
local keep = dayEnd - now
if keep < 60000 then
  for _, log in ipairs({KEYS[4], KEYS[5]}) do
    keep = math.max(keep, redis.call('PTTL', log))
  end
end
redis.call('PEXPIRE', state, int(keep))

local function report(window)
  if not window then
    return -1, 0
  end
  return window.used, window.oldest and window.oldest + window.span - now or 0
end

local minuteUsed, minuteReset = report(minute)
local burstUsed, burstReset = report(burst)
return {outcome, violated, retry, consumed, now, dailyUsed, dayEnd - now,
        minuteUsed, minuteReset, burstUsed, burstReset}
