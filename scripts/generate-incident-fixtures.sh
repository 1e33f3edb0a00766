#!/usr/bin/env bash
# Regenerates the incident fixtures (test/fixtures/incident/*/) with the Go programs in
# test/fixtures/incident/gen/, then their goldens (goprof incident --json) from the current code.
# Needs Go (1.19 is what the committed files were made with) and no network.
#
#   scripts/generate-incident-fixtures.sh                  the Go programs' captures, then the goldens
#   scripts/generate-incident-fixtures.sh --goldens-only   the goldens alone (after a change to the incident code)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$root/test/fixtures/incident"
gen="$fixtures/gen"
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT

shapes="chan-leak mutex-convoy heap-blowup growing-leak different-processes creator-path creator-path-go121"
if [ "${1:-}" != "--goldens-only" ]; then
export GOFLAGS=-mod=mod GO111MODULE=on GOTOOLCHAIN=local GOWORK=off
(cd "$gen" && go vet ./... && for p in chanleak convoy blowup creatorpath sampledgrowth; do go build -trimpath -o "$bin/$p" "./$p"; done)

for shape in $shapes; do rm -rf "${fixtures:?}/$shape"; done
(cd "$fixtures" && "$bin/chanleak" -out chan-leak)
(cd "$fixtures" && "$bin/convoy" -out mutex-convoy)
(cd "$fixtures" && "$bin/blowup" -out heap-blowup)
(cd "$fixtures" && "$bin/chanleak" -out growing-leak -captures 3 -calls 100)
# The dump as Go 1.19 prints it (no creator goroutine ids) and, made by the same program from it,
# the Go >= 1.21 form (`created by F in goroutine N`), each with the same heap profile.
(cd "$fixtures" && "$bin/creatorpath" -out creator-path -go121 creator-path-go121)
# A file that is not a capture, and one cut short: listed as unread, never fatal.
printf 'notes from the on-call: restarted the pod at 10:02\n' > "$fixtures/chan-leak/notes.txt"
head -c 200 "$fixtures/chan-leak/heap.pb.gz" > "$fixtures/chan-leak/heap-partial.pb.gz"
# A dump of one program and a heap profile of another: never joined.
mkdir -p "$fixtures/different-processes"
cp "$fixtures/chan-leak/goroutines.txt" "$fixtures/different-processes/goroutines.txt"
cp "$fixtures/heap-blowup/heap.pb.gz" "$fixtures/different-processes/heap.pb.gz"
# Heap sampled at Go's default rate over five captures (no golden: the leak rule's own test reads it).
rm -rf "$fixtures/sampled-growth"
(cd "$fixtures" && "$bin/sampledgrowth" -out sampled-growth -captures 5)
fi

cd "$root"
for shape in $shapes; do
  node --import tsx scripts/incident-golden.ts "test/fixtures/incident/$shape" > "$fixtures/$shape.golden.json"
  echo "golden: test/fixtures/incident/$shape.golden.json"
done
