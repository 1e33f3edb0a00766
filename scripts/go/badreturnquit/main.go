// Command badreturnquit overwrites its own return address and sends itself SIGQUIT: the dump's
// traceback of goroutine 1 prints "unexpected return pc", the stack's words, then the frame whose
// return address it could not place: `go build -trimpath -o brq . && GOTRACEBACK=all ./brq > out.txt 2>&1`.
package main

import (
	"os"
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

//go:noinline
func victim() {
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
	syscall.Kill(os.Getpid(), syscall.SIGQUIT)
	time.Sleep(time.Second)
}

func funcPC(f func()) uintptr { return **(**uintptr)(unsafe.Pointer(&f)) }

func worker() { time.Sleep(time.Hour) }

func main() {
	go worker()
	victim()
}
