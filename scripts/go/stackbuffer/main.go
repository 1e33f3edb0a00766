// Command stackbuffer writes what runtime.Stack(buf, true) puts in buffers of several sizes: one
// the dump fits exactly (the whole dump, as long as the buffer), and buffers too small that end
// in the next goroutine's header word, right after a goroutine's header (one locked to its
// thread, whose stack no `created by` closes), right after a frame's `file:line` above the
// `created by` line, and inside a call. runtime.Stack cuts silently; each size is found by
// asking again with one byte more until the text ends as wanted. For the tests of a dump's end.
//
//	go build -trimpath -o /tmp/stackbuffer . && /tmp/stackbuffer DIR
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sync"
)

var (
	ready sync.WaitGroup
	block = make(chan struct{})
)

//go:noinline
func receive() {
	ready.Done()
	<-block
}

//go:noinline
func lockedReceive() {
	runtime.LockOSThread()
	receive()
}

// stack is runtime.Stack(make([]byte, n), true), cut to what it wrote.
func stack(n int) []byte {
	buf := make([]byte, n)
	return buf[:runtime.Stack(buf, true)]
}

func main() {
	dir := os.Args[1]
	ready.Add(3)
	go receive()
	go lockedReceive()
	go receive()
	ready.Wait()

	// The whole dump, then the size it fits exactly: written whole, one byte more writes no more.
	whole := stack(1 << 20)
	exact := len(whole)
	for !(len(stack(exact)) == exact && len(stack(exact+1)) == exact) {
		exact++
	}
	cuts := []struct {
		file string
		end  *regexp.Regexp
	}{
		{"stack_buffer_fits_exactly.txt", nil},
		{"stack_buffer_cut_in_header_word.txt", regexp.MustCompile(`\n\ngo$`)},
		{"stack_buffer_cut_after_locked_header.txt", regexp.MustCompile(`locked to thread\]:\n$`)},
		{"stack_buffer_cut_before_created_by.txt", regexp.MustCompile(`main\.receive\(\)\n\t[^\n]+ \+0x[0-9a-f]+\n$`)},
		{"stack_buffer_cut_in_call.txt", regexp.MustCompile(`\nmain\.recei$`)},
	}
	for _, c := range cuts {
		n := exact
		if c.end != nil {
			for n = 1; n < exact && !c.end.Match(stack(n)); n++ {
			}
			if n == exact {
				fmt.Fprintf(os.Stderr, "no buffer size ends as %s\n", c.end)
				os.Exit(1)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, c.file), stack(n), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
