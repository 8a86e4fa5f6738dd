#!/usr/bin/env bash
# The fault table of docs/operations.md: one small real sweep per fault on loopback (a throwaway
# PostgreSQL, the built seed/worker hosts as real processes, the operator client), the fault injected
# once FAULT_AT units are completed, then
#   stall s  seconds from the fault until the journal records a unit completed again
#   wall s   start-to-result time of the sweep, beside the uninterrupted run of the same topology
#   exact    the count equals the uninterrupted embedded run's, and every planned unit was completed
#            exactly once (read from the journal)
# Settings are the products' defaults (Coordinator:LeaseTime 30 s, Node:DowningStableAfter 20 s) unless
# NODE_FLAGS adds some. The disk-full case mounts a 32 MiB tmpfs, so it needs root (skipped otherwise).
#
# Usage: bench/cluster/faults.sh [spec.json]      (default examples/neuron-n5-k5.json, 94 572)
#   CONFIG=Debug SKIP_BUILD=1   use an existing build      FAULTS="worker-kill pg-restart"  run some only
#   FAULT_AT=40                 completions before the fault  NODE_FLAGS="--Coordinator:LeaseTime=00:00:05"
set -euo pipefail
cd "$(dirname "$0")/../.."
spec=$(realpath "${1:-examples/neuron-n5-k5.json}")
config=${CONFIG:-Release}
at=${FAULT_AT:-40}
faults=${FAULTS:-worker-kill coordinator-kill seed-kill pg-restart worker-leave worker-sigterm disk-full}
read -r -a node_flags <<<"${NODE_FLAGS:-}"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  for p in Seed Worker Cli; do dotnet build "src/$p" -c "$config" -v q -nologo >/dev/null; done
fi
bin() { echo "src/$1/bin/$config/net10.0/Expressivity.$1.dll"; }

# --- throwaway PostgreSQL (as 'postgres' or 'nobody' when root: the server refuses to run as root) ---
work=$(mktemp -d /tmp/faults.XXXXXX)
chmod 755 "$work"
pgbin=$(dirname "$(readlink -f "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")")
pguser=""
if [ "$(id -u)" = 0 ]; then pguser=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody); fi
as_pg() { if [ -n "$pguser" ]; then runuser -u "$pguser" -- "$@"; else "$@"; fi; }
freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pgport=$(freeport)
mkdir -p "$work/pg" "$work/sock"
[ -z "$pguser" ] || chown "$pguser" "$work/pg" "$work/sock"
as_pg "$pgbin/initdb" -D "$work/pg" -A trust -U postgres --no-sync >/dev/null
pg_start() { as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/sock/server.log" -w -t 120 \
  -o "-p $pgport -k $work/sock -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null; }
pg_stop() { as_pg "$pgbin/pg_ctl" -D "$work/pg" -m "$1" -w -t 120 stop >/dev/null; }
pg_start

