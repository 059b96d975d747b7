#!/usr/bin/env bash
# Best-of-N CPU time of `cargo check` of the crates tests/bench.sh generates, alternating between
# the floor, models + client and the full crate (not part of .ci/run). Run tests/bench.sh first
# (it writes the work folder); on a shared machine the best of several runs moves less than a median.
#
#   tests/compile-best-of.sh [ROUNDS]      (default 3)
#
# Environment: CARGO_TARGET_DIR and OAGEN_BENCH_WORK, as for tests/bench.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
ws=${OAGEN_BENCH_WORK:-$root/target/bench}/compile
[ -d "$ws/oagen-crate" ] || { echo "no $ws/oagen-crate: run tests/bench.sh first" >&2; exit 2; }
configs=("floor|bare-models|" "models|oagen-crate|--no-default-features" "models + client|oagen-crate|--no-default-features --features client" "full|oagen-crate|")
declare -A best
for round in $(seq "$rounds"); do
  for config in "${configs[@]}"; do
    IFS='|' read -r label package flags <<<"$config"
    touch "$ws/$package/src/lib.rs"
    # shellcheck disable=SC2086
    (cd "$ws" && CARGO_INCREMENTAL=0 /usr/bin/time -o "$ws/time.txt" -f '%U %S' cargo check -q -p "$package" $flags >/dev/null 2>&1)
    cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$ws/time.txt")
    echo "round $round: $label $cpu s"
    best[$label]=$(awk -v a="${best[$label]:-1e9}" -v b="$cpu" 'BEGIN { print (b < a) ? b : a }')
  done
done
floor=${best[floor]}
echo
echo "| crate | best CPU | ratio to the floor |"
echo "| --- | ---: | ---: |"
for config in "${configs[@]}"; do
  IFS='|' read -r label _ _ <<<"$config"
  echo "| $label | ${best[$label]} s | $(awk -v a="${best[$label]}" -v f="$floor" 'BEGIN { printf "%.2f×", a / f }') |"
done
