// workerloops prints runtime.Stack(all) of a server whose worker pools sit idle for hours while a
// leak and stuck requests pile up, then sets the minutes Go would print after those waits.
//
//	go run -trimpath . -mode pools > ../../../test/fixtures/goroutines/go119_idle_worker_pools_with_leak.txt
//	go run -trimpath . -mode park  > ../../../test/fixtures/goroutines/go119_main_parked_lone_waits.txt
//
// pools: 40 workers in `for { select { case <-ctx.Done(): … case job := <-jobs: … } }`, 16 in
// `for job := range queue`, 12 consumers in `run` → `pop` → `sync.Cond.Wait` (idle for 1–3,000
// minutes), main waiting for a signal (4,000 minutes); 25 goroutines leaked sending a result no one
// reads (30 minutes) and 12 requests whose handler waits in select on a reply under net/http's
// `conn.serve` (45 minutes). park: main parked in `select {}` (5,000 minutes), a watcher receiving
// from a nil channel (5,000 minutes), a lone shutdown wait in select and a lone config reload loop
// (4,000 minutes each). Go prints `N minutes` only after a minute's wait: the headers are rewritten
// after the capture as a long-lived process would print them; nothing else is edited.
package main

import (
	"bytes"
	"context"
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

func selectWorker(ctx context.Context, jobs <-chan func()) {
	for {
		select {
		case <-ctx.Done():
			return
		case job := <-jobs:
			job()
		}
	}
}

func rangeWorker(queue <-chan string) {
	for item := range queue {
		_ = item
	}
}

type workQueue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func (q *workQueue) pop() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	item := q.items[0]
	q.items = q.items[1:]
	return item
}

type consumer struct{ q *workQueue }

func (c *consumer) run() {
	for {
		_ = c.q.pop()
	}
}

func compute(i int) int { return i * i }

// startLeak starts a goroutine per call that sends its result on a channel no one reads any more.
func startLeak(results chan<- int, i int) {
	go func() {
		results <- compute(i)
	}()
}

type backend struct{ replies chan int }

// waitReply waits for a backend reply that never comes (no timeout but the client's).
func (b *backend) waitReply(ctx context.Context) (int, error) {
	select {
	case r := <-b.replies:
		return r, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func (b *backend) handle(w http.ResponseWriter, r *http.Request) {
	v, err := b.waitReply(r.Context())
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	fmt.Fprint(w, v)
}

func pools() {
	ctx := context.Background()
	jobs := make(chan func())
	for i := 0; i < 40; i++ {
		go selectWorker(ctx, jobs)
	}
	queue := make(chan string)
	for i := 0; i < 16; i++ {
		go rangeWorker(queue)
	}
	q := &workQueue{}
	q.cond = sync.NewCond(&q.mu)
	for i := 0; i < 12; i++ {
		c := &consumer{q: q}
		go c.run()
	}
	results := make(chan int)
	for i := 0; i < 25; i++ {
		startLeak(results, i)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	b := &backend{replies: make(chan int)}
	go http.Serve(ln, http.HandlerFunc(b.handle))
	for i := 0; i < 12; i++ {
		go func() {
			resp, err := http.Get("http://" + ln.Addr().String() + "/")
			if err == nil {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		}()
	}
}

type config struct{ reload chan struct{} }

func (c *config) watch() {
	for range c.reload {
	}
}

var nilUpdates chan int

func watchUpdates() {
	for u := range nilUpdates {
		_ = u
	}
}

func waitShutdown(ctx context.Context, stop <-chan struct{}) {
	select {
	case <-ctx.Done():
	case <-stop:
	}
}

func park() {
	go watchUpdates()
	go waitShutdown(context.Background(), make(chan struct{}))
	c := &config{reload: make(chan struct{})}
	go c.watch()
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
	case bytes.Contains(block, []byte("main.startLeak.func1(")):
		minutes = 30
	case bytes.Contains(block, []byte("main.(*backend).waitReply(")), bytes.Contains(block, []byte("main.pools.func1(")):
		minutes = 45
	case bytes.Contains(block, []byte("main.main()")) && state == "select (no cases)":
		minutes = 5000
	case bytes.Contains(block, []byte("main.watchUpdates(")):
		minutes = 5000
	case bytes.Contains(block, []byte("main.main()")), bytes.Contains(block, []byte("main.waitShutdown(")), bytes.Contains(block, []byte("main.(*config).watch(")):
		minutes = 4000
	default:
		minutes = 1 + id*37%3000
	}
	return append([]byte(fmt.Sprintf("goroutine %d [%s, %d minutes]:", id, state, minutes)), block[m[1]:]...)
}

func dump() {
	time.Sleep(time.Second)
	buf := make([]byte, 16<<20)
	all := buf[:runtime.Stack(buf, true)]
	blocks := bytes.Split(all, []byte("\n\n"))
	for i, b := range blocks {
		blocks[i] = withMinutes(b)
	}
	os.Stdout.Write(bytes.Join(blocks, []byte("\n\n")))
}

func main() {
	mode := flag.String("mode", "pools", "pools | park")
	flag.Parse()
	if *mode == "park" {
		park()
		// Dumped by a goroutine of its own: main is parked in select {} when runtime.Stack reads it.
		go func() {
			dump()
			os.Exit(0)
		}()
		select {}
	}
	pools()
	// Dumped by a goroutine of its own while main waits for a signal.
	go func() {
		dump()
		os.Exit(0)
	}()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	<-sig
}
