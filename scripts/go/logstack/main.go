// logstack prints what services write to their logs: a goroutine's stack through the log
// package (the header carries the log prefix, the stack lines do not), then the debug=1
// threadcreate and goroutine profiles. Regenerate its fixture with
// `GOROUTINES_REGENERATE_DUMPS=1 npm run golden -- goroutines`.
package main

import (
	"log"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"
)

func stuck(mu *sync.Mutex, ready *sync.WaitGroup) {
	ready.Done()
	mu.Lock()
}

// pinned holds its own thread, so the threadcreate profile has more than the first thread.
func pinned(mu *sync.Mutex, ready *sync.WaitGroup) {
	runtime.LockOSThread()
	ready.Done()
	mu.Lock()
}

func main() {
	log.SetOutput(os.Stdout)
	var mu sync.Mutex
	mu.Lock()
	var ready sync.WaitGroup
	for i := 0; i < 3; i++ {
		ready.Add(1)
		go stuck(&mu, &ready)
	}
	for i := 0; i < 2; i++ {
		ready.Add(1)
		go pinned(&mu, &ready)
	}
	ready.Wait()
	log.Printf("request timed out, stack: %s", debug.Stack())
	if err := pprof.Lookup("threadcreate").WriteTo(os.Stdout, 1); err != nil {
		panic(err)
	}
	if err := pprof.Lookup("goroutine").WriteTo(os.Stdout, 1); err != nil {
		panic(err)
	}
}
