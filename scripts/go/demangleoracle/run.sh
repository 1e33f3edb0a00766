#!/bin/sh
# Writes NAME<TAB>DEMANGLED for every mangled name on stdin, as `go tool pprof` shows it by
# default: github.com/ianlancetaylor/demangle (the copy vendored in GOROOT, the one pprof
# uses) with NoParams and NoTemplateParams. The package sits under cmd/vendor and cannot be
# imported, so it is copied into a scratch module first.
#   scripts/go/demangleoracle/run.sh < names.txt > test/fixtures/pprof/demangle/names.tsv
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$(go env GOROOT)/src/cmd/vendor/github.com/ianlancetaylor/demangle" "$work/demangle"
printf 'module dmoracle\n\ngo 1.19\n' > "$work/go.mod"
cp "$here/main.go.txt" "$work/main.go"
(cd "$work" && go build -o oracle .)
"$work/oracle"
