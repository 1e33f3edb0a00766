// Command pastegen writes goroutine dumps in the shapes people paste them, for the fixtures of Go
// Profile Explorer's goroutine scanner:
//
//	-mode overflow   a goroutine recursing until the runtime stops it (`runtime: goroutine stack
//	                 exceeds …-byte limit`, `fatal error: stack overflow`) while 40 others leak on a
//	                 channel send; run with GOTRACEBACK=all, the dump goes to stderr
//	-mode logged     stacks written through loggers as one escaped string per record: a zap/slog
//	                 style JSON line ("stack":"goroutine 1 [running]:\n…"), a logrus/logfmt line
//	                 (msg="…\n\t…", strconv.Quote escaping) and runtime.Stack(all) in a JSON field
//
//	GOTRACEBACK=all go run . -mode overflow 2> overflow.txt
//	go run . -mode logged > logged.txt
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"
)

type request struct {
	id    int
	depth int
}

//go:noinline
func (r *request) resolve(depth int, path []byte) int {
	// Each frame keeps a little of its own stack so the recursion overflows after many frames.
	var pad [64]byte
	pad[depth%64] = byte(depth)
	return r.resolve(depth+1, append(path, pad[depth%64])) + int(pad[0])
}

func leak(ch chan<- int, i int) {
	ch <- i
}

func overflow() {
	ch := make(chan int)
	for i := 0; i < 40; i++ {
		go leak(ch, i)
	}
	time.Sleep(100 * time.Millisecond)
	debug.SetMaxStack(1 << 20)
	done := make(chan int)
	go func() {
		r := &request{id: 7}
		done <- r.resolve(0, nil)
	}()
	<-done
}

type handler struct{ name string }

//go:noinline
func (h *handler) serve(id int) string {
	return string(debug.Stack())
}

func logged() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go leak(ch, i)
	}
	time.Sleep(100 * time.Millisecond)
	h := &handler{name: "api"}
	stack := h.serve(42)
	ts := "2024-03-05T10:11:12.345Z"
	// zap's production encoder / slog.JSONHandler: the stack as one JSON string field.
	line, _ := json.Marshal(map[string]string{"level": "error", "ts": ts, "msg": "panic recovered: boom", "stack": stack})
	fmt.Println(string(line))
	// logrus' text formatter (logfmt): values quoted as Go strings.
	fmt.Printf("time=%q level=error msg=%s\n", ts, strconv.Quote("handler crashed\n"+stack))
	// Every goroutine (runtime.Stack(all)) in one JSON field, as a watchdog logs it.
	buf := make([]byte, 1<<20)
	all := string(buf[:runtime.Stack(buf, true)])
	line, _ = json.Marshal(map[string]string{"time": ts, "level": "WARN", "msg": "request stuck, dumping goroutines", "goroutines": all})
	fmt.Println(string(line))
}

func main() {
	mode := flag.String("mode", "overflow", "overflow or logged")
	flag.Parse()
	switch *mode {
	case "overflow":
		overflow()
	case "logged":
		logged()
	default:
		fmt.Fprintln(os.Stderr, "unknown -mode", *mode)
		os.Exit(2)
	}
}
