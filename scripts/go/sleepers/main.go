// sleepers prints the goroutines of a program whose tasks each sleep in one user function (a task
// handler that waits out a backoff before its work) faster than they finish, beside a few pollers
// sleeping in their loops, as a goroutine profile (debug=1, grouped by stack, no wait states or
// minutes) or as runtime.Stack(all) (debug=2, states, no minutes: the process is young).
//
//	go run -trimpath . -debug 1 > ../../../test/fixtures/goroutines/go119_sleeping_tasks_pile_up_debug1.txt
//	go run -trimpath . -debug 2 > ../../../test/fixtures/goroutines/go119_sleeping_tasks_pile_up.txt
package main

import (
	"flag"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

// processTask waits out its backoff before doing its work: one goroutine per queued task.
func processTask(id int, started *sync.WaitGroup) {
	started.Done()
	time.Sleep(time.Hour)
	_ = id
}

// poll checks a source every few seconds for the life of the process.
func poll(started *sync.WaitGroup) {
	started.Done()
	for {
		time.Sleep(10 * time.Second)
	}
}

func main() {
	debug := flag.Int("debug", 2, "1: a goroutine profile; 2: runtime.Stack(all)")
	tasks := flag.Int("tasks", 1200, "tasks left sleeping")
	flag.Parse()
	var started sync.WaitGroup
	for i := 0; i < 4; i++ {
		started.Add(1)
		go poll(&started)
	}
	for i := 0; i < *tasks; i++ {
		started.Add(1)
		go processTask(i, &started)
	}
	started.Wait()
	time.Sleep(100 * time.Millisecond)
	if *debug == 1 {
		_ = pprof.Lookup("goroutine").WriteTo(os.Stdout, 1)
		return
	}
	buf := make([]byte, 64<<20)
	os.Stdout.Write(buf[:runtime.Stack(buf, true)])
}
