#!/usr/bin/env bash
# Runs one fuzz target for a given time: fuzz/run.sh TARGET SECONDS [extra libFuzzer flags]
# TARGET is `load` or `lower`. The corpus (fuzz/corpus/TARGET, not committed) is seeded from the
# test fixtures and the bundled spec; crashes land in fuzz/artifacts/TARGET. Needs cargo-fuzz and a
# nightly toolchain (`cargo install cargo-fuzz`, `rustup toolchain install nightly`).
set -euo pipefail
target=${1:?usage: fuzz/run.sh load|lower SECONDS}
seconds=${2:?usage: fuzz/run.sh load|lower SECONDS}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus="$here/corpus/$target"
mkdir -p "$corpus"
# Seeds: every YAML and JSON spec of the fixtures and spec/ (below libFuzzer's size limit).
find "$root/tests/fixtures" "$root/spec" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -size -200k \
    -exec cp -n {} "$corpus/" \;
cd "$here"
# -timeout: one input taking longer is a hang; -rss_limit_mb: one using more is a blow-up.
exec cargo +nightly fuzz run "$target" "$corpus" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$@"
