// Package workqueue is a trimmed-down stand-in for k8s.io/client-go/util/workqueue.
package workqueue

import "sync"

// Interface is the work queue used by controllers.
type Interface interface {
	Add(item interface{})
	Get() (item interface{}, shutdown bool)
	Done(item interface{})
	ShutDown()
}

// New constructs a new work queue.
func New() *Type {
	return &Type{
		dirty:      map[interface{}]struct{}{},
		processing: map[interface{}]struct{}{},
		cond:       sync.NewCond(&sync.Mutex{}),
	}
}

// Type is a work queue: items are processed at most once at a time.
type Type struct {
	queue      []interface{}
	dirty      map[interface{}]struct{}
	processing map[interface{}]struct{}

	cond         *sync.Cond
	shuttingDown bool
}

// Add marks item as needing processing.
func (q *Type) Add(item interface{}) {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	if q.shuttingDown {
		return
	}
	if _, ok := q.dirty[item]; ok {
		return
	}
	q.dirty[item] = struct{}{}
	if _, ok := q.processing[item]; ok {
		return
	}
	q.queue = append(q.queue, item)
	q.cond.Signal()
}

// Len returns the current queue length.
func (q *Type) Len() int {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	return len(q.queue)
}

// Get blocks until it can return an item to be processed. If shutdown = true,
// the caller should end their goroutine.
func (q *Type) Get() (item interface{}, shutdown bool) {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	for len(q.queue) == 0 && !q.shuttingDown {
		q.cond.Wait()
	}
	if len(q.queue) == 0 {
		// We must be shutting down.
		return nil, true
	}
	item = q.queue[0]
	q.queue[0] = nil
	q.queue = q.queue[1:]
	q.processing[item] = struct{}{}
	delete(q.dirty, item)
	return item, false
}

// Done marks item as done processing; if it was marked dirty again while it
// was being processed, it is re-added to the queue.
func (q *Type) Done(item interface{}) {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	delete(q.processing, item)
	if _, ok := q.dirty[item]; ok {
		q.queue = append(q.queue, item)
		q.cond.Signal()
	}
}

// ShutDown makes Get return shutdown = true once the queue is drained.
func (q *Type) ShutDown() {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	q.shuttingDown = true
	q.cond.Broadcast()
}
