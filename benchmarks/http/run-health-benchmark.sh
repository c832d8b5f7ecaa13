#!/usr/bin/env bash
# Health benchmark: the public health summary GET /api/health-monitoring against the constant route GET /v1/ping
# (and readiness GET /health/ready) of the same server, in one run. Starts the service on its embedded default in a
# scratch data directory, warms the routes up, then runs wrk on each route in turn for every connection count.
# Usage: benchmarks/http/run-health-benchmark.sh [duration=15s] [connection counts="1 4"]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
duration=${1:-15s}; counts=${2:-"1 4"}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
port=${BENCH_PORT:-18481}
data=$(mktemp -d)
admin=wsm_benchmarkadmin00000000000000000
JAVA_HOME=$("$root/bin/find-jdk")
"$root/bin/mvn" -q -o -B -DskipTests package -pl adapters-rest -am >&2
USAGE_PORT=$port USAGE_DATA_DIR=$data USAGE_ADMIN_TOKEN=$admin \
  "$JAVA_HOME/bin/java" ${USAGE_JAVA_OPTS:-} -jar "$root/adapters-rest/target/usage-monitor.jar" > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
url=http://127.0.0.1:$port
for _ in $(seq 1 60); do curl -fs "$url/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
echo "summary: $(curl -fs "$url/api/health-monitoring")" >&2
echo "warming up" >&2
for path in /v1/ping /api/health-monitoring /health/ready; do wrk -t1 -c4 -d5s "$url$path" >/dev/null; done
summary() { # $1 label, rest: wrk args
  local label=$1; shift
  wrk --latency "$@" | awk -v label="$label" '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +90%/ {p90=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {errors=$NF}
    END {printf "%-8s %10s req/s  p50 %8s  p90 %8s  p99 %8s  non-2xx %s\n", label, rps, p50, p90, p99, (errors==""?0:errors)}'
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for connections in $counts; do
  echo "wrk -t1 -c$connections -d$duration"
  summary ping -t1 -c"$connections" -d"$duration" "$url/v1/ping"
  summary health -t1 -c"$connections" -d"$duration" "$url/api/health-monitoring"
  summary ready -t1 -c"$connections" -d"$duration" "$url/health/ready"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
