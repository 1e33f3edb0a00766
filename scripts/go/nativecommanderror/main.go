// A deadlock whose only goroutine waits on a channel no one closes: the dump that
// test/fixtures/goroutines/powershell_native_command_error_deadlock.txt wraps in PowerShell's
// NativeCommandError record, as Windows PowerShell prints a native command's stderr under `2>&1`.
package main

import "sync"

func waitAll(wg *sync.WaitGroup, jobs chan int) {
	for j := range jobs {
		_ = j
	}
	wg.Wait()
}

func main() {
	var wg sync.WaitGroup
	jobs := make(chan int)
	wg.Add(1)
	go func() { jobs <- 1 }()
	waitAll(&wg, jobs)
}
