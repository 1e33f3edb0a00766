// Command debug1depth writes a debug=1 goroutine profile whose stacks run deeper than the
// profile's depth (32 pcs before Go 1.23): goroutines blocked 40 calls deep share one record cut
// at 32 pcs, without runtime.goexit's, first of the profile; goroutines blocked 2 calls deep end
// in goexit; and the goroutine writing the profile, 40 calls deep too, is the last record, cut at
// 32 pcs. With `-all-deep` no goroutine but the deep ones and the writer is left, so no record
// of the profile ends in goexit. For the tests of a profile's end: a record the depth cut is whole.
//
//	go build -trimpath -o /tmp/debug1depth . && /tmp/debug1depth > go119_debug1_depth_cut.txt
//	/tmp/debug1depth -all-deep > go119_debug1_depth_cut_only.txt
package main

import (
	"os"
	"runtime/pprof"
	"sync"
)

var (
	ready sync.WaitGroup
	block = make(chan struct{})
)

//go:noinline
func recurse(n int, leaf func()) {
	if n == 0 {
		leaf()
		return
	}
	recurse(n-1, leaf)
}

func blocked() {
	ready.Done()
	<-block
}

func main() {
	deep, shallow := 3, 2
	if len(os.Args) > 1 && os.Args[1] == "-all-deep" {
		shallow = 0
	}
	for i := 0; i < deep; i++ {
		ready.Add(1)
		go recurse(40, blocked)
	}
	for i := 0; i < shallow; i++ {
		ready.Add(1)
		go recurse(1, blocked)
	}
	ready.Wait()
	recurse(40, func() { _ = pprof.Lookup("goroutine").WriteTo(os.Stdout, 1) })
}
