// racegen makes a race detector report followed by a goroutine dump, for the goroutine scanner's
// fixtures: two goroutines race on a counter (a write in the main goroutine, writes and reads in
// workers), then the program panics with GOTRACEBACK=all so every goroutine is printed too.
//
//	cd scripts/go/racegen && GOTRACEBACK=all go run -race . 2> ../../../test/fixtures/goroutines/race_then_panic.txt
package main

import (
	"sync"
	"time"
)

type stats struct {
	hits int
}

//go:noinline
func (s *stats) record() { s.hits++ }

//go:noinline
func (s *stats) read() int { return s.hits }

func worker(s *stats, wg *sync.WaitGroup) {
	defer wg.Done()
	s.record()
}

func reader(s *stats, done chan<- int) {
	done <- s.read()
}

func main() {
	s := &stats{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go worker(s, &wg)
	}
	done := make(chan int)
	go reader(s, done)
	s.hits = 10
	wg.Wait()
	<-done
	// Goroutines that stay parked, so the dump after the panic has something to group.
	block := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	time.Sleep(50 * time.Millisecond)
	panic("after the race")
}
