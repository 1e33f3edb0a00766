// Command benchdata writes large goroutine dumps for the parser benchmarks of
// Go Profile Explorer. It starts exactly -n goroutines (main included) in
// varied wait states and stack depths, then writes either the goroutine
// profile with debug=2 (-format debug2) or an unbounded runtime.Stack(buf,
// true) dump (-format stack), which is what a process prints on SIGQUIT or
// what a /debug/pprof/goroutine?debug=2 handler would give.
//
//	go run . -n 18660 -format debug2 -out ../../../bench-data/goroutines-18660.txt
//	go run . -n 200000 -format stack -out ../../../bench-data/goroutines-200k.txt
//	go run . -n 200000 -format stack -repeats -out ../../../bench-data/goroutines-200k-repeats.txt
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"

	"goprofileexplorer/benchdata/internal/cache"
	"goprofileexplorer/benchdata/internal/rpc"
	"goprofileexplorer/benchdata/internal/worker"
)

func main() {
	n := flag.Int("n", 18660, "number of goroutines in the dump (main included)")
	format := flag.String("format", "debug2", "debug2 (pprof goroutine profile, debug=2) or stack (runtime.Stack(buf, true))")
	out := flag.String("out", "goroutines.txt", "output file")
	maxConns := flag.Int("max-conns", 1000, "maximum number of TCP connections on 127.0.0.1 (each is 2 goroutines in IO wait)")
	repeats := flag.Bool("repeats", false, "give dispatchers and workers the same arguments, so their stacks repeat byte for byte")
	flag.Parse()
	sameArgs = *repeats

	t0 := time.Now()
	if err := spawn(*n, *maxConns); err != nil {
		fail(err)
	}
	if got := runtime.NumGoroutine(); got != *n {
		fail(fmt.Errorf("started %d goroutines, want %d", got, *n))
	}
	t1 := time.Now()

	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	switch *format {
	case "debug2":
		err = pprof.Lookup("goroutine").WriteTo(f, 2)
	case "stack":
		err = writeStacks(f)
	default:
		err = fmt.Errorf("unknown -format %q", *format)
	}
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		fail(err)
	}
	st, _ := os.Stat(*out)
	fmt.Printf("%s: %d goroutines, %d bytes (spawn %v, dump %v)\n", *out, *n, st.Size(),
		t1.Sub(t0).Round(time.Millisecond), time.Since(t1).Round(time.Millisecond))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchdata:", err)
	os.Exit(1)
}

// writeStacks writes runtime.Stack(buf, true), growing buf until the whole
// dump fits.
func writeStacks(f *os.File) error {
	buf := make([]byte, 64<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			_, err := f.Write(buf[:n])
			return err
		}
		buf = make([]byte, 2*len(buf))
	}
}

// spawn starts goroutines until runtime.NumGoroutine() == n. The mix (by
// share of n): 46% chan send (leaked dispatchers), 14% chan receive (idle
// workers, stack depth 0-7), 4% semacquire on a mutex held by a sleeping
// goroutine, 3% semacquire in WaitGroup.Wait, 4% sync.Cond.Wait, 2% sleep,
// IO wait on up to max-conns loopback connections (2 goroutines each,
// capped at 5%), a handful of nil-chan receives and empty selects, and
// select (streams behind 0-2 interceptors) for the rest.
// sameArgs: every dispatcher gets the same batch and every worker id 0 (-repeats).
var sameArgs bool

func spawn(n, maxConns int) error {
	var ready sync.WaitGroup
	ctx := context.Background()
	started := 1 // main
	start := func(count int, fn func(i int)) {
		if count > n-started {
			count = n - started
		}
		ready.Add(count)
		for i := 0; i < count; i++ {
			fn(i)
		}
		started += count
	}

	pool := worker.NewPool()
	items := make([]int, 64)
	start(n*46/100, func(i int) {
		if sameArgs {
			pool.Dispatch(&ready, items, 0)
			return
		}
		// A batch of its own: another slice, another length, another number.
		pool.Dispatch(&ready, make([]int, 1+i%64), i)
	})
	start(n*14/100, func(i int) {
		id := i
		if sameArgs {
			id = 0
		}
		pool.Work(&ready, i%2, id)
	})

	// Mutex contention: 1 holder (sleeping) per 500 waiters.
	waiters := n * 4 / 100
	var shard *cache.Shard
	start(waiters, func(i int) {
		if i%500 == 0 {
			ready.Add(1)
			started++
			shard = cache.NewLockedShard(&ready)
		}
		shard.StartGet(&ready, fmt.Sprintf("key-%d", i))
	})
	start(n*3/100, func(i int) { pool.AwaitBatch(&ready) })
	start(n*4/100, func(i int) { pool.WaitIdle(&ready) })
	start(n*2/100, func(i int) { cache.StartRefresher(&ready, time.Duration(1+i%5)*time.Minute) })

	conns := n * 5 / 100 / 2
	if conns > maxConns {
		conns = maxConns
	}
	if conns > 0 {
		l, err := rpc.Listen(&ready)
		if err != nil {
			return err
		}
		started++
		var dialErr error
		start(conns, func(i int) {
			if err := l.Dial(&ready); err != nil && dialErr == nil {
				dialErr = err
			}
		})
		if dialErr != nil {
			return dialErr
		}
		started += conns // the server side of each connection
	}
	start(3, func(i int) { worker.Orphan(&ready) })
	start(2, func(i int) { worker.Park(&ready) })
	start(n-started, func(i int) { rpc.NewStream(ctx, &ready, i%3) })
	ready.Wait()

	// Let every goroutine reach its blocking point.
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() != n && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	return nil
}
