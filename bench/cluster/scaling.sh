#!/usr/bin/env bash
# Wall time of one sweep on a real cluster (throwaway PostgreSQL, one seed, W worker processes on
# loopback), for W = 1 and W = 2, plus the cost of a kill -9 and resume of the embedded run.
# Usage: bench/cluster/scaling.sh [spec.json]   (Release build; prints a small table)
set -euo pipefail
cd "$(dirname "$0")/../.."
spec=${1:-examples/neuron-n6-k4.json}
dotnet build Cluster.sln -c Release -v q >/dev/null
bin() { echo "src/$1/bin/Release/net10.0/Expressivity.$1.dll"; }
work=$(mktemp -d); chmod 777 "$work"
pgbin=$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgport=$((20000 + RANDOM % 10000))
as_pg "$pgbin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg" -o "-p $pgport -k $work -c listen_addresses=127.0.0.1" -w start >/dev/null
trap 'as_pg "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; pkill -f "Expressivity.(Seed|Worker).dll serve" || true; rm -rf "$work"' EXIT

run_cluster() { # $1 = workers
  local db="bench$1$RANDOM" sp=$((30000 + RANDOM % 10000)) cp=$((40000 + RANDOM % 10000))
  createdb -h 127.0.0.1 -p $pgport -U postgres "$db"
  local cs="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=$db"
  dotnet "$(bin Seed)" serve --port $sp --cmd-port $cp --storage postgresql --connection-string "$cs" >"$work/seed$1.log" 2>&1 &
  until dotnet "$(bin Cli)" 127.0.0.1:$cp node health >/dev/null 2>&1; do sleep 0.2; done
  for i in $(seq 1 "$1"); do
    dotnet "$(bin Worker)" serve --seed akka.tcp://expressivity@127.0.0.1:$sp --port 0 --cmd-port 0 --capacity $((2 / $1)) \
      --storage postgresql --connection-string "$cs" >"$work/worker$1-$i.log" 2>&1 &
  done
  until [ "$(dotnet "$(bin Cli)" 127.0.0.1:$cp cluster show | grep -c '| Up |')" = $(($1 + 1)) ]; do sleep 0.2; done
  local t0=$(date +%s.%N)
  local id=$(dotnet "$(bin Cli)" 127.0.0.1:$cp sweep start "$spec" | cut -d: -f1)
  dotnet "$(bin Cli)" 127.0.0.1:$cp sweep watch "$id" >/dev/null
  local t1=$(date +%s.%N)
  local count=$(dotnet "$(bin Cli)" 127.0.0.1:$cp sweep results "$id" --json | sed -E 's/.*"distinctFunctions":"([0-9]+)".*/\1/')
  pkill -f "Expressivity.(Seed|Worker).dll serve" || true; sleep 2
  printf '%-34s %8.2f s   %s\n' "cluster, $1 worker process(es)" "$(echo "$t1 - $t0" | bc)" "$count"
}

embedded() { # $1 = data dir; prints seconds
  local t0=$(date +%s.%N)
  dotnet "$(bin Seed)" run "$spec" --data-dir "$1" --progress none --json >/dev/null
  echo "$(date +%s.%N) - $t0" | bc
}

echo "spec: $spec   machine: $(nproc) cores, $(date -u +%Y-%m-%d)"
run_cluster 1
run_cluster 2
clean=$(embedded "$work/clean")
printf '%-34s %8.2f s\n' "embedded, uninterrupted" "$clean"
t0=$(date +%s.%N)
dotnet "$(bin Seed)" run "$spec" --data-dir "$work/killed" --progress none >/dev/null 2>&1 &
pid=$!; sleep "$(echo "$clean / 2" | bc -l)"; kill -9 $pid; wait $pid 2>/dev/null || true
dotnet "$(bin Seed)" run "$spec" --data-dir "$work/killed" --progress none >/dev/null
killed=$(echo "$(date +%s.%N) - $t0" | bc)
printf '%-34s %8.2f s   (+%.2f s)\n' "embedded, kill -9 at half + resume" "$killed" "$(echo "$killed - $clean" | bc)"