# --- processes this script started (ended by pid only) ---
declare -A pid=()
mounted=""
cleanup() {
  for p in "${pid[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  pg_stop immediate 2>/dev/null || true
  [ -z "$mounted" ] || umount -l "$mounted" 2>/dev/null || true
  if [ -n "${KEEP_WORK:-}" ]; then echo "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
logf() { echo "$work/${db:+$db-}$1.log"; } # one log per node and database: each row's logs apart
start() { # name project args...: a host in the background, its output in $work/name.log
  local name=$1 project=$2
  shift 2
  dotnet "$(bin "$project")" "$@" >>"$(logf "$name")" 2>&1 &
  pid[$name]=$!
}
stop_all() {
  for n in "${!pid[@]}"; do kill -9 "${pid[$n]}" 2>/dev/null || true; wait "${pid[$n]}" 2>/dev/null || true; done
  pid=()
}
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
cli() { local port=$1; shift; dotnet "$(bin Cli)" "127.0.0.1:$port" "$@"; }
until_ok() { # seconds what command...: poll (every 0.2 s) until the command succeeds
  local limit=$1 what=$2 t0
  shift 2
  t0=$(now)
  until "$@" >/dev/null 2>&1; do
    if [ "$(echo "$(since "$t0") > $limit" | bc)" = 1 ]; then echo "timed out after ${limit} s waiting for $what" >&2; return 1; fi
    sleep 0.2
  done
}
members_up() { [ "$(cli "$1" cluster show | grep -c '| Up |')" = "$2" ]; }

# --- the journal: completions, and exactly-once (PostgreSQL, or the embedded run's SQLite) ---
db=""
sqlite=""
sql() {
  if [ -n "$sqlite" ]; then sqlite3 -readonly "$sqlite" "$1" 2>/dev/null
  else psql -h 127.0.0.1 -p "$pgport" -U postgres -d "$db" -tAq -c "$1" 2>/dev/null; fi
}
completed() { # units completed so far (-1 while the journal cannot be read)
  local n
  n=$(sql "SELECT count(*) FROM journal WHERE persistence_id LIKE 'sweep-%' AND manifest IN ('ev.completed', 'ev.split');") || n=-1
  echo "${n:--1}"
}
once() { # "yes" when every planned unit (stages and splits) was completed exactly once
  local msg q
  if [ -n "$sqlite" ]; then msg="CAST(message AS TEXT)"; else msg="convert_from(message, 'UTF8')"; fi
  if [ -n "$sqlite" ]; then
    q="WITH ev AS (SELECT manifest, $msg AS j FROM journal WHERE persistence_id LIKE 'sweep-%'),
      done AS (SELECT json_extract(j, '\$.unitId') AS u FROM ev WHERE manifest IN ('ev.completed', 'ev.split')),
      planned AS (SELECT json_extract(x.value, '\$.id') AS u FROM ev, json_each(ev.j, '\$.units') x WHERE manifest = 'ev.stage'
        UNION SELECT json_extract(x.value, '\$.id') FROM ev, json_each(ev.j, '\$.children') x WHERE manifest = 'ev.split')"
  else
    q="WITH ev AS (SELECT manifest, $msg::json AS j FROM journal WHERE persistence_id LIKE 'sweep-%'),
      done AS (SELECT j->>'unitId' AS u FROM ev WHERE manifest IN ('ev.completed', 'ev.split')),
      planned AS (SELECT x->>'id' AS u FROM ev, json_array_elements(j->'units') x WHERE manifest = 'ev.stage'
        UNION SELECT x->>'id' FROM ev, json_array_elements(j->'children') x WHERE manifest = 'ev.split')"
  fi
  local r
  r=$(sql "$q SELECT (SELECT count(*) FROM done) = (SELECT count(DISTINCT u) FROM done)
    AND (SELECT count(*) FROM planned) = (SELECT count(DISTINCT u) FROM done)
    AND NOT EXISTS (SELECT 1 FROM planned WHERE u NOT IN (SELECT u FROM done));")
  case "$r" in t | 1) echo yes ;; *) echo no ;; esac
}
wait_completed() { until [ "$(completed)" -ge "$1" ]; do sleep 0.2; done; }
stall_after() { # completions-before fault-time: waits (up to 15 min) for a later completion, prints the seconds since the fault
  until [ "$(completed)" -gt "$1" ]; do
    if [ "$(echo "$(since "$2") > 900" | bc)" = 1 ]; then echo ">900"; return; fi
    sleep 0.2
  done
  printf '%.1f' "$(since "$2")"
}
count_of() { # the count of a result JSON, or its status and error when it has no result
  python3 -c 'import json, sys; r = json.load(sys.stdin); print((r.get("result") or {}).get("distinctFunctions") or "%s: %s" % (r.get("status"), r.get("error")))'
}

# --- topologies ---
node_common() { echo --storage postgresql --connection-string "Host=127.0.0.1;Port=$pgport;Username=postgres;Database=$db"; }
new_database() {
  db="faults_$1_$RANDOM"
  sqlite=""
  psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qc "CREATE DATABASE $db;"
}
declare -A port=() cmd=()
compose_up() { # the compose topology: a seed (seed + coordinator roles) and two workers of capacity 1
  new_database "$1"
  port[seed]=$(freeport) cmd[seed]=$(freeport)
  # shellcheck disable=SC2046
  start seed Seed serve --port "${port[seed]}" --cmd-port "${cmd[seed]}" $(node_common) "${node_flags[@]}"
  until_ok 600 "seed up" cli "${cmd[seed]}" node health
  for w in w1 w2; do
    port[$w]=$(freeport) cmd[$w]=$(freeport)
    # shellcheck disable=SC2046
    start "$w" Worker serve --seed "akka.tcp://expressivity@127.0.0.1:${port[seed]}" --port "${port[$w]}" --cmd-port "${cmd[$w]}" \
      --capacity 1 $(node_common) "${node_flags[@]}"
  done
  until_ok 600 "3 members up" members_up "${cmd[seed]}" 3
}
trio_up() { # three nodes, two seeds (n0, n1); $2 = coordinator: all three coordinator-capable, contact: n0 is a seed only
  new_database "$1"
  for n in n0 n1 n2; do port[$n]=$(freeport) cmd[$n]=$(freeport); done
  local seeds=("--Node:Seeds:0=akka.tcp://expressivity@127.0.0.1:${port[n0]}" "--Node:Seeds:1=akka.tcp://expressivity@127.0.0.1:${port[n1]}")
  local roles=()
  [ "$2" = contact ] && roles=("--Node:Roles:1=seed") # replaces the seed's coordinator role
  # shellcheck disable=SC2046
  start n0 Seed serve --port "${port[n0]}" --cmd-port "${cmd[n0]}" "${seeds[@]}" "${roles[@]}" $(node_common) "${node_flags[@]}"
  for n in n1 n2; do
    # shellcheck disable=SC2046
    start "$n" Worker serve --Node:Roles:1=coordinator --capacity 1 --port "${port[$n]}" --cmd-port "${cmd[$n]}" "${seeds[@]}" \
      $(node_common) "${node_flags[@]}"
  done
  until_ok 600 "3 members up" members_up "${cmd[n1]}" 3
}
coordinator_node() { # the node whose log says it started the sweep's coordinator
  local id=$1 n
  for n in "${!pid[@]}"; do
    if grep -q "Sweep $id: coordinator started on" "$(logf "$n")" 2>/dev/null; then echo "$n"; return; fi
  done
  return 1
}

