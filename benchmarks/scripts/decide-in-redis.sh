#!/usr/bin/env bash
# Times decide.lua's decision function inside Redis, without the client or the network: one EVAL runs it in a loop
# over organizations, one millisecond apart, and reports the microseconds per decision. Used for the per-decision
# figures of docs/redis.md; it flushes the database it is pointed at (before and after), so give it a Redis of its
# own (it refuses 6379).
#
#   benchmarks/scripts/decide-in-redis.sh [port=6390] [organizations=500] [decisions=100000] [minute limit=100] [script]
#
# With 500 organizations at one decision per millisecond each gets 120 calls a minute, so with the default limit of
# 100 every minute log is full (100 entries), as for a SCALE organization at its limit.
set -euo pipefail
PORT=${1:-6390}; ORGS=${2:-500}; DECISIONS=${3:-100000}; MINUTE=${4:-100}
SCRIPT=${5:+$(realpath "$5")}
if [ "$PORT" = 6379 ]; then
  echo "refusing port 6379, the machine's shared Redis: this flushes the database it is given; start one of its own" >&2
  exit 2
fi
cd "$(dirname "$0")/../.."
SHARED=adapters-redis/src/main/resources/com/wedsync/usage/adapters/redis/shared
SCRIPT=${SCRIPT:-$SHARED/decide.lua}
LOOP=$(mktemp --suffix=.lua)
trap 'rm -f "$LOOP"' EXIT
{
  cat "$SHARED/counters.lua"
  # The script's own clock becomes a variable the loop sets; its loop over KEYS/ARGV is left out.
  sed -e 's/^local clock = redisMillis(ARGV\[1\])/local clock = 0/' -e '/^local replies = {}/,$d' "$SCRIPT"
  cat <<LUA
local arg = struct.pack(ARGS, 0, 86400000, 172800000, 259200000, 50000, $MINUTE, 50, 1, 0)
local admitted = 0
local t0 = redis.call('TIME')
for n = 1, $DECISIONS do
  clock = 86400000 + 1000 + n
  if string.byte(decide('bench:{' .. (n % $ORGS) .. '}', arg), 1) == 0 then
    admitted = admitted + 1
  end
end
local t1 = redis.call('TIME')
local micros = (tonumber(t1[1]) - tonumber(t0[1])) * 1000000 + tonumber(t1[2]) - tonumber(t0[2])
return {string.format('%.2f us per decision', micros / $DECISIONS), 'admitted ' .. admitted,
    'bytes of one organization ' .. redis.call('STRLEN', 'bench:{1}')}
LUA
} > "$LOOP"
redis-cli -p "$PORT" flushdb > /dev/null
redis-cli -p "$PORT" --eval "$LOOP"
redis-cli -p "$PORT" flushdb > /dev/null
