// Command pprofgen writes the real Go profiles the pprof tests and the benchmark use.
//
//	go run . -out DIR          every profile kind, proto (debug=0) and legacy text (debug=1)
//	go run . -bench FILE [-n N] a heap profile with about N (default 1,000,000) samples
//
// The text and proto forms of one kind are written back to back while the program is
// quiescent, so they describe the same data and can be checked against each other.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

func main() {
	out := flag.String("out", "", "directory for the test profiles")
	bench := flag.String("bench", "", "file for the large benchmark heap profile")
	n := flag.Int("n", 1000000, "benchmark: number of distinct allocation stacks")
	flag.Parse()
	switch {
	case *bench != "":
		must(writeBenchHeap(*bench, *n))
	case *out != "":
		must(os.MkdirAll(*out, 0o755))
		must(writeAll(*out))
	default:
		flag.Usage()
		os.Exit(2)
	}
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "pprofgen:", err)
		os.Exit(1)
	}
}

func writeAll(dir string) error {
	runtime.MemProfileRate = 512
	runtime.SetMutexProfileFraction(1)
	runtime.SetBlockProfileRate(1)

	if err := writeCPU(filepath.Join(dir, "cpu.pb.gz")); err != nil {
		return err
	}
	allocate()
	contend()
	stop := parkGoroutines()
	defer close(stop)
	runtime.GC()
	runtime.GC()

	for _, p := range []struct{ name string }{{"heap"}, {"allocs"}, {"mutex"}, {"block"}, {"goroutine"}, {"threadcreate"}} {
		if err := writeLookup(p.name, filepath.Join(dir, p.name+".pb.gz"), 0); err != nil {
			return err
		}
		if p.name == "allocs" || p.name == "block" {
			continue
		}
		if err := writeLookup(p.name, filepath.Join(dir, p.name+".debug1.txt"), 1); err != nil {
			return err
		}
	}
	return nil
}

func writeLookup(name, path string, debug int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return pprof.Lookup(name).WriteTo(f, debug)
}

// ---- CPU: labelled work, an inlined helper and direct recursion at one call site.

var sink uint64

func writeCPU(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	var wg sync.WaitGroup
	for _, worker := range []string{"hasher", "recurser"} {
		wg.Add(1)
		go func(worker string) {
			defer wg.Done()
			pprof.Do(context.Background(), pprof.Labels("worker", worker), func(context.Context) {
				deadline := time.Now().Add(1500 * time.Millisecond)
				for time.Now().Before(deadline) {
					if worker == "hasher" {
						sink += hashLoop(200000)
					} else {
						sink += recurse(40)
					}
				}
			})
		}(worker)
	}
	wg.Wait()
	pprof.StopCPUProfile()
	return nil
}

//go:noinline
func hashLoop(n int) uint64 {
	var h uint64 = 14695981039346656037
	for i := 0; i < n; i++ {
		h = mix(h, uint64(i)) // mix is small enough to be inlined
	}
	return h
}

func mix(h, v uint64) uint64 { return (h ^ v) * 1099511628211 }

//go:noinline
func recurse(depth int) uint64 {
	if depth == 0 {
		return hashLoop(5000)
	}
	return recurse(depth-1) + 1
}

// ---- heap / allocs: live and freed objects from distinct stacks.

var live [][]byte

func allocate() {
	for i := 0; i < 2000; i++ {
		live = append(live, allocSmall())
		_ = allocFreed()
	}
	live = append(live, allocBig())
}

//go:noinline
func allocSmall() []byte { return make([]byte, 1024) }

//go:noinline
func allocFreed() []byte { return make([]byte, 4096) }

//go:noinline
func allocBig() []byte { return make([]byte, 4<<20) }

// ---- mutex / block: real contention on a mutex and a channel.

func contend() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				lockAndSleep(&mu)
			}
		}()
	}
	wg.Wait()
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- 1
	}()
	<-ch
}

//go:noinline
func lockAndSleep(mu *sync.Mutex) {
	mu.Lock()
	time.Sleep(100 * time.Microsecond)
	mu.Unlock()
}

// ---- goroutine: parked goroutines with labels, so proto and text agree.

func parkGoroutines() chan struct{} {
	stop := make(chan struct{})
	var ready sync.WaitGroup
	for i := 0; i < 3; i++ {
		ready.Add(1)
		go pprof.Do(context.Background(), pprof.Labels("role", "waiter"), func(context.Context) {
			ready.Done()
			waitForStop(stop)
		})
	}
	for i := 0; i < 2; i++ {
		ready.Add(1)
		go func() {
			ready.Done()
			waitForStop(stop)
		}()
	}
	ready.Wait()
	time.Sleep(50 * time.Millisecond)
	return stop
}

//go:noinline
func waitForStop(stop chan struct{}) { <-stop }
