#!/usr/bin/env bash
# Writes large inputs for the parser benchmarks into bench-data/ (gitignored;
# never committed). Needs Go (Debian's golang-go, Go 1.19; standard library only).
#
#   scripts/generate-bench-data.sh
#
#   bench-data/goroutines-1100.txt           goroutine profile, debug=2, 1,100 goroutines (~0.5 MB): a dump
#                                            the CLI scans without TurboFan (src/cli/v8Tuning.ts)
#   bench-data/goroutines-18660.txt          goroutine profile, debug=2, 18,660 goroutines (~8 MB)
#   bench-data/goroutines-20k.txt            runtime.Stack(buf, true), 20,000 goroutines (~9 MB): a size
#                                            panicparse finishes on (its time grows faster than the dump)
#   bench-data/goroutines-200k.txt           runtime.Stack(buf, true), 200,000 goroutines (~85 MB)
#   bench-data/goroutines-200k-repeats.txt   the same with -repeats (~82 MB)
#
# Dispatchers print arguments of their own (another slice, another length,
# another number), so as in a busy server's dump few lines repeat byte for
# byte; the -repeats dump gives them all the same arguments, so whole
# goroutines repeat (the case the scanner's replay of repeated bodies serves).
#
# Both come from scripts/go/benchdata, which starts exactly that many
# goroutines in varied states (chan send/receive, select, IO wait on
# 127.0.0.1, semacquire on a mutex and a WaitGroup, sync.Cond.Wait, sleep)
# and dumps them. Files that already exist are rebuilt (FORCE is not needed).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench-data"
mkdir -p "$OUT"

command -v go >/dev/null || { echo "go not found: apt-get install -y golang-go" >&2; exit 1; }
echo "== $(go version)"
export GOPROXY=off GOFLAGS=-mod=mod GOWORK=off GO111MODULE=on
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

ms() { echo $(( $(date +%s%N) / 1000000 )); }
t0=$(ms)
(cd "$ROOT/scripts/go/benchdata" && go build -trimpath -o "$TMP/benchdata" .)
echo "== built scripts/go/benchdata in $(( $(ms) - t0 )) ms"

run() {
  local t
  t=$(ms)
  "$TMP/benchdata" "$@"
  echo "   took $(( $(ms) - t )) ms"
}
run -n 1100 -format debug2 -out "$OUT/goroutines-1100.txt"
run -n 18660 -format debug2 -out "$OUT/goroutines-18660.txt"
run -n 20000 -format stack -out "$OUT/goroutines-20k.txt"
run -n 200000 -format stack -out "$OUT/goroutines-200k.txt"
run -n 200000 -format stack -repeats -out "$OUT/goroutines-200k-repeats.txt"

echo "== bench-data/"
for f in goroutines-1100.txt goroutines-18660.txt goroutines-20k.txt goroutines-200k.txt goroutines-200k-repeats.txt; do
  printf '   %-24s %11d bytes %8d goroutines\n' "$f" "$(stat -c %s "$OUT/$f")" "$(grep -c '^goroutine ' "$OUT/$f")"
done
