// printperline runs a program that crashes and relays its stderr as a log shipper does that makes a
// record of every write it reads: the Go runtime prints a traceback one `print` argument at a time,
// each a write of its own (`goroutine `, `7`, ` [`, `chan send`, `]:` …, its `\n` writes alone), so
// each becomes a log line behind the relay's prefix, a `\n` write an empty one. The child's stderr
// is a sequenced-packet socket, which keeps every write apart however fast they come.
//
// Its fixtures (Go 1.19, on Linux), each with the child's stderr as the runtime wrote it (the
// records one after the other) beside it:
//
//	F=../../../test/fixtures/goroutines
//	go run -trimpath . compose $F/print_per_line_compose_prefix.stderr.txt > $F/print_per_line_compose_prefix.txt
//	go run -trimpath . clock $F/print_per_line_clock_prefix_deadlock.stderr.txt > $F/print_per_line_clock_prefix_deadlock.txt
package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// child panics in a worker while others wait on a channel and a mutex (GOTRACEBACK=all).
func child() {
	jobs := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 2; i++ {
		go func() { jobs <- 1 }()
	}
	go func() { mu.Lock() }()
	time.Sleep(50 * time.Millisecond)
	var orders map[string]int
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("re-panic: %v", r))
			}
		}()
		orders["late"]++
	}()
}

// deadlock leaves every goroutine asleep: the runtime's `fatal error: all goroutines are asleep`.
func deadlock() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { <-done }()
	wg.Wait()
}

func main() {
	if len(os.Args) > 2 && os.Args[2] == "child" {
		if os.Args[1] == "clock" {
			deadlock()
		}
		child()
		return
	}
	mode := os.Args[1]
	var written *os.File
	if len(os.Args) > 2 {
		var err error
		if written, err = os.Create(os.Args[2]); err != nil {
			panic(err)
		}
		defer written.Close()
	}
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_SEQPACKET, 0)
	if err != nil {
		panic(err)
	}
	ours := os.NewFile(uintptr(fds[0]), "relay")
	theirs := os.NewFile(uintptr(fds[1]), "stderr")
	cmd := exec.Command(os.Args[0], mode, "child")
	cmd.Env = append(os.Environ(), "GOTRACEBACK=all")
	cmd.Stderr = theirs
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	theirs.Close()
	// A fixed clock: the fixture's times are the relay's, one per record, 1 ms apart.
	clock := time.Date(2024, 3, 14, 9, 26, 53, 0, time.UTC)
	buf := make([]byte, 1<<16)
	for {
		// One read, one write of the child's: the socket ends when the child's end is closed.
		n, err := ours.Read(buf)
		if err != nil || n == 0 {
			break
		}
		if written != nil {
			written.Write(buf[:n])
		}
		// A record is a line: its own line break is the relay's, not kept.
		piece := strings.TrimSuffix(string(buf[:n]), "\n")
		if mode == "clock" {
			fmt.Printf("%s worker[812]: %s\n", clock.Format("15:04:05.000"), piece)
			clock = clock.Add(time.Millisecond)
		} else {
			fmt.Printf("app_1  | %s\n", piece)
		}
	}
	fmt.Printf("relay: %v\n", cmd.Wait())
}
