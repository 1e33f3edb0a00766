package main

// -leak-every makes this server the sick replica: every interval it starts -leak-batch goroutines
// that block forever on a channel send and keeps 1 MiB more heap, both from functions of their own
// (leakyDispatch, retainLeak) so that dumps and heap profiles name them. The first batch leaks at
// start, so a capture right after "listening on" already shows it. Every allocation is sampled and
// a GC follows each batch: a heap profile shows what the last GC saw, and a 1 MiB allocation at
// the default rate is sampled only 86% of the time, so the leak would come and go between captures.

import (
	"flag"
	"runtime"
	"sync"
	"time"
)

var (
	leakEvery = flag.Duration("leak-every", 0, "if set, leak goroutines and memory at this interval (a sick replica)")
	leakBatch = flag.Int("leak-batch", 50, "goroutines leaked per interval with -leak-every")

	leakMu     sync.Mutex
	leakedHeap [][]byte
)

//go:noinline
func leakyDispatch(ch chan int) { ch <- 1 }

//go:noinline
func retainLeak() {
	b := make([]byte, 1<<20)
	for i := range b {
		b[i] = byte(i)
	}
	leakMu.Lock()
	leakedHeap = append(leakedHeap, b)
	leakMu.Unlock()
}

func leakOnce() {
	for i := 0; i < *leakBatch; i++ {
		go leakyDispatch(make(chan int))
	}
	retainLeak()
	runtime.GC()
}

func startLeak() {
	if *leakEvery <= 0 {
		return
	}
	runtime.MemProfileRate = 1
	leakOnce()
	go func() {
		for range time.Tick(*leakEvery) {
			leakOnce()
		}
	}()
}
