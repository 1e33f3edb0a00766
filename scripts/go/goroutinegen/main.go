// Command goroutinegen starts goroutines parked in known wait states and prints a goroutine dump,
// for the goroutine-dump tests and benchmarks of Go Profile Explorer.
//
//	go run . -mode demo -debug 2          # debug=2 dump of a small fixed population (test goldens)
//	go run . -mode demo -debug 1          # the same population as a debug=1 profile
//	go run . -mode leak -n 18660 -debug 2 # many goroutines blocked on chan send (benchmark)
//	go run . -mode leak -n 200000 -stack  # unbounded runtime.Stack(all) dump (benchmark)
//	go run . -mode demo -dumps 3          # a log with a debug=2 dump every round, the leak growing
//	GOTRACEBACK=crash GODEBUG=asyncpreemptoff=1 go run . -mode demo -spin 2 -quit
//	                                      # crash dump where spinning goroutines run on other threads
//	GOTRACEBACK=all go run . -mode demo -panic   # a panic in main: its goroutine, then all others
//	GOTRACEBACK=all go run . -mode deadlock      # fatal error: all goroutines are asleep - deadlock!
//	go run . -mode demo -repanic          # a panic while recovering from one: "panic: … [recovered]", then "panic: …"
//	go run . -mode share -wait 61s        # ~1,000 goroutines after a minute: 388 blocked on one send, 2 on a nil channel
//	GOTRACEBACK=all go run . -mode demo -fault  # "unexpected fault address", then "fatal error: fault"
package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"
	"unsafe"
)

var (
	mu      sync.Mutex
	rw      sync.RWMutex
	cond    = sync.NewCond(&sync.Mutex{})
	never   = make(chan int)
	results = make(chan []byte)
	ticks   = make(chan struct{})
	started sync.WaitGroup
)

// store mimics the shape of the kube-apiserver leak: a worker per item sends on a channel
// nobody reads any more.
type store struct{ out chan int }

func (s *store) deleteCollection(items int) {
	for i := 0; i < items; i++ {
		started.Add(1)
		go func(i int) {
			started.Done()
			s.out <- i
		}(i)
	}
}

func receiver() {
	started.Done()
	<-never
}

func selector(quit chan struct{}) {
	started.Done()
	select {
	case <-never:
	case <-quit:
	}
}

func locker() {
	started.Done()
	mu.Lock()
	mu.Unlock()
}

func reader() {
	started.Done()
	rw.RLock()
	rw.RUnlock()
}

func condWaiter() {
	started.Done()
	cond.L.Lock()
	cond.Wait()
	cond.L.Unlock()
}

func sleeper() {
	started.Done()
	time.Sleep(time.Hour)
}

func groupWaiter(wg *sync.WaitGroup) {
	started.Done()
	wg.Wait()
}

func connReader(conn net.Conn) {
	started.Done()
	buf := make([]byte, 1)
	_, _ = conn.Read(buf)
}

// nested adds frames so benchmark stacks have a realistic depth and a few distinct shapes.
func nested(depth int, s *store) {
	if depth > 0 {
		nested(depth-1, s)
		return
	}
	started.Done()
	s.out <- depth
}

func demo() {
	s := &store{out: make(chan int)}
	s.deleteCollection(12)
	for i := 0; i < 6; i++ {
		started.Add(1)
		go receiver()
	}
	quit := make(chan struct{})
	for i := 0; i < 4; i++ {
		started.Add(1)
		go selector(quit)
	}
	mu.Lock()
	for i := 0; i < 5; i++ {
		started.Add(1)
		go locker()
	}
	rw.Lock()
	for i := 0; i < 3; i++ {
		started.Add(1)
		go reader()
	}
	for i := 0; i < 2; i++ {
		started.Add(1)
		go condWaiter()
	}
	for i := 0; i < 3; i++ {
		started.Add(1)
		go sleeper()
	}
	var pending sync.WaitGroup
	pending.Add(1)
	started.Add(1)
	go groupWaiter(&pending)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			if _, err := ln.Accept(); err != nil {
				return
			}
		}
	}()
	for i := 0; i < 2; i++ {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		started.Add(1)
		go connReader(conn)
	}
	started.Wait()
	time.Sleep(200 * time.Millisecond) // let every goroutine park
}

func nilSender() {
	started.Done()
	var c chan int
	c <- 1
}

func serverConn(conn net.Conn) {
	started.Done()
	buf := make([]byte, 1)
	_, _ = conn.Read(buf)
}

