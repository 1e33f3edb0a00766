package main

// GET /leak/start?every=300ms makes the server leak on a timer, for the watch tests: every tick
// a few goroutines park forever on a channel send in leakyWorker (one goroutine group that grows)
// and a buffer allocated in leakBuffer is kept (one heap function that grows). The first call
// starts the timer; later calls do nothing. GET /leak/count says how many ticks have passed.

import (
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

var (
	leakOnce  sync.Once
	leakTicks atomic.Int64
	leakSink  = make(chan int) // never read: every send parks its goroutine
	leaked    [][]byte
	leakedMu  sync.Mutex
)

func leakyWorker(n int) { leakSink <- n }

func leakBuffer() []byte {
	b := make([]byte, 1<<20)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

func leakTick() {
	n := int(leakTicks.Add(1))
	for i := 0; i < 10; i++ {
		go leakyWorker(n)
	}
	leakedMu.Lock()
	leaked = append(leaked, leakBuffer())
	leakedMu.Unlock()
}

func init() {
	http.HandleFunc("/leak/start", func(w http.ResponseWriter, r *http.Request) {
		every, err := time.ParseDuration(r.URL.Query().Get("every"))
		if err != nil || every <= 0 {
			every = 300 * time.Millisecond
		}
		leakOnce.Do(func() {
			leakTick()
			go func() {
				for range time.Tick(every) {
					leakTick()
				}
			}()
		})
		fmt.Fprintf(w, "leaking every %s\n", every)
	})
	http.HandleFunc("/leak/count", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%d\n", leakTicks.Load())
	})
}
