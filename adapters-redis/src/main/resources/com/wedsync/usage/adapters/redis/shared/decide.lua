-- Quota decisions, atomically and in order: each gets the answer QuotaLedger (domain) would give at Redis's time.
-- One call may carry several decisions (of one organization or of several): they are decided one after the other
-- at one reading of Redis's clock, each seeing what the ones before it admitted. On Redis Cluster every key of a
-- call must lie in one slot; an organization has one key here, so a call of one organization always can.
--
-- ARGV[1]    the time to decide at (epoch ms) instead of Redis's TIME: tests only, '' otherwise
-- Decision i (from 1) has the key KEYS[i], the organization's counters (below), and the argument ARGV[i + 1]: nine
-- big-endian integers (ARGS): the starts of the local days before, at and after the caller's clock and the end of
-- the last (epoch ms); daily, minute and burst limit (0 = unlimited); cost; 1 for a dry run, else 0. Binary, in one
-- argument: Redis and the client pay for each argument, and reading text (string.match and nine tonumber) cost the
-- script more than all the rest of a decision but its GET and SET.
--
-- The counters are one string (see HEADER in counters.lua, which LuaScript puts in front of this script): the
-- latest time decided at; the end of the local day counted and the cost admitted on it; the end of a day that has
-- not begun in Redis's time yet and the cost folded into it (by a node whose clock was ahead, see fold.lua), 0 0
-- when there is none; then the minute's log and the second's, each as the cost it holds, its number of entries and
-- its (time, cost) entries, oldest first, one per millisecond (more only where one would hold more cost than
-- MAX_ENTRY_COST). An entry's time is epoch ms modulo 2^32: every entry kept is less than a minute older than the
-- latest time, so its age is the difference modulo 2^32, and an entry is 8 bytes instead of 13. All integers
-- big-endian. One GET and one SET (with the key's expiry) per decision, instead of a counter per day, a list per
-- log and a hash: a script pays for each redis.call far more than for the bytes it copies. But it pays for the
-- bytes too (about 1 ns a byte for every string it makes, measured on Redis 7.0): a log is never unpacked, a
-- decision reads the entries it evicts, the oldest it keeps and the newest, copies the rest as one substring, and
-- makes the new value in one concatenation.
--
-- Reply: the decisions' replies one after the other, each REPLY (big-endian, REPLY_SIZE bytes): outcome, violated,
--        retry-after ms, consumed, now, daily used, daily reset ms, minute used, minute reset ms, burst used, burst
--        reset ms; outcome 0 admitted, 1 limit exceeded, 2 cost exceeds a limit, 3 Redis's time lies outside the
--        three days given (the other fields 0 but now: the caller asks again with the days around that time).
--        violated is a bit set: 1 daily, 2 minute, 4 burst. Used is -1 for a limit that is unlimited. Times are
--        exact milliseconds: the caller rounds them up to seconds.

local ARGS = '>i8i8i8i8i8i8i8i8B'
local REPLY = '>BBi8i8i8i8i8i8i8i8i8'
local LOG_HEADER, ENTRY, ENTRY_SIZE = '>I7I4', '>I4I4', 8
local WRAP, MAX_ENTRY_COST = 4294967296, 4294967295
local MINUTE, SECOND = 60000, 1000
local EMPTY_LOG = struct.pack(LOG_HEADER, 0, 0)

local clock = redisMillis(ARGV[1])

-- How long ago (ms) an entry's time (at, epoch ms modulo 2^32) was at now (epoch ms): now is congruent to itself
-- modulo 2^32, so the difference modulo 2^32 is the age (every entry kept is younger than 2^32 ms).
local function age(now, at)
  return (now - at) % WRAP
end

-- One rolling window's log in packed, from its header at pos: what it holds once the entries that have left the
-- window ending at now are dropped. Returns the cost held, the first and the end (exclusive) of the entries kept in
-- packed, the time of the oldest kept (or nil) and the position after the log. limit 0: the window is unlimited, so
-- it is not counted (and forgotten, as in QuotaLedger): it starts empty when it is finite again.
local function readLog(packed, pos, span, limit, now)
  if pos > #packed then
    return 0, pos, pos, nil, pos
  end
  local used, count, from = struct.unpack(LOG_HEADER, packed, pos)
  local to = from + count * ENTRY_SIZE
  if limit == 0 then
    return 0, to, to, nil, to
  end
  while from < to do
    local at, cost = struct.unpack(ENTRY, packed, from)
    local ago = age(now, at)
    if ago < span then
      return used, from, to, now - ago, to
    end
    used = used - cost
    from = from + ENTRY_SIZE
  end
  return 0, to, to, nil, to
end

-- Milliseconds until what the window holds (used, in the entries from..to of packed) drops to target or less, if
-- nothing more is admitted.
local function untilAtMost(packed, from, to, used, span, target, now)
  for pos = from, to - 1, ENTRY_SIZE do
    if used <= target then
      break
    end
    local at, cost = struct.unpack(ENTRY, packed, pos)
    used = used - cost
    if used <= target then
      return span - age(now, at)
    end
  end
  return 0
end

-- The entries of cost admitted at now: one, unless the cost is more than an entry holds.
local function entriesOf(now, cost)
  local at = now % WRAP
  if cost <= MAX_ENTRY_COST then
    return struct.pack(ENTRY, at, cost), 1
  end
  local entries, count = {}, 0
  while cost > 0 do
    local part = math.min(cost, MAX_ENTRY_COST)
    count, cost = count + 1, cost - part
    entries[count] = struct.pack(ENTRY, at, part)
  end
  return table.concat(entries), count
end

-- The log as stored, with cost admitted at now (0: none), in three parts for the caller to concatenate with the
-- rest of the value at once (its header, the entries kept, the entries new or changed); with the time of its newest
-- entry (or nil).
local function packLog(packed, limit, used, from, to, now, cost)
  if limit == 0 then
    return EMPTY_LOG, '', '', nil
  end
  local count = (to - from) / ENTRY_SIZE
  if cost == 0 then
    if count == 0 then
      return EMPTY_LOG, '', '', nil
    end
    return struct.pack(LOG_HEADER, used, count), string.sub(packed, from, to - 1), '',
        now - age(now, (struct.unpack(ENTRY, packed, to - ENTRY_SIZE)))
  end
  if count > 0 then
    local at, last = struct.unpack(ENTRY, packed, to - ENTRY_SIZE)
    if age(now, at) == 0 and last + cost <= MAX_ENTRY_COST then
      return struct.pack(LOG_HEADER, used + cost, count), string.sub(packed, from, to - ENTRY_SIZE - 1),
          struct.pack(ENTRY, at, last + cost), now
    end
  end
  local entries, added = entriesOf(now, cost)
  return struct.pack(LOG_HEADER, used + cost, count + added), string.sub(packed, from, to - 1), entries, now
end

local function over(limit, used, cost)
  return limit > 0 and used + cost > limit
end

local function bits(daily, inMinute, inBurst)
  return (daily and 1 or 0) + (inMinute and 2 or 0) + (inBurst and 4 or 0)
end

-- What a reply says of one window: the cost it holds (-1 when unlimited) and the ms until its oldest entry leaves.
local function report(limit, used, oldest, span, now)
  if limit == 0 then
    return -1, 0
  end
  return used, oldest and oldest + span - now or 0
end

local function decide(key, arguments)
  local start1, start2, start3, end3, dailyLimit, minuteLimit, burstLimit, cost, dry = struct.unpack(ARGS, arguments)
  local packed = redis.call('GET', key) or ''
  local now = clock
  local latest, counted, used, aheadEnd, aheadUsed, pos = 0, 0, 0, 0, 0, 1
  if packed ~= '' then
    latest, counted, used, aheadEnd, aheadUsed, pos = struct.unpack(HEADER, packed)
  end
  -- A clock that steps back is treated as standing still: it neither frees nor burns quota.
  if latest > now then
    now = latest
  end
  local dayEnd
  if now >= start1 and now < start2 then
    dayEnd = start2
  elseif now >= start2 and now < start3 then
    dayEnd = start3
  elseif now >= start3 and now < end3 then
    dayEnd = end3
  else
    return struct.pack(REPLY, 3, 0, 0, 0, now, 0, 0, 0, 0, 0, 0)
  end

  local minuteUsed, minuteFrom, minuteTo, minuteOldest
  minuteUsed, minuteFrom, minuteTo, minuteOldest, pos = readLog(packed, pos, MINUTE, minuteLimit, now)
  local burstUsed, burstFrom, burstTo, burstOldest = readLog(packed, pos, SECOND, burstLimit, now)
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
    local minuteOver = over(minuteLimit, minuteUsed, cost)
    local burstOver = over(burstLimit, burstUsed, cost)
    violated = bits(dailyOver, minuteOver, burstOver)
    if violated > 0 then
      local wait = dailyOver and dayEnd - now or 0
      if minuteOver then
        wait = math.max(wait, untilAtMost(packed, minuteFrom, minuteTo, minuteUsed, MINUTE, minuteLimit - cost, now))
      end
      if burstOver then
        wait = math.max(wait, untilAtMost(packed, burstFrom, burstTo, burstUsed, SECOND, burstLimit - cost, now))
      end
      outcome, retry = 1, wait
    elseif dry == 0 then
      consumed = cost
      dailyUsed = dailyUsed + cost
    end
  end

  local minuteHeader, minuteKept, minuteAdded, minuteNewest =
      packLog(packed, minuteLimit, minuteUsed, minuteFrom, minuteTo, now, consumed)
  local burstHeader, burstKept, burstAdded, burstNewest =
      packLog(packed, burstLimit, burstUsed, burstFrom, burstTo, now, consumed)
  if consumed > 0 then
    if minuteLimit > 0 then
      minuteUsed, minuteOldest = minuteUsed + consumed, minuteOldest or now
    end
    if burstLimit > 0 then
      burstUsed, burstOldest = burstUsed + consumed, burstOldest or now
    end
  end
  -- The counters live to the end of the day (or of the day ahead, if one was folded), so that the day's count and
  -- the latest time survive as long as they can matter, or until the last entry leaves its window, if that is later.
  local keep = math.max(dayEnd, aheadEnd) - now
  if minuteNewest then
    keep = math.max(keep, minuteNewest + MINUTE - now)
  end
  if burstNewest then
    keep = math.max(keep, burstNewest + SECOND - now)
  end
  redis.call('SET', key, struct.pack(HEADER, now, dayEnd, dailyUsed, aheadEnd, aheadUsed) .. minuteHeader
      .. minuteKept .. minuteAdded .. burstHeader .. burstKept .. burstAdded, 'PX', string.format('%d', keep))

  local minuteReported, minuteReset = report(minuteLimit, minuteUsed, minuteOldest, MINUTE, now)
  local burstReported, burstReset = report(burstLimit, burstUsed, burstOldest, SECOND, now)
  return struct.pack(REPLY, outcome, violated, retry, consumed, now, dailyUsed, dayEnd - now, minuteReported,
      minuteReset, burstReported, burstReset)
end

local replies = {}
for i = 1, #KEYS do
  replies[i] = decide(KEYS[i], ARGV[i + 1])
end
return table.concat(replies)
