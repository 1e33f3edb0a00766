// Command systemthrow makes the runtime throw on the system stack, as its own faults do (out of
// memory, a bad pointer found by the collector): `fatal error: …`, a blank line, then the
// crashing thread's `runtime stack:` before any goroutine
// (`go build -trimpath && ./systemthrow 2> out.txt`).
package main

import (
	_ "unsafe" // for go:linkname
)

//go:linkname systemstack runtime.systemstack
func systemstack(fn func())

//go:linkname throw runtime.throw
func throw(s string)

func main() {
	systemstack(func() { throw("boom on the system stack") })
}
