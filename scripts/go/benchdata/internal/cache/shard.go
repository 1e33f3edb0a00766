// Package cache holds goroutines contending for a mutex and sleeping.
package cache

import (
	"sync"
	"time"
)

// Shard is one lock-protected shard of a cache.
type Shard struct {
	mu    sync.Mutex
	items map[string][]byte
}

// NewLockedShard returns a shard whose lock is held forever by a sleeping
// goroutine ([sleep]).
func NewLockedShard(ready *sync.WaitGroup) *Shard {
	s := &Shard{items: map[string][]byte{}}
	s.mu.Lock()
	go s.rebuild(ready)
	return s
}

func (s *Shard) rebuild(ready *sync.WaitGroup) {
	defer s.mu.Unlock()
	ready.Done()
	time.Sleep(24 * time.Hour)
}

// Get blocks on the shard lock ([semacquire]).
func (s *Shard) Get(key string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.items[key]
}

// StartGet starts a reader that blocks in Get.
func (s *Shard) StartGet(ready *sync.WaitGroup, key string) {
	go func() {
		ready.Done()
		s.Get(key)
	}()
}

// StartRefresher starts a goroutine that sleeps between refreshes ([sleep]).
func StartRefresher(ready *sync.WaitGroup, every time.Duration) {
	go func() {
		ready.Done()
		for {
			time.Sleep(every)
		}
	}()
}
