// Writes the crash Go prints for a panic in goroutine 1, from main.main's callees and from a
// package initialiser, with another goroutine waiting (GOTRACEBACK=all prints it): goroutine 1's
// stack ends in main.main, or in the initialiser with the runtime's frames under it hidden.
// The fixtures main_goroutine_*.txt are its output:
//
//	go build -trimpath -o /tmp/mainstack . && GOTRACEBACK=all /tmp/mainstack 2> main_goroutine_panic_in_main.txt
//	GOTRACEBACK=all MAINSTACK=init /tmp/mainstack 2> main_goroutine_panic_in_init.txt
//
// and at GOTRACEBACK=system (the runtime's frames shown: runtime.main and runtime.goexit under main.main and the initialiser)
// into main_goroutine_panic_in_main_system.txt and main_goroutine_panic_in_init_system.txt.
package main

import (
	"os"
	"time"
)

var inInit = os.Getenv("MAINSTACK") == "init"

func init() {
	if inInit {
		setup()
	}
}

//go:noinline
func setup() { load() }

//go:noinline
func load() { panic("config missing") }

//go:noinline
func serve(ch chan int) { handle(ch) }

//go:noinline
func handle(ch chan int) { process(ch) }

//go:noinline
func process(ch chan int) {
	time.Sleep(50 * time.Millisecond)
	panic("boom")
}

func wait(ch chan int) { <-ch }

func main() {
	ch := make(chan int)
	go wait(ch)
	serve(ch)
}