# --- one row: start, wait for FAULT_AT completions, inject, measure, wait for the result ---
expected=""
declare -A baseline=()
notes="" fault_c0=0 fault_t=0 code=0
row() { printf '%-38s | %-22s | %7s | %7s (%s) | %-7s | %-5s | %s\n' "$@"; }
sweep_row() { # fault topology via inject: inject (a function, or none) is called with the sweep id and sets $notes
  local fault=$1 topology=$2 via=$3 inject=$4 t0 id stall="-" result wall count exact=no
  notes=""
  t0=$(now)
  id=$(cli "${cmd[$via]}" sweep start "$spec" | cut -d: -f1)
  if [ "$inject" != none ]; then
    wait_completed "$at"
    fault_c0=$(completed)
    fault_t=$(now)
    "$inject" "$id" # runs here, not in a subshell: it waits for and forgets the processes it ends
    stall=$(stall_after "$fault_c0" "$fault_t")
  fi
  via=$(live_via)
  until result=$(cli "${cmd[$via]}" sweep results "$id" --json 2>/dev/null); do sleep 0.5; via=$(live_via); done
  wall=$(printf '%.1f' "$(since "$t0")")
  count=$(count_of <<<"$result")
  if [ "$inject" = none ]; then baseline[$topology]=$wall; fi
  [ -n "$expected" ] || expected=$count # not root: no embedded run to take it from
  [ "$count" = "$expected" ] && [ "$(once)" = yes ] && exact=yes
  row "$fault" "$topology" "$stall" "$wall" "${baseline[$topology]:-?}" "$count" "$exact" "$notes"
  stop_all
}
live_via() { # a live node with a command host, the seed first
  local n
  for n in seed n0 n1 n2 w1 w2; do
    if [ -n "${pid[$n]:-}" ] && kill -0 "${pid[$n]}" 2>/dev/null; then echo "$n"; return; fi
  done
}

# --- the faults ---
end_node() { # name signal: signals one of our nodes, waits for it, forgets it; sets $code
  code=0
  kill "-$2" "${pid[$1]}"
  wait "${pid[$1]}" 2>/dev/null || code=$?
  unset "pid[$1]"
}
kill_w1() { end_node w1 KILL; notes="its leased unit came back by lease expiry or downing"; }
kill_coordinator() {
  local host moved
  host=$(coordinator_node "$1")
  end_node "$host" KILL
  # Completions the dead coordinator wrote just before it died may still land: the stall ends at the
  # first completion after its successor started on a survivor.
  until moved=$(coordinator_node "$1"); do sleep 0.2; done
  fault_c0=$(completed)
  notes="the coordinator was on $host, moved to $moved after $(printf '%.1f' "$(since "$fault_t")") s"
}
kill_seed_n0() {
  local host
  host=$(coordinator_node "$1")
  end_node n0 KILL
  notes="n0 held no coordinator (it was on $host)"
}
restart_pg() {
  pg_stop immediate
  sleep 3
  pg_start
  notes="killed (immediate), started again 3 s later"
}
leave_w1() {
  local t0
  t0=$(now)
  cli "${cmd[seed]}" cluster leave "akka.tcp://expressivity@127.0.0.1:${port[w1]}" >/dev/null
  wait "${pid[w1]}" 2>/dev/null || true
  unset 'pid[w1]'
  notes="w1 drained and exited after $(printf '%.1f' "$(since "$t0")") s"
}
term_w1() {
  local t0
  t0=$(now)
  end_node w1 TERM
  notes="w1 left and exited ($code) after $(printf '%.1f' "$(since "$t0")") s"
}

