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
func (p *Pool) Dispatch(ready *sync.WaitGroup, items []int) {
	go func() {
		ready.Done()
		for i := range items {
			p.jobs <- items[i]
		}
	}()
}

// Work starts a worker that blocks forever on a receive ([chan receive]),
// depth frames below its entry point.
func (p *Pool) Work(ready *sync.WaitGroup, depth int) {
	go p.run(ready, depth)
}

func (p *Pool) run(ready *sync.WaitGroup, depth int) {
	if depth > 0 {
		p.run(ready, depth-1)
		return
	}
	ready.Done()
	for t := range p.tasks {
		_ = t
	}
}

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
