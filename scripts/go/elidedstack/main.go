// Prints a goroutine's stack deeper than Go's 100-frame traceback limit, as runtime.Stack writes it,
// without its goroutine header: the stack of a log line or an error report pasted alone, which Go
// shortens with `...additional frames elided...`.
package main

import (
	"bytes"
	"os"
	"runtime"
)

func walk(n int) int {
	if n == 0 {
		buf := make([]byte, 1<<20)
		stack := buf[:runtime.Stack(buf, false)]
		// The header is the first line; the paste starts at the first frame.
		os.Stdout.Write(stack[bytes.IndexByte(stack, '\n')+1:])
		return 0
	}
	return walk(n-1) + 1
}

func main() {
	done := make(chan int)
	go func() { done <- walk(150) }()
	<-done
}
