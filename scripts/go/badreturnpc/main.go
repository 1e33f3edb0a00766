// Command badreturnpc overwrites its own return address and lets the garbage collector walk its stack:
// Go's "unexpected return pc" and "fatal error: unknown caller pc": `GOTRACEBACK=all go run . > out.txt 2>&1`.
// With -sigquit it sends itself SIGQUIT instead: the dump's traceback of goroutine 1 prints "unexpected
// return pc", the stack's words, then the frame whose return address it could not place:
// `go build -trimpath -o brp . && GOTRACEBACK=all ./brp -sigquit > out.txt 2>&1`.
package main

import (
	"flag"
	"os"
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

//go:noinline
func victim(sigquit bool) {
	var x [2]uintptr
	p := unsafe.Pointer(&x[0])
	caller := runtime.FuncForPC(funcPC(main))
	for i := 2; i < 64; i++ {
		slot := (*uintptr)(unsafe.Add(p, i*8))
		if f := runtime.FuncForPC(*slot); f != nil && f.Entry() == caller.Entry() && *slot != f.Entry() {
			*slot = 0x1000
			break
		}
	}
	if sigquit {
		_ = syscall.Kill(os.Getpid(), syscall.SIGQUIT)
		time.Sleep(time.Second)
		return
	}
	runtime.GC()
}

func funcPC(f func()) uintptr { return **(**uintptr)(unsafe.Pointer(&f)) }

func worker() { time.Sleep(time.Hour) }

func main() {
	sigquit := flag.Bool("sigquit", false, "send SIGQUIT instead of running the garbage collector")
	flag.Parse()
	go worker()
	victim(*sigquit)
}
