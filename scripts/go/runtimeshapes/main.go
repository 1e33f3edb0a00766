// Command runtimeshapes makes the Go runtime print the shapes of goroutine dumps and crashes that
// depend on what the program was doing, for the goroutine scanner's fixtures:
// `GOTRACEBACK=all go run . MODE > out.txt 2>&1`. Each mode leaves goroutines in the wait states Go
// prints (nil channels, an empty select, a locked thread in a syscall, mutexes, condition
// variables) and then ends the process the way MODE names.
package main

import (
	"context"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"
	"unsafe"
)

var (
	mu   sync.Mutex
	rw   sync.RWMutex
	cond = sync.NewCond(&sync.Mutex{})
	wg   sync.WaitGroup
)

func nilReceive() {
	var c chan int
	<-c
}

func nilSend() {
	var c chan int
	c <- 1
}

func emptySelect() { select {} }

// lockedRead blocks in a raw read on a pipe nobody writes to, on a thread of its own.
func lockedRead(fd int) {
	runtime.LockOSThread()
	buf := make([]byte, 1)
	_, _ = syscall.Read(fd, buf)
}

func lockedReceive(c chan int) {
	runtime.LockOSThread()
	<-c
}

func lockMutex() { mu.Lock() }
func readLock()  { rw.RLock() }
func waitCond()  { cond.L.Lock(); cond.Wait() }
func waitGroup() { wg.Wait() }
func labelled(ctx context.Context, c chan int) {
	pprof.Do(ctx, pprof.Labels("request", "r-17", "tenant", "acme"), func(context.Context) { <-c })
}

// population leaves goroutines in every wait state a program of its own can reach.
func population() {
	mu.Lock()
	rw.Lock()
	wg.Add(1)
	r, _, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	never := make(chan int)
	go nilReceive()
	go nilSend()
	go emptySelect()
	go lockedRead(int(r.Fd()))
	go lockedReceive(never)
	for i := 0; i < 3; i++ {
		go lockMutex()
	}
	go readLock()
	go waitCond()
	go waitGroup()
	go labelled(context.Background(), never)
	time.Sleep(100 * time.Millisecond)
}

// fault reads memory mapped without access: Go's "unexpected fault address".
func fault() {
	mem, err := syscall.Mmap(-1, 0, 4096, syscall.PROT_NONE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		panic(err)
	}
	println(*(*byte)(unsafe.Pointer(&mem[0])))
}

func unlockUnlocked() {
	var m sync.Mutex
	m.Unlock()
}

func negativeWaitGroup() {
	var w sync.WaitGroup
	w.Done()
}

func main() {
	population()
	switch os.Args[1] {
	case "fault":
		fault()
	case "unlock":
		unlockUnlocked()
	case "waitgroup":
		negativeWaitGroup()
	case "debug1":
		_ = pprof.Lookup("goroutine").WriteTo(os.Stdout, 1)
	case "debug2":
		_ = pprof.Lookup("goroutine").WriteTo(os.Stdout, 2)
	case "sigquit":
		_ = syscall.Kill(os.Getpid(), syscall.SIGQUIT)
		time.Sleep(time.Second)
	}
}
