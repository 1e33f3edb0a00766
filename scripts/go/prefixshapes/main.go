// prefixshapes prints this program's goroutines (runtime.Stack of all of them: workers blocked on
// a channel, one on a mutex, one in select) in the shapes pastes take behind prefixes:
//
//	-shape frames -frames goroutine   each line but the headers behind `goroutine N ` (N the
//	                                  goroutine's id), as cilium's lock debugging prints a stack
//	-shape frames -frames fixed       each line but the headers behind one fixed text (`[lockdebug] `)
//	-collector journal                every line also behind journalctl's `Mar 07 09:14:03 node-3 api[2841]: `
//	-shape createdby                  every line behind CRI's `… stderr F `, the text starting at the
//	                                  first goroutine's `created by` line (a paste that starts there)
//
// Run it with `go run -trimpath . -shape …`.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

func worker(jobs <-chan int) {
	for range jobs {
	}
}

func holdLock(mu *sync.Mutex) { mu.Lock() }

func poll(stop <-chan struct{}, tick <-chan time.Time) {
	for {
		select {
		case <-stop:
			return
		case <-tick:
		}
	}
}

func startWorkers(jobs <-chan int, n int) {
	for i := 0; i < n; i++ {
		go worker(jobs)
	}
}

func main() {
	shape := flag.String("shape", "frames", "frames or createdby")
	frames := flag.String("frames", "goroutine", "goroutine or fixed")
	collector := flag.String("collector", "none", "none or journal")
	flag.Parse()
	jobs := make(chan int)
	startWorkers(jobs, 3)
	var mu sync.Mutex
	mu.Lock()
	go holdLock(&mu)
	go poll(make(chan struct{}), make(chan time.Time))
	time.Sleep(100 * time.Millisecond)
	buf := make([]byte, 1<<20)
	dump := string(buf[:runtime.Stack(buf, true)])
	lines := strings.Split(strings.TrimSuffix(dump, "\n"), "\n")

	now := time.Date(2024, 3, 7, 9, 14, 3, 0, time.UTC)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	switch *shape {
	case "frames":
		id := ""
		for i, line := range lines {
			prefix := ""
			if *collector == "journal" {
				prefix = now.Add(time.Duration(i)*40*time.Millisecond).Format("Jan 02 15:04:05") + " node-3 api[2841]: "
			}
			if strings.HasPrefix(line, "goroutine ") {
				id = strings.Fields(line)[1]
				fmt.Fprintf(w, "%s%s\n", prefix, line)
				continue
			}
			if line != "" {
				if *frames == "goroutine" {
					prefix += "goroutine " + id + " "
				} else {
					prefix += "[lockdebug] "
				}
			}
			fmt.Fprintf(w, "%s%s\n", prefix, line)
		}
	case "createdby":
		start := 0
		for start < len(lines) && !strings.HasPrefix(lines[start], "created by ") {
			start++
		}
		for i, line := range lines[start:] {
			stamp := now.Add(time.Duration(i) * 37 * time.Microsecond).Format("2006-01-02T15:04:05.000000000Z")
			fmt.Fprintf(w, "%s stderr F %s\n", stamp, line)
		}
	default:
		fmt.Fprintln(os.Stderr, "unknown shape "+strconv.Quote(*shape))
		os.Exit(2)
	}
}
