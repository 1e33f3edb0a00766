// Command threadlimit sets a 12-thread limit, then blocks 20 goroutines in read(2) on pipes: each
// holds a thread, and the runtime throws `fatal error: thread exhaustion` after
// `runtime: program exceeds 12-thread limit` (`GOTRACEBACK=all ./threadlimit 2> out.txt`).
package main

import (
	"runtime/debug"
	"syscall"
	"time"
)

func block() {
	var fds [2]int
	syscall.Pipe(fds[:])
	buf := make([]byte, 1)
	syscall.Read(fds[0], buf)
}

func main() {
	debug.SetMaxThreads(12)
	for i := 0; i < 20; i++ {
		go block()
	}
	time.Sleep(2 * time.Second)
}
