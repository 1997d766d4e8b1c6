#!/usr/bin/env bash
# TAXII ingest and paging benchmark against a real Comity server (Release build) on SQLite or PostgreSQL.
#   bench/taxii-load.sh sqlite|postgres [driver options, e.g. --objects 1000000 --connections 2]
# Starts a throwaway database (a private PostgreSQL server as the postgres user when root), the web host with the demo
# network, creates an API key for the demo coordinator with the comity CLI, and runs the taxii-load driver.
# PERF_OUT=file records a CPU profile of the server with perf (add DOTNET_PerfMapEnabled=1 to name .NET frames).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

provider="${1:?usage: bench/taxii-load.sh sqlite|postgres [driver options]}"
shift
work=$(mktemp -d /tmp/comity-taxii-load.XXXXXX)
port=5090
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$work/pg/data/postmaster.pid" ]; then
    runuser -u postgres -- /usr/lib/postgresql/*/bin/pg_ctl -D "$work/pg/data" -m fast stop >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

case "$provider" in
  sqlite)
    connection="Data Source=$work/comity.db"
    ;;
  postgres)
    bin=$(ls -d /usr/lib/postgresql/*/bin | tail -n 1)
    mkdir -p "$work/pg" && chown postgres "$work" "$work/pg"
    runuser -u postgres -- "$bin/initdb" -D "$work/pg/data" -A trust -U comity >/dev/null
    runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
      -o "-p 55432 -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_wal_size=4GB" start >/dev/null
    connection="Host=127.0.0.1;Port=55432;Username=comity;Database=postgres"
    ;;
  *) echo "unknown provider '$provider' (sqlite or postgres)" >&2; exit 2 ;;
esac

export Database__Provider="$provider" ConnectionStrings__Comity="$connection" Data__Directory="$work/data" \
  Hygiene__BreachDirectory="$work/breaches" Logging__LogLevel__Default=Warning DOTNET_gcServer=1

for project in src/Comity.Web src/Comity.Cli bench/Comity.Benchmarks; do dotnet build -c Release "$project" >/dev/null; done
(cd src/Comity.Web/bin/Release/net10.0 && exec dotnet Comity.Web.dll --urls "http://127.0.0.1:$port" --Demo:Seed=true) >"$work/web.log" 2>&1 &
pids+=($!)
server_pid=""
for _ in $(seq 120); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { cat "$work/web.log"; exit 1; }
server_pid=$(pgrep -f "Comity.Web.dll --urls http://127.0.0.1:$port" | head -n 1)

key=$(dotnet src/Comity.Cli/bin/Release/net10.0/comity.dll apikey create --user coordinator@comity.example \
  --name "TAXII load test" --scope exchange:read exchange:write exchange:manage --days 1 2>/dev/null)
if [ -n "${PERF_OUT:-}" ]; then perf record -F 499 -g -p "$server_pid" -o "$PERF_OUT" >/dev/null 2>&1 & pids+=($!); fi
echo "provider $provider, $(nproc) cores, $(uname -r)"
COMITY_KEY="$key" dotnet bench/Comity.Benchmarks/bin/Release/net10.0/Comity.Benchmarks.dll taxii-load \
  --url "http://127.0.0.1:$port" --server-pid "$server_pid" "$@"