embedded_row() { # $1 = fault name; "none" = the uninterrupted run; the fault fills the journal's disk
  local fault=$1 data t0 c0 tf stall="-" notes="" wall count code=0
  db="" # its log is $work/run.log
  mounted="$work/small"
  mkdir -p "$mounted"
  mount -t tmpfs -o size=32m,mode=1777 tmpfs "$mounted"
  data="$mounted/data"
  sqlite="$data/journal.db"
  t0=$(now)
  start run Seed run "$spec" --data-dir "$data" --progress none --json
  if [ "$fault" != none ]; then
    until [ -f "$sqlite" ] && [ "$(completed)" -ge "$at" ]; do sleep 0.2; done
    c0=$(completed)
    tf=$(now)
    dd if=/dev/zero of="$mounted/filler" bs=64k 2>/dev/null || true
    # The operator frees the space once the run stops (it fails after its journal retries), or after 60 s.
    local waited=0
    while kill -0 "${pid[run]}" 2>/dev/null && [ $waited -lt 300 ]; do sleep 0.2; waited=$((waited + 1)); done
    rm -f "$mounted/filler"
    if ! kill -0 "${pid[run]}" 2>/dev/null; then
      wait "${pid[run]}" 2>/dev/null || code=$?
      notes="run exited $code ($(grep -m1 -o 'journal[^"]*' "$work/run.log" | cut -c1-60)); space freed, same command resumed"
      mv "$work/run.log" "$work/run-failed.log"
      start run Seed run "$spec" --data-dir "$data" --progress none --json
    else
      notes="run still up after 60 s full; space freed, it went on by itself"
    fi
    stall=$(stall_after "$c0" "$tf")
  fi
  wait "${pid[run]}" || true
  unset 'pid[run]'
  wall=$(printf '%.1f' "$(since "$t0")")
  count=$(grep -m1 '^{' "$work/run.log" | count_of)
  mv "$work/run.log" "$work/run-$fault.log"
  cp "$data/node.log" "$work/node-$fault.log" 2>/dev/null || true
  [ "$fault" != none ] || baseline[embedded]=$wall
  [ -n "$expected" ] || expected=$count
  local exact=no
  [ "$count" = "$expected" ] && [ "$(once)" = yes ] && exact=yes
  row "$fault" "embedded (SQLite)" "$stall" "$wall" "${baseline[embedded]:-?}" "$count" "$exact" "$notes"
  umount -l "$mounted"
  mounted=""
  sqlite=""
}

wants() { [[ " $faults " == *" $1 "* ]]; }
echo "spec: $spec   config: $config   fault after $at completions   flags: ${NODE_FLAGS:-defaults}"
echo "machine: $(nproc) cores, $(uname -r), $(date -u '+%Y-%m-%d %H:%M UTC'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
row "fault" "topology" "stall s" "wall s" "uninterrupted" "count" "exact" "notes"
if [ "$(id -u)" = 0 ]; then
  embedded_row none
  if wants disk-full; then embedded_row "journal disk full (embedded)"; fi
else
  echo "(not root: no tmpfs, so the disk-full row is skipped; the expected count comes from the first cluster run)"
fi
if wants worker-kill || wants pg-restart || wants worker-leave || wants worker-sigterm; then
  compose_up base
  sweep_row "none (uninterrupted)" "seed + 2 workers" seed none
fi
if wants worker-kill; then
  compose_up wkill
  sweep_row "kill -9 of a worker" "seed + 2 workers" seed kill_w1
fi
if wants pg-restart; then
  compose_up pg
  sweep_row "PostgreSQL restart mid-run" "seed + 2 workers" seed restart_pg
fi
if wants worker-leave; then
  compose_up leave
  sweep_row "cluster leave of a worker" "seed + 2 workers" seed leave_w1
fi
if wants worker-sigterm; then
  compose_up term
  sweep_row "SIGTERM of a worker" "seed + 2 workers" seed term_w1
fi
if wants coordinator-kill || wants seed-kill; then
  trio_up tbase coordinator
  sweep_row "none (uninterrupted)" "3 coordinator-capable" n1 none
fi
if wants coordinator-kill; then
  trio_up ckill coordinator
  sweep_row "kill -9 of the coordinator's node" "3 coordinator-capable" n1 kill_coordinator
fi
if wants seed-kill; then
  trio_up skill contact
  baseline["seed + 2 coordinators"]=${baseline["3 coordinator-capable"]:-?}
  sweep_row "kill -9 of the seed (contact point)" "seed + 2 coordinators" n1 kill_seed_n0
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
