// Prints every goroutine's stack with the stacks of the goroutines that created it: run with
// GODEBUG=tracebackancestors=5 (Go prints an `[originating from goroutine N]:` section per
// ancestor, each with its own `created by`).
package main

import (
	"os"
	"runtime"
	"time"
)

func leaf(done chan struct{}) {
	<-done
}

func spawn(depth int, done chan struct{}) {
	if depth == 0 {
		go leaf(done)
		return
	}
	go func() {
		spawn(depth-1, done)
		<-done
	}()
}

func main() {
	done := make(chan struct{})
	spawn(3, done)
	go spawn(1, done)
	time.Sleep(200 * time.Millisecond)
	buf := make([]byte, 1<<20)
	n := runtime.Stack(buf, true)
	os.Stdout.Write(buf[:n])
}
