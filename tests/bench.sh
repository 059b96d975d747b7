#!/usr/bin/env bash
# Generator speed and memory on whole specs, as ratios to a baseline measured in the same run:
# parsing the spec into `openapiv3::OpenAPI` with serde_yaml (what any openapiv3-based generator
# pays before doing anything). Ratios hold up on a noisy machine; absolute times do not.
#
#   tests/bench.sh [SPEC ...]      (default: the three authentik specs in ../shared/specs)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
cargo build --release -q -p oagen --example bench --manifest-path "$root/Cargo.toml"
bench="$CARGO_TARGET_DIR/release/examples/bench"
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
  specs=("$root"/../shared/specs/authentik-*.yml)
fi
printf '%-28s %-7s %9s %7s %9s %7s\n' spec stage median time peak_MiB memory
for spec in "${specs[@]}"; do
  [ -f "$spec" ] || { echo "skipped: $spec not found"; continue; }
  base_time=""; base_mem=""
  for stage in parse load lower render; do
    median=$("$bench" --stage "$stage" --spec "$spec" --repeat 5)
    peak=$( { /usr/bin/time -f '%M' "$bench" --stage "$stage" --spec "$spec" --repeat 1 >/dev/null; } 2>&1 | tail -n 1)
    mib=$(awk -v kb="$peak" 'BEGIN { printf "%.0f", kb / 1024 }')
    [ -n "$base_time" ] || { base_time=$median; base_mem=$mib; }
    printf '%-28s %-7s %8.3fs %6.1fx %8s %6.1fx\n' "$(basename "$spec")" "$stage" "$median" \
      "$(awk -v a="$median" -v b="$base_time" 'BEGIN { print a / b }')" "$mib" \
      "$(awk -v a="$mib" -v b="$base_mem" 'BEGIN { print a / b }')"
  done
done
