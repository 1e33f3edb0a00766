// Package worker spawns goroutines that block in channel operations,
// wait groups and condition variables.
package worker

import (
	"sync"
)

// Pool is a worker pool whose dispatcher can leak.
type Pool struct {
	jobs  chan int // nobody receives
	tasks chan int // nobody sends
	cond  *sync.Cond
	wg    sync.WaitGroup
}

// NewPool returns a pool whose channels are never served.
func NewPool() *Pool {
	return &Pool{jobs: make(chan int), tasks: make(chan int), cond: sync.NewCond(&sync.Mutex{})}
}

// Dispatch starts a dispatcher that blocks forever on a send ([chan send]).
// Its frame prints its arguments, as a real server's do: with a batch of
// its own (another slice, another length) they differ per goroutine.
func (p *Pool) Dispatch(ready *sync.WaitGroup, items []int, batch int) {
	go p.dispatch(ready, items, batch)
}

//go:noinline
func (p *Pool) dispatch(ready *sync.WaitGroup, items []int, batch int) {
	ready.Done()
	for i := range items {
		p.jobs <- items[i] + batch
	}
}

// Work starts a worker that blocks forever on a receive ([chan receive]),
// depth frames below its entry point.
// id is printed among the arguments of each frame (0 for identical workers).
func (p *Pool) Work(ready *sync.WaitGroup, depth int, id int) {
	go p.run(ready, depth, id)
}

//go:noinline
func (p *Pool) run(ready *sync.WaitGroup, depth int, id int) {
	if depth > 0 {
		p.run(ready, depth-1, id)
		p.report(ready, depth, id)
		return
	}
	ready.Done()
	for t := range p.tasks {
		_ = t
	}
	// The arguments stay live across the blocking receive, so the traceback prints their values.
	p.report(ready, depth, id)
}

//go:noinline
func (p *Pool) report(ready *sync.WaitGroup, depth int, id int) {}

// WaitIdle starts a goroutine that waits on the pool's condition variable
// ([sync.Cond.Wait]).
func (p *Pool) WaitIdle(ready *sync.WaitGroup) {
	go func() {
		p.cond.L.Lock()
		ready.Done()
		for {
			p.cond.Wait()
		}
	}()
}

// AwaitBatch starts a goroutine blocked in WaitGroup.Wait ([semacquire]).
func (p *Pool) AwaitBatch(ready *sync.WaitGroup) {
	p.wg.Add(1)
	go func() {
		ready.Done()
		p.wg.Wait()
	}()
}

// Orphan starts a goroutine blocked on a nil channel ([chan receive (nil chan)]).
func Orphan(ready *sync.WaitGroup) {
	go func() {
		var ch chan struct{}
		ready.Done()
		<-ch
	}()
}

// Park starts a goroutine in an empty select ([select (no cases)]).
func Park(ready *sync.WaitGroup) {
	go func() {
		ready.Done()
		select {}
	}()
}
