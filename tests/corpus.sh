#!/usr/bin/env bash
# Generates a crate for every spec in a directory and `cargo check`s each one; prints one line per
# spec (generate, check, and the first error when either fails) and a closing count.
#
#   tests/corpus.sh [SPEC_DIR] [--clippy]
#
# SPEC_DIR defaults to ../shared/corpus/dev. All crates share one workspace and one target
# directory, so dependencies are compiled once.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=""
lint="check"
for arg in "$@"; do
  case "$arg" in
    --clippy) lint="clippy" ;;
    *) corpus=$arg ;;
  esac
done
corpus=${corpus:-$root/../shared/corpus/dev}
if [ ! -d "$corpus" ]; then
  echo "skipped: no corpus at $corpus"
  exit 0
fi
work=${CORPUS_WORK:-$root/target/corpus}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
rm -rf "$work" && mkdir -p "$work/crates"

cargo build --release -q -p oagen --manifest-path "$root/Cargo.toml" || exit 2
oagen="$CARGO_TARGET_DIR/release/oagen"

declare -a names results
members=""
for spec in "$corpus"/*.json "$corpus"/*.yaml "$corpus"/*.yml; do
  [ -f "$spec" ] || continue
  base=$(basename "$spec"); base=${base%.*}
  crate="corpus-$(echo "$base" | tr -c 'a-zA-Z0-9\n' '-' | tr 'A-Z' 'a-z' | sed 's/--*/-/g; s/-$//')"
  if "$oagen" generate --spec "$spec" --out "$work/crates/$crate" --crate-name "$crate" >"$work/$crate.gen.log" 2>&1; then
    members="$members \"crates/$crate\","
    names+=("$base|$crate")
  else
    names+=("$base|")
    results+=("$base|generate failed: $(grep -m1 '^error' "$work/$crate.gen.log" | cut -c1-200)")
  fi
done

cat > "$work/Cargo.toml" <<TOML
[workspace]
resolver = "3"
members = [$members]
TOML
# Start from the project's lock so the crates build against the versions CI already has.
cp "$root/Cargo.lock" "$work/Cargo.lock" 2>/dev/null

passed=0; failed=0
for entry in "${names[@]}"; do
  base=${entry%%|*}; crate=${entry#*|}
  [ -n "$crate" ] || { failed=$((failed + 1)); continue; }
  start=$(date +%s)
  if [ "$lint" = clippy ]; then
    command=(cargo clippy -q -p "$crate" -- -D warnings)
  else
    command=(cargo check -q -p "$crate")
  fi
  if (cd "$work" && "${command[@]}") >"$work/$crate.check.log" 2>&1; then
    passed=$((passed + 1))
    warnings=$(grep -c '^warning: .*: #' "$work/$crate.gen.log")
    results+=("$base|ok ($(( $(date +%s) - start )) s, $warnings generator warnings)")
  else
    failed=$((failed + 1))
    results+=("$base|$lint failed: $(grep -m1 -E '^error' "$work/$crate.check.log" | cut -c1-200)")
  fi
done

printf '%s\n' "${results[@]}" | sort | awk -F'|' '{ printf "%-45s %s\n", $1, $2 }'
total=$((passed + failed))
echo "corpus result: $passed of $total specs generate and $lint clean"
# Real specs vary; allow a few that cannot be supported, but no regressions beyond that.
max_failures=${CORPUS_MAX_FAILURES:-1}
if [ "$failed" -gt "$max_failures" ]; then
  echo "corpus: more than $max_failures spec(s) failed"
  exit 1
fi
