#!/usr/bin/env bash
# Reproduces the canonical tables of docs/results/neuron-expressivity.md ("Families for N = 1..32" and
# "E(N, K) for N ≤ 7 by method canonical"): one embedded seed run per row, method "canonical".
# usage: bench/canonical/tables.sh families|ebound   (from the repository root; prints markdown rows)
set -euo pipefail
dotnet build -c Release src/Seed >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { # $1 = spec json; prints distinctFunctions and the run's wall seconds
  echo "$1" > "$work/spec.json"
  local start=$(date +%s.%N)
  local out=$(dotnet run -c Release --no-build --project src/Seed -- run "$work/spec.json" --json --progress none --fresh --data-dir "$work/data")
  local end=$(date +%s.%N)
  python3 -c 'import json,sys; r=json.loads(sys.argv[1])["result"]; print(r["distinctFunctions"], r.get("closedFormAgrees"), end=" ")' "$out"
  python3 -c "print(f'{$end-$start:.1f}')"
}
case "${1:-families}" in
  families)
    echo "| N | {0,1} | {−1,1} | {−1,0,1} | bipolar {−1,1}, t = 0 |"
    echo "|---|---|---|---|---|"
    for n in $(seq 1 32); do
      row="| $n"
      for spec in \
        "{\"kind\":\"neuron-expressivity\",\"n\":$n,\"weights\":{\"set\":[0,1]},\"method\":\"canonical\"}" \
        "{\"kind\":\"neuron-expressivity\",\"n\":$n,\"weights\":{\"set\":[-1,1]},\"method\":\"canonical\"}" \
        "{\"kind\":\"neuron-expressivity\",\"n\":$n,\"weights\":{\"set\":[-1,0,1]},\"method\":\"canonical\"}" \
        "{\"kind\":\"neuron-expressivity\",\"n\":$n,\"inputs\":\"bipolar\",\"weights\":{\"set\":[-1,1]},\"threshold\":{\"value\":0},\"method\":\"canonical\"}"; do
        read -r count agrees secs <<< "$(run "$spec")"
        [ "$agrees" = "True" ] || { echo "closed form disagrees: $spec" >&2; exit 1; }
        row="$row | $count"
      done
      echo "$row |"
    done ;;
  ebound)
    m=(0 1 1 2 3 5 9 18)
    echo "| N | K | E(N, K) | seconds (whole run) |"
    echo "|---|---|---|---|"
    for n in $(seq 1 7); do
      for k in $(seq 1 ${m[$n]}); do
        read -r count agrees secs <<< "$(run "{\"kind\":\"neuron-expressivity\",\"n\":$n,\"weights\":{\"min\":-$k,\"max\":$k},\"method\":\"canonical\"}")"
        echo "| $n | $k | $count | $secs |"
      done
    done ;;
esac
