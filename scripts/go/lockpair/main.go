// lockpair prints runtime.Stack(all) of a process with a deadlock pair of two goroutines, alone or
// inside a healthy server's idle goroutines, then sets the minutes Go would print after a long wait.
//
//	go run -trimpath . -mode pair    > ../../../test/fixtures/goroutines/go119_rwmutex_deadlock_pair.txt
//	go run -trimpath . -mode server  > ../../../test/fixtures/goroutines/go119_idle_server_with_deadlock_pairs.txt
//	go run -gcflags='all=-N -l' -trimpath . -mode pair     > ../../../test/fixtures/goroutines/go119_rwmutex_deadlock_pair_exact_args.txt
//	go run -gcflags='all=-N -l' -trimpath . -mode transfer > ../../../test/fixtures/goroutines/go119_lock_order_pair_exact_args.txt
//
// Built without optimisation (`-N -l`) every argument is spilled where the traceback reads it, so Go
// prints each exact (no `?`): the lock's address shows in the frames of the goroutine that holds it.
//
// Go prints `N minutes` only after a goroutine has waited a minute (and a GC has seen it wait): a
// dump taken seconds in has none. The headers are rewritten after the capture, as a long-lived
// process would print them: the pair `2560 minutes`, a mutex pair (server mode) `700 minutes`,
// every other waiting goroutine a wait of its own between 1 and 3,000 minutes. Nothing else is edited.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"regexp"
	"runtime"
	"strconv"
	"sync"
	"time"
)

// metrics is the scylla-manager shape: Collect sends on a channel while it holds the read lock,
// and the reader of that channel first takes the write lock.
type metrics struct {
	mu     sync.RWMutex
	values map[string]int
}

func (m *metrics) Collect(ch chan<- int) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	for _, v := range m.values {
		ch <- v
	}
}

func (m *metrics) Reset(ch <-chan int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for range ch {
	}
}

func collectAndReset(m *metrics) {
	ch := make(chan int)
	go m.Collect(ch)
	time.Sleep(50 * time.Millisecond)
	go m.Reset(ch)
}

// accounts is a lock-order deadlock: transfer locks from then to, the other way round at once.
type account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *account, amount int, ready *sync.WaitGroup) {
	from.mu.Lock()
	ready.Done()
	ready.Wait()
	to.mu.Lock()
	from.balance -= amount
	to.balance += amount
	to.mu.Unlock()
	from.mu.Unlock()
}

// worker idles in select between jobs and ticks, as a pool does for the life of the process.
func worker(jobs <-chan func(), tick *time.Ticker) {
	for {
		select {
		case job := <-jobs:
			job()
		case <-tick.C:
		}
	}
}

// bufferPool hands out buffers; its waiters sleep in sync.Cond.Wait until one comes back.
type bufferPool struct {
	mu   sync.Mutex
	cond *sync.Cond
	free [][]byte
}

func (p *bufferPool) get() []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.free) == 0 {
		p.cond.Wait()
	}
	b := p.free[len(p.free)-1]
	p.free = p.free[:len(p.free)-1]
	return b
}

func flusher() {
	for {
		time.Sleep(time.Hour)
	}
}

func signals() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	<-ch
}

func server() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }))
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 200}}
	var wg sync.WaitGroup
	for i := 0; i < 150; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := client.Get("http://" + ln.Addr().String() + "/")
			if err != nil {
				panic(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}()
	}
	wg.Wait()
	jobs := make(chan func())
	tick := time.NewTicker(time.Hour)
	for i := 0; i < 100; i++ {
		go worker(jobs, tick)
	}
	pool := &bufferPool{}
	pool.cond = sync.NewCond(&pool.mu)
	for i := 0; i < 20; i++ {
		go pool.get()
	}
	for i := 0; i < 30; i++ {
		go flusher()
	}
	go signals()
}

var header = regexp.MustCompile(`^goroutine (\d+) \[([^\],]+)\]:`)

// withMinutes is one goroutine's block with the minutes a long-lived process would print in its header.
func withMinutes(block []byte) []byte {
	m := header.FindSubmatchIndex(block)
	if m == nil {
		return block
	}
	id, _ := strconv.Atoi(string(block[m[2]:m[3]]))
	state := string(block[m[4]:m[5]])
	var minutes int
	switch {
	case state == "running" || state == "runnable":
		return block
	case bytes.Contains(block, []byte("main.(*metrics).")):
		minutes = 2560
	case bytes.Contains(block, []byte("main.transfer(")):
		minutes = 700
	default:
		minutes = 1 + id*37%3000
	}
	return append([]byte(fmt.Sprintf("goroutine %d [%s, %d minutes]:", id, state, minutes)), block[m[1]:]...)
}

func main() {
	mode := flag.String("mode", "pair", "pair | server | transfer")
	flag.Parse()
	if *mode != "transfer" {
		m := &metrics{values: map[string]int{"up": 1}}
		collectAndReset(m)
	}
	if *mode == "server" {
		server()
	}
	if *mode == "server" || *mode == "transfer" {
		a, b := &account{}, &account{}
		var ready sync.WaitGroup
		ready.Add(2)
		go transfer(a, b, 1, &ready)
		go transfer(b, a, 2, &ready)
	}
	time.Sleep(time.Second)
	buf := make([]byte, 16<<20)
	dump := buf[:runtime.Stack(buf, true)]
	blocks := bytes.Split(dump, []byte("\n\n"))
	for i, b := range blocks {
		blocks[i] = withMinutes(b)
	}
	os.Stdout.Write(bytes.Join(blocks, []byte("\n\n")))
}
