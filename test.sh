#!/usr/bin/env bash
# The project's one test command: installs what the tests need (Debian), builds the
# solution once, runs every test project and ends with one line "N passed, N failed".
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

results_dir="artifacts/test-results"

die() {
  echo "test.sh: $*" >&2
  exit 1
}

# Runs a command as root: directly when root, via sudo when available.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root to run '$*' (not root and no sudo); install the packages by hand"
  fi
}

# --- 1. System packages ------------------------------------------------------
has_postgres_server() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

missing=()
has_postgres_server || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 \
    || die "missing ${missing[*]} and apt-get is not available; install them by hand"
  echo "test.sh: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update \
    || die "apt-get update failed; cannot install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" \
    || die "apt-get install -y ${missing[*]} failed"
  has_postgres_server || die "PostgreSQL server binaries still missing after install"
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium still missing after install"
fi

# --- 2. Build ----------------------------------------------------------------
rm -rf "$results_dir"
mkdir -p "$results_dir"

if ! dotnet build Comity.slnx -c Release; then
  echo "test.sh: build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# --- 3. Test -----------------------------------------------------------------
shopt -s nullglob
projects=(tests/*/*.csproj)
shopt -u nullglob
[ "${#projects[@]}" -gt 0 ] || die "no test projects found (tests/*/*.csproj)"

total_passed=0
total_failed=0
problems=()

# Prints one attribute value (default 0) of the <Counters .../> element of a TRX file.
trx_counter() {
  local file="$1" attr="$2" value
  value=$(tr '\n\r' '  ' <"$file" \
    | grep -o '<Counters [^>]*>' \
    | head -n 1 \
    | grep -o "[[:space:]]$attr=\"[0-9]*\"" \
    | sed 's/[^0-9]//g' || true)
  echo "${value:-0}"
}

for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  trx="$results_dir/$name.trx"
  echo
  echo "=== $name ==="
  status=0
  dotnet test "$project" -c Release --no-build \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$results_dir" || status=$?

  if [ ! -f "$trx" ]; then
    problems+=("$name: no TRX produced (exit code $status), counted as 1 failed")
    total_failed=$((total_failed + 1))
    continue
  fi

  passed=$(trx_counter "$trx" passed)
  failed=$(( $(trx_counter "$trx" failed) + $(trx_counter "$trx" error) + $(trx_counter "$trx" timeout) + $(trx_counter "$trx" aborted) ))
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    problems+=("$name: dotnet test exited $status with no failed test in its TRX, counted as 1 failed")
    failed=1
  fi
  echo "=== $name: $passed passed, $failed failed ==="
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
done

# Names every failed test with the first line of its message, so the last lines of a CI log say what broke.
failed_tests() {
  local file
  for file in "$results_dir"/*.trx; do
    python3 - "$file" <<'PY' 2>/dev/null || grep -o 'testName="[^"]*" [^>]*outcome="Failed"' "$file" || true
import sys, xml.etree.ElementTree as ET
ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
for result in ET.parse(sys.argv[1]).getroot().iter(ns + "UnitTestResult"):
    if result.get("outcome") != "Passed" and result.get("outcome") != "NotExecuted":
        message = result.find(f"{ns}Output/{ns}ErrorInfo/{ns}Message")
        first = (message.text or "").strip().splitlines()[0][:300] if message is not None and message.text else ""
        print(f"FAILED {result.get('testName')}: {first}")
PY
  done
}

echo
failed_tests
for problem in "${problems[@]}"; do
  echo "test.sh: $problem" >&2
done
if [ "$total_passed" -eq 0 ]; then
  echo "test.sh: no test passed" >&2
fi

echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ] && [ "$total_passed" -gt 0 ]
