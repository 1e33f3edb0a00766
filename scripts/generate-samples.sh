#!/usr/bin/env bash
# Regenerates the profiles of samples/kube-apiserver-incident/ with the local Go
# toolchain (Debian's golang-go, Go 1.19; standard library only, no network).
#
#   scripts/generate-samples.sh          # about 2.5 minutes: the leaked goroutines
#                                        # wait 1-2 minutes, so the dump says
#                                        # "[chan send, 2 minutes]"
#   FAST=1 scripts/generate-samples.sh   # about 15 seconds, no "N minutes" in the dump
#
# What it does:
#   1. checks the sample as a Go module: go build/vet -mod=vendor ./...
#      (vendor/k8s.io/* are symlinks into staging/src/k8s.io/*, as in Kubernetes);
#   2. builds cmd/kube-apiserver in GOPATH mode with -trimpath, from a temporary
#      GOPATH whose src/k8s.io/kubernetes points at the sample. That is how
#      Kubernetes was built for years, and it gives the vendored packages the
#      symbol names of real kube-apiserver dumps, e.g.
#      k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection.func1
#      and machine-independent file names (k8s.io/kubernetes/vendor/k8s.io/...).
#      SAMPLE_BUILD=module builds with -mod=vendor instead (symbols then read
#      k8s.io/apiserver/pkg/...);
#   3. runs it; it writes heap.pb.gz, goroutines.txt, goroutines-debug1.txt,
#      goroutine.pb.gz and cpu.pb.gz into the sample folder (overwriting them);
#   4. prints what it wrote.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAMPLE="$ROOT/samples/kube-apiserver-incident"
FAST="${FAST:-0}"
SAMPLE_BUILD="${SAMPLE_BUILD:-gopath}"

command -v go >/dev/null || { echo "go not found: apt-get install -y golang-go" >&2; exit 1; }
echo "== $(go version)"

export GOPROXY=off GOTOOLCHAIN=local GOWORK=off GOFLAGS=
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
BIN="$TMP/kube-apiserver"

t0=$(date +%s)
echo "== go build/vet -mod=vendor ./... (module k8s.io/kubernetes)"
(cd "$SAMPLE" && GO111MODULE=on go build -mod=vendor ./... && GO111MODULE=on go vet -mod=vendor ./...)

if [ "$SAMPLE_BUILD" = module ]; then
  echo "== go build -mod=vendor -trimpath ./cmd/kube-apiserver"
  (cd "$SAMPLE" && GO111MODULE=on go build -mod=vendor -trimpath -o "$BIN" ./cmd/kube-apiserver)
else
  echo "== GO111MODULE=off go build -trimpath k8s.io/kubernetes/cmd/kube-apiserver (GOPATH=$TMP/gopath)"
  mkdir -p "$TMP/gopath/src/k8s.io"
  ln -s "$SAMPLE" "$TMP/gopath/src/k8s.io/kubernetes"
  (cd "$TMP" && GO111MODULE=off GOPATH="$TMP/gopath" go build -trimpath -o "$BIN" k8s.io/kubernetes/cmd/kube-apiserver)
fi
t1=$(date +%s)
echo "   built in $((t1 - t0))s"

args=(-out "$SAMPLE")
[ "$FAST" = 1 ] && args+=(-fast)
echo "== running kube-apiserver ${args[*]}"
"$BIN" "${args[@]}"
t2=$(date +%s)
echo "   ran in $((t2 - t1))s"

echo "== wrote"
for f in heap.pb.gz goroutines.txt goroutines-debug1.txt goroutine.pb.gz cpu.pb.gz; do
  printf '   %-24s %10d bytes\n' "$f" "$(stat -c %s "$SAMPLE/$f")"
done
echo "   sample folder: $(du -sh --apparent-size "$SAMPLE" | cut -f1)"
echo "== goroutines.txt"
echo "   goroutines:            $(grep -c '^goroutine ' "$SAMPLE/goroutines.txt")"
echo "   [chan send...]:        $(grep -c '^goroutine [0-9]* \[chan send' "$SAMPLE/goroutines.txt")"
echo "   [chan send, N minutes]: $(grep -c '^goroutine [0-9]* \[chan send, [0-9]* minutes\]' "$SAMPLE/goroutines.txt")"
grep -o '^goroutine [0-9]* \[[^]]*\]' "$SAMPLE/goroutines.txt" | sed 's/^goroutine [0-9]* //' | sort | uniq -c | sort -rn | sed 's/^/   /'
echo "== go tool pprof -top heap.pb.gz"
go tool pprof -top "$SAMPLE/heap.pb.gz" 2>/dev/null | sed -n '1,14p' | sed 's/^/   /'
echo "== done in $((t2 - t0))s"
