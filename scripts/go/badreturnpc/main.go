// Command badreturnpc overwrites its own return address and lets the garbage collector walk its stack:
// Go's "unexpected return pc" and "fatal error: unknown caller pc": `GOTRACEBACK=all go run . > out.txt 2>&1`.
package main

import (
	"runtime"
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
	runtime.GC()
}

func funcPC(f func()) uintptr { return **(**uintptr)(unsafe.Pointer(&f)) }

func worker() { time.Sleep(time.Hour) }

func main() {
	go worker()
	victim()
}
