// Panics recovered and reported with their goroutine's stack as servers and CLIs print them
// (goroutines/recovery_reports_*.txt): each mode one reporter's layout, the stack from debug.Stack.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/debug"
	"sync"
)

type job struct {
	results chan int
}

// deliver sends on a channel its owner closed already: `send on closed channel`.
//
//go:noinline
func (j *job) deliver(n int) {
	j.results <- n
}

// report prints the recovered value and the stack in the layout of `mode`.
func report(mode string, value any) {
	stack := debug.Stack()
	switch mode {
	case "chi":
		// go-chi/chi v4 middleware.Recoverer without a log entry.
		fmt.Fprintf(os.Stderr, "Panic: %+v\n", value)
		os.Stderr.Write(stack)
	case "cli":
		// A CLI's crash report of aligned fields, as Pulumi's panicHandler prints it.
		fmt.Fprintln(os.Stderr, "================================================================================")
		fmt.Fprintln(os.Stderr, "The relay CLI hit an unexpected error. Please file a bug with the text below.")
		fmt.Fprintln(os.Stderr, "================================================================================")
		fmt.Fprintf(os.Stderr, "Relay Version:  %s\n", "v0.14.2")
		fmt.Fprintf(os.Stderr, "Go Version:     %s\n", "go1.19")
		fmt.Fprintf(os.Stderr, "Panic:          %v\n\n", value)
		os.Stderr.Write(stack)
	case "grpc":
		// A gRPC recovery handler logging the value and the stack in one record.
		log.Printf("recovery: panic triggered in grpc server: error: %v\nstack trace: %s", value, stack)
	case "recovered":
		// Middleware logging `panic recovered: <value>` and the stack under it.
		log.Printf("panic recovered: %v\n%s", value, stack)
	}
}

func main() {
	mode := flag.String("mode", "chi", "chi, cli, grpc or recovered")
	flag.Parse()
	j := &job{results: make(chan int)}
	close(j.results)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				report(*mode, r)
			}
		}()
		j.deliver(7)
	}()
	wg.Wait()
	if *mode == "cli" {
		os.Exit(1)
	}
}
