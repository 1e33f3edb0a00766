// Command printedpanic recovers a worker's panic in a deferred handler that prints its own `panic:` line
// and the goroutine's stack through debug.PrintStack, as a program's crash handler does:
// `go run -trimpath . 2> out.txt`.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"sync"
)

type ledger struct{ rows map[string]int }

func guard(wg *sync.WaitGroup) {
	if r := recover(); r != nil {
		fmt.Fprintf(os.Stderr, "panic: %v\n---- stack of the worker ----\n", r)
		debug.PrintStack()
	}
	wg.Done()
}

func (l *ledger) post(key string) int {
	return l.rows[key] + 1
}

func worker(l *ledger, wg *sync.WaitGroup) {
	defer guard(wg)
	var nilLedger *ledger
	_ = l.post("a")
	_ = nilLedger.post("b")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(&ledger{rows: map[string]int{}}, &wg)
	wg.Wait()
}
