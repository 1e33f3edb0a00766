// Package cacher is a stand-in for k8s.io/apiserver/pkg/storage/cacher: a
// watch cache in front of the storage, and the watchers served from it.
package cacher

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"k8s.io/apiserver/pkg/storage"
	"k8s.io/apiserver/pkg/storage/etcd3"
)

// Event is a watch event.
type Event struct {
	Type   string      `json:"type"`
	Object interface{} `json:"object"`
}

// Cacher serves watches and reads from an in-memory cache of the storage.
type Cacher struct {
	storage    etcd3.Store
	resource   string
	watchCache *watchCache

	incoming chan Event
	stopCh   chan struct{}

	mu       sync.Mutex
	watchers map[int]*cacheWatcher
	nextID   int
}

// NewCacher creates a cacher for resource and starts its event dispatcher.
func NewCacher(s etcd3.Store, resource string) *Cacher {
	c := &Cacher{
		storage:    s,
		resource:   resource,
		watchCache: newWatchCache(),
		incoming:   make(chan Event, 100),
		stopCh:     make(chan struct{}),
		watchers:   map[int]*cacheWatcher{},
	}
	go c.dispatchEvents()
	return c
}

// StartCaching (re)fills the watch cache from a snapshot of the storage.
func (c *Cacher) StartCaching(ctx context.Context) {
	go c.startCaching(ctx)
}

func (c *Cacher) startCaching(ctx context.Context) {
	snapshot, err := c.storage.OpenSnapshot(ctx, "/registry/"+c.resource)
	if err != nil {
		return
	}
	defer snapshot.Close()
	if err := c.watchCache.Replace(snapshot); err != nil {
		return
	}
}

func (c *Cacher) dispatchEvents() {
	bookmarkTimer := time.NewTicker(time.Minute)
	defer bookmarkTimer.Stop()
	for {
		select {
		case event, ok := <-c.incoming:
			if !ok {
				return
			}
			c.dispatchEvent(event)
		case <-bookmarkTimer.C:
			c.dispatchEvent(Event{Type: "BOOKMARK"})
		case <-c.stopCh:
			return
		}
	}
}

func (c *Cacher) dispatchEvent(event Event) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range c.watchers {
		select {
		case w.input <- event:
		default:
		}
	}
}

// Get serves a read of one object from the watch cache.
func (c *Cacher) Get(ctx context.Context, key string, out interface{}) error {
	obj, ok, err := c.watchCache.WaitUntilFreshAndGet(ctx, key)
	if err != nil {
		return err
	}
	if !ok {
		return c.storage.Get(ctx, key, out)
	}
	_ = obj
	return nil
}

// Watch starts a watcher on key.
func (c *Cacher) Watch(ctx context.Context, key string) *cacheWatcher {
	c.mu.Lock()
	defer c.mu.Unlock()
	w := newCacheWatcher(c.nextID, key)
	c.watchers[c.nextID] = w
	c.nextID++
	go w.processInterval(ctx)
	return w
}

// watchCache is the cache proper: a sliding window of events and a store of
// the current objects. It is guarded by a plain mutex.
type watchCache struct {
	sync.Mutex
	store           map[string]interface{}
	resourceVersion uint64
}

func newWatchCache() *watchCache {
	return &watchCache{store: map[string]interface{}{}}
}

// Replace replaces the content of the cache with the objects read from r.
// It holds the lock for as long as the snapshot takes to arrive.
func (w *watchCache) Replace(r io.Reader) error {
	w.Lock()
	defer w.Unlock()
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		w.store[line] = struct{}{}
		w.resourceVersion++
	}
}

// WaitUntilFreshAndGet returns the object under key once the cache has caught up.
func (w *watchCache) WaitUntilFreshAndGet(ctx context.Context, key string) (interface{}, bool, error) {
	w.Lock()
	defer w.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	obj, ok := w.store[key]
	return obj, ok, nil
}

type cacheWatcher struct {
	id     int
	key    string
	input  chan Event
	result chan Event
	done   chan struct{}
}

func newCacheWatcher(id int, key string) *cacheWatcher {
	return &cacheWatcher{
		id:     id,
		key:    key,
		input:  make(chan Event, 10),
		result: make(chan Event),
		done:   make(chan struct{}),
	}
}

// ResultChan returns the channel the watch events arrive on.
func (c *cacheWatcher) ResultChan() <-chan Event { return c.result }

// Stop stops the watcher.
func (c *cacheWatcher) Stop() { close(c.done) }

func (c *cacheWatcher) processInterval(ctx context.Context) {
	defer close(c.result)
	for {
		select {
		case event, ok := <-c.input:
			if !ok {
				return
			}
			select {
			case c.result <- event:
			case <-ctx.Done():
				return
			case <-c.done:
				return
			}
		case <-ctx.Done():
			return
		case <-c.done:
			return
		}
	}
}

func (c *cacheWatcher) String() string { return fmt.Sprintf("watcher %d on %s", c.id, c.key) }

var _ storage.Interface = etcd3.Store(nil)
