// Command cgocallback writes the goroutine profile of a process whose goroutines include two C
// threads' calls into Go (cgo callbacks, blocked in Go): debug=1 by default, debug=2 with any
// argument. Go 1.19 ends such a goroutine's record in runtime.cgocallback and goexit, and its
// debug=2 stack at the exported function, with no `created by` line. For the tests of where a
// whole profile's stacks end.
//
//	CGO_ENABLED=1 go build -trimpath -o /tmp/cgocallback . && /tmp/cgocallback > go119_cgo_callback_debug1.txt
//	/tmp/cgocallback 2 > go119_cgo_callback_debug2.txt
package main

/*
#include <pthread.h>
extern void goCallback(int);
static void* threadMain(void* arg) { goCallback((int)(long)arg); return 0; }
static void startThread(int n) {
	pthread_t t;
	pthread_create(&t, 0, threadMain, (void*)(long)n);
	pthread_detach(t);
}
*/
import "C"

import (
	"os"
	"runtime/pprof"
	"sync"
)

var ready sync.WaitGroup
var block = make(chan struct{})

//go:noinline
func wait(n int) {
	ready.Done()
	<-block
}

//export goCallback
func goCallback(n C.int) { wait(int(n)) }

func main() {
	for i := 0; i < 2; i++ {
		ready.Add(1)
		C.startThread(C.int(i))
	}
	ready.Add(1)
	go wait(9)
	ready.Wait()
	debug := 1
	if len(os.Args) > 1 {
		debug = 2
	}
	pprof.Lookup("goroutine").WriteTo(os.Stdout, debug)
}
