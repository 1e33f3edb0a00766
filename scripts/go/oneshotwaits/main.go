// oneshotwaits prints runtime.Stack(all) of a server where one-shot waits leak one by one while
// worker pools and connections' read loops sit idle, then sets the minutes Go would print after those
// waits.
//
//	go run -trimpath . -mode leak > ../../../test/fixtures/goroutines/go119_oneshot_receivers_leaked_over_time.txt
//	go run -trimpath . -mode idle > ../../../test/fixtures/goroutines/go119_idle_pool_and_read_loops.txt
//
// leak: 300 requests each start `go func() { v := <-reply; … }()` whose reply never comes (the
// closure waits right in the goroutine's first function, as a worker loop's receive does), with a
// short-lived goroutine per request between (ids spread as a server's do); 24 closures in
// `for job := range jobs` made at once; 12 connections' read loops (`handleConn` → bufio →
// `net.(*conn).Read`, IO wait); 12 clients stuck reading a reply deep in a call chain
// (`fetchAll` → `fetch` → `readReply` → `io.ReadFull`) from a server that never answers.
// idle: the same pool, read loops and main, without the leak and the stuck clients.
//
// Go prints `N minutes` only after a minute's wait: the headers are rewritten after the capture as a
// long-lived process would print them; nothing else is edited. A leaked receiver waits since it was
// made: its minutes fall as its id rises (the oldest request's 600 minutes, the newest's 1); the
// pool's workers idle since the last job, each by its turn in the channel's queue of receivers
// (700–723 minutes, unrelated to their ids); the read loops since their client's last message
// (5–400 minutes, unrelated to their ids); the stuck clients 45 minutes.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"
)

type request struct{ reply chan string }

// serveRequest answers through a goroutine that waits for the backend's reply; the backend never sends it.
func serveRequest(r *request, done *sync.WaitGroup) {
	go func() {
		v := <-r.reply
		fmt.Fprintln(io.Discard, v)
	}()
	done.Add(1)
	go func() { // a request's short-lived work: its goroutine ends
		defer done.Done()
	}()
}

func startPool(jobs <-chan func()) {
	for i := 0; i < 24; i++ {
		go func() {
			for job := range jobs {
				job()
			}
		}()
	}
}

// handleConn reads a connection's lines until it closes.
func handleConn(c net.Conn) {
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		_ = line
	}
}

func serveConns(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go handleConn(c)
	}
}

func readReply(c net.Conn) ([]byte, error) {
	buf := make([]byte, 8)
	_, err := io.ReadFull(c, buf)
	return buf, err
}

func fetch(addr string) ([]byte, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	fmt.Fprintln(c, "GET")
	return readReply(c)
}

func fetchAll(addr string) {
	_, _ = fetch(addr)
}

var kept []net.Conn

func connections(stuckClients bool) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go serveConns(ln)
	for i := 0; i < 12; i++ {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		kept = append(kept, c)
	}
	if !stuckClients {
		return
	}
	// A backend that accepts and never answers.
	silent, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			c, err := silent.Accept()
			if err != nil {
				return
			}
			kept = append(kept, c)
		}
	}()
	for i := 0; i < 12; i++ {
		go fetchAll(silent.Addr().String())
	}
}

var header = regexp.MustCompile(`^goroutine (\d+) \[([^\],]+)\]:`)

type block struct {
	id    int
	state string
	text  []byte
	rest  int
}

func dump() {
	time.Sleep(time.Second)
	buf := make([]byte, 16<<20)
	all := buf[:runtime.Stack(buf, true)]
	var blocks []block
	for _, b := range bytes.Split(all, []byte("\n\n")) {
		m := header.FindSubmatchIndex(b)
		if m == nil {
			blocks = append(blocks, block{id: -1, text: b})
			continue
		}
		id, _ := strconv.Atoi(string(b[m[2]:m[3]]))
		blocks = append(blocks, block{id: id, state: string(b[m[4]:m[5]]), text: b, rest: m[1]})
	}
	// The leaked receivers by id: the oldest (lowest id) waits longest.
	var leaked []int
	for _, b := range blocks {
		if bytes.Contains(b.text, []byte("main.serveRequest.func1(")) {
			leaked = append(leaked, b.id)
		}
	}
	sort.Ints(leaked)
	age := map[int]int{}
	for i, id := range leaked {
		age[id] = 600 - i*599/len(leaked)
	}
	poolTurn := 0
	out := make([][]byte, len(blocks))
	for i, b := range blocks {
		out[i] = b.text
		if b.id < 0 || b.state == "running" || b.state == "runnable" {
			continue
		}
		var minutes int
		switch {
		case bytes.Contains(b.text, []byte("main.serveRequest.func1(")):
			minutes = age[b.id]
		case bytes.Contains(b.text, []byte("main.startPool.func1(")):
			// The channel's receivers wait in turn: each worker took its last job one after another.
			minutes = 700 + (poolTurn*7)%24
			poolTurn++
		case bytes.Contains(b.text, []byte("main.handleConn(")):
			minutes = 5 + b.id*131%396
		case bytes.Contains(b.text, []byte("main.fetchAll(")):
			minutes = 45
		default:
			minutes = 900
		}
		out[i] = append([]byte(fmt.Sprintf("goroutine %d [%s, %d minutes]:", b.id, b.state, minutes)), b.text[b.rest:]...)
	}
	os.Stdout.Write(bytes.Join(out, []byte("\n\n")))
}

func main() {
	mode := flag.String("mode", "leak", "leak | idle")
	flag.Parse()
	jobs := make(chan func())
	startPool(jobs)
	leak := *mode == "leak"
	connections(leak)
	if leak {
		var done sync.WaitGroup
		for i := 0; i < 300; i++ {
			serveRequest(&request{reply: make(chan string)}, &done)
		}
		done.Wait()
	}
	// Dumped by a goroutine of its own while main waits for the work to end.
	go func() {
		dump()
		os.Exit(0)
	}()
	select {}
}
