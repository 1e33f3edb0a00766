// Command debug1tail writes a debug=1 goroutine profile whose last records are goroutines created
// but not started yet (runtime.GOMAXPROCS(1), the profile taken before the creator yields): the
// records the runtime prints for them, whose `N @` line may hold one pc, and two workers whose
// records end in the same pc of theirs, for the tests of a profile's end (a record of one pc whole
// or cut before its `#` lines, a record cut between its `#` lines, a `#` line cut in its number).
//
//	go build -trimpath -o /tmp/debug1tail . && /tmp/debug1tail > go119_debug1_not_started_tail.txt
package main

import (
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
)

var (
	mu    sync.Mutex
	ready = make(chan struct{})
)

//go:noinline
func blockedReceive() { <-ready }

//go:noinline
func blockedLock() {
	mu.Lock()
	defer mu.Unlock()
}

//go:noinline
func notStartedYet(n int) { _ = n * 2 }

// step blocks on the channel for an even n, on the mutex for an odd one: two records whose last
// frame is the same pc of worker.
//
//go:noinline
func step(n int) {
	if n%2 == 0 {
		blockedReceive()
		return
	}
	blockedLock()
}

//go:noinline
func worker(n int) { step(n) }

func main() {
	runtime.GOMAXPROCS(1)
	mu.Lock()
	for i := 0; i < 3; i++ {
		go blockedReceive()
	}
	go blockedLock()
	for i := 0; i < 2; i++ {
		go worker(i)
	}
	runtime.Gosched()
	// Created after the others parked, and never run before the profile is written.
	for i := 0; i < 2; i++ {
		go notStartedYet(i)
	}
	_ = pprof.Lookup("goroutine").WriteTo(os.Stdout, 1)
}
