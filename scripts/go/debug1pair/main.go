// Command debug1pair parks goroutines on channels and in selects (the waits a debug=1 profile
// hides with the runtime's frames) beside ones whose sync frames tell theirs, then writes the
// goroutine profile as debug=1 and debug=2 of the same moment, for the tests that rank both alike:
//
//	go run . OUT_DIR   # writes OUT_DIR/pair_debug1.txt and OUT_DIR/pair_debug2.txt
package main

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

type pipeline struct {
	results chan string
	jobs    chan int
	wake    chan struct{}
}

// emit sends a result nobody reads any more: the leak.
func (p *pipeline) emit(id int, ready *sync.WaitGroup) {
	ready.Done()
	p.results <- "done"
	_ = id
}

// drain ranges over a job queue that never closes: idle workers (chanrecv2).
func (p *pipeline) drain(ready *sync.WaitGroup) {
	ready.Done()
	for range p.jobs {
	}
}

// await reads one value that never comes (chanrecv1).
func (p *pipeline) await(ready *sync.WaitGroup) {
	ready.Done()
	<-p.wake
}

func (p *pipeline) poll(ready *sync.WaitGroup, stop chan struct{}) {
	ready.Done()
	select {
	case <-p.wake:
	case <-stop:
	}
}

func parked(ready *sync.WaitGroup) {
	ready.Done()
	select {}
}

func nilSend(ready *sync.WaitGroup) {
	var c chan int
	ready.Done()
	c <- 1
}

func guarded(ready *sync.WaitGroup, mu *sync.Mutex) {
	ready.Done()
	mu.Lock()
	defer mu.Unlock()
}

func joiner(ready *sync.WaitGroup, group *sync.WaitGroup) {
	ready.Done()
	group.Wait()
}

func main() {
	p := &pipeline{results: make(chan string), jobs: make(chan int), wake: make(chan struct{})}
	var ready sync.WaitGroup
	start := func(n int, f func()) {
		for i := 0; i < n; i++ {
			ready.Add(1)
			go f()
		}
	}
	for i := 0; i < 25; i++ {
		i := i
		start(1, func() { p.emit(i, &ready) })
	}
	start(8, func() { p.drain(&ready) })
	start(3, func() { p.await(&ready) })
	stop := make(chan struct{})
	start(6, func() { p.poll(&ready, stop) })
	start(2, func() { parked(&ready) })
	start(1, func() { nilSend(&ready) })
	var mu sync.Mutex
	mu.Lock()
	start(7, func() { guarded(&ready, &mu) })
	var never sync.WaitGroup
	never.Add(1)
	start(2, func() { joiner(&ready, &never) })
	ready.Wait()
	// Let every goroutine reach its park after Done.
	for i := 0; i < 10; i++ {
		runtime.Gosched()
		time.Sleep(20 * time.Millisecond)
	}
	dir := os.Args[1]
	for _, debug := range []int{1, 2} {
		f, err := os.Create(filepath.Join(dir, map[int]string{1: "pair_debug1.txt", 2: "pair_debug2.txt"}[debug]))
		if err != nil {
			panic(err)
		}
		if err := pprof.Lookup("goroutine").WriteTo(f, debug); err != nil {
			panic(err)
		}
		f.Close()
	}
}