// share is a service a minute into a pile-up: 388 of about 1,000 goroutines blocked sending in one
// place, among idle connections (IO wait), an idle worker pool (select), sleepers and lock waiters,
// and 2 goroutines on a nil channel. A GC's stack scan records when each parked goroutine started to
// wait (the start of the GC before: so two), so the dump taken after -wait says "1 minutes".
func share() {
	s := &store{out: make(chan int)}
	s.deleteCollection(388)
	for i := 0; i < 2; i++ {
		started.Add(1)
		go nilSender()
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	const conns = 150
	accepted := make(chan net.Conn, conns)
	go func() {
		for i := 0; i < conns; i++ {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted <- c
		}
	}()
	for i := 0; i < conns; i++ {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		started.Add(2)
		go connReader(conn)
		go serverConn(<-accepted)
	}
	quit := make(chan struct{})
	for i := 0; i < 200; i++ {
		started.Add(1)
		go selector(quit)
	}
	for i := 0; i < 100; i++ {
		started.Add(1)
		go sleeper()
	}
	mu.Lock()
	for i := 0; i < 10; i++ {
		started.Add(1)
		go locker()
	}
	started.Wait()
	time.Sleep(200 * time.Millisecond)
	runtime.GC()
	runtime.GC()
}

func leak(n int) {
	s := &store{out: make(chan int)}
	for i := 0; i < n; i++ {
		started.Add(1)
		go nested(i%4, s)
	}
	started.Add(1)
	go sleeper()
	started.Wait()
	time.Sleep(500 * time.Millisecond)
}

var sink int

// spinner never parks: with asynchronous preemption off, a crash dump finds it running on its
// own thread ("goroutine running on other thread; stack unavailable", its stack printed later).
func spinner(n int) {
	started.Done()
	for {
		for i := 0; i < 1000; i++ {
			sink += i * n
		}
	}
}

// logDumps writes what a watchdog writing a goroutine dump into a service log each round would:
// log lines, then a debug=2 dump, with 12 more leaked goroutines every round.
func logDumps(rounds int) error {
	s := &store{out: make(chan int)}
	for round := 1; round <= rounds; round++ {
		if round > 1 {
			s.deleteCollection(12)
			started.Wait()
			time.Sleep(100 * time.Millisecond)
		}
		fmt.Printf("2026/11/22 10:%02d:00 watchdog: %d goroutines, dumping (round %d of %d)\n", round, runtime.NumGoroutine(), round, rounds)
		if err := pprof.Lookup("goroutine").WriteTo(os.Stdout, 2); err != nil {
			return err
		}
		fmt.Printf("2026/11/22 10:%02d:01 watchdog: dump written\n", round)
	}
	return nil
}

// deadlock parks every goroutine on a channel nobody will use, main last: the runtime finds that
// all goroutines are asleep.
func deadlock() {
	s := &store{out: make(chan int)}
	s.deleteCollection(3)
	// The same send at two recursion depths, and from two callers: groups whose sentences would read alike.
	for i := 0; i < 4; i++ {
		started.Add(1)
		go nested(i%2, s)
	}
	for i := 0; i < 2; i++ {
		started.Add(2)
		go fromAPI(s)
		go fromController(s)
	}
	started.Wait()
	<-never
}

func sendItem(s *store) {
	started.Done()
	s.out <- 1
}

func fromAPI(s *store)        { sendItem(s) }
func fromController(s *store) { sendItem(s) }

// readCorrupted reads through a pointer moved into unmapped memory, as corrupted unsafe arithmetic would.
func readCorrupted(offset int) int {
	return *(*int)(unsafe.Add(unsafe.Pointer(&sink), offset))
}

// dispatch panics as a dispatcher does when its workers' error is not handled.
func dispatch(items int) {
	if items > 0 {
		panic(fmt.Sprintf("dispatcher: %d items left and no worker to take them", items))
	}
}

// dispatchOrWrap recovers the dispatcher's panic and panics again with more context, as handlers do.
func dispatchOrWrap(items int) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("handling the delete collection: %v", r))
		}
	}()
	dispatch(items)
}

func writeStackAll(w io.Writer) error {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			_, err := w.Write(buf[:n])
			return err
		}
		buf = make([]byte, 2*len(buf))
	}
}

func main() {
	mode := flag.String("mode", "demo", "demo or leak")
	n := flag.Int("n", 18660, "goroutines for -mode leak")
	debug := flag.Int("debug", 2, "pprof goroutine debug level (1 or 2)")
	stack := flag.Bool("stack", false, "write runtime.Stack(all) without the 64 MiB cap instead of a pprof dump")
	quit := flag.Bool("quit", false, "crash with SIGQUIT instead (the runtime prints every goroutine to stderr)")
	dumps := flag.Int("dumps", 0, "write this many debug=2 dumps into a log instead, the leak growing between them")
	spin := flag.Int("spin", 0, "goroutines that never park (with -quit: running on other threads)")
	panics := flag.Bool("panic", false, "panic in main instead (the runtime prints the dump to stderr)")
	repanic := flag.Bool("repanic", false, "panic while recovering from a panic in main")
	fault := flag.Bool("fault", false, "read unmapped memory in main: a fault the runtime cannot recover")
	wait := flag.Duration("wait", 0, "wait this long before the dump (Go prints minutes from 1 minute of waiting)")
	flag.Parse()
	for i := 0; i < *spin; i++ {
		started.Add(1)
		go spinner(i + 1)
	}
	switch *mode {
	case "demo":
		demo()
	case "leak":
		leak(*n)
	case "deadlock":
		deadlock()
	case "share":
		share()
	default:
		fmt.Fprintln(os.Stderr, "unknown -mode", *mode)
		os.Exit(2)
	}
	time.Sleep(*wait)
	if *panics {
		dispatch(12)
	}
	if *repanic {
		dispatchOrWrap(12)
	}
	if *fault {
		sink = readCorrupted(1 << 40)
	}
	if *dumps > 0 {
		if err := logDumps(*dumps); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *quit {
		_ = syscall.Kill(os.Getpid(), syscall.SIGQUIT)
		select {}
	}
	var err error
	if *stack {
		err = writeStackAll(os.Stdout)
	} else {
		err = pprof.Lookup("goroutine").WriteTo(os.Stdout, *debug)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
