#!/usr/bin/env bash
# CPU time per request of the server and of wrk, read from /proc, so that the figure holds on a shared machine where
# wall-clock req/s is depressed by other work. Usage (server already running, e.g. `range-serve /tmp/store`):
#   bench/Comity.Benchmarks/Breaches/cpu-per-request.sh SERVER_PID range.lua|fixed.lua [SECONDS] [URL]
# Prints wrk's summary, then server and wrk µs of CPU per request and the req/s an idle 2-core machine would reach
# (2 cores' worth of CPU-seconds divided by the CPU per request of both processes).
set -euo pipefail
pid=$1
script=$2
seconds=${3:-30}
url=${4:-http://127.0.0.1:5080}
here=$(cd "$(dirname "$0")" && pwd)
ticks=$(getconf CLK_TCK)

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Warm-up: JIT tiering, page cache, connection setup; not counted.
wrk -t2 -c64 -d5s -s "$here/$script" "$url" > /dev/null
before=$(cpu_ticks "$pid")
out=$(mktemp)
# wrk runs as a child of this subshell, so `times` afterwards reports its user and system time.
wrk_cpu=$( { wrk -t2 -c64 -d"${seconds}s" --latency -s "$here/$script" "$url" > "$out"; times; } | tail -1)
after=$(cpu_ticks "$pid")
cat "$out"
requests=$(awk '/requests in/ { print $1 }' "$out")
rm -f "$out"
# `times` prints the children's line as "0m1.234s 0m0.567s".
wrk_seconds=$(echo "$wrk_cpu" | awk '{ gsub(/s/, "", $1); gsub(/s/, "", $2); split($1, u, "m"); split($2, s, "m"); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
awk -v r="$requests" -v sv="$((after - before))" -v t="$ticks" -v w="$wrk_seconds" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  server = sv / t * 1e6 / r; client = w * 1e6 / r
  printf "requests %d; server %.1f µs CPU/request; wrk %.1f µs CPU/request; idle 2-core estimate %.0f req/s; load %s\n",
    r, server, client, 2e6 / (server + client), load
}'
