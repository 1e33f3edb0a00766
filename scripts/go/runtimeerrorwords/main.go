// Command runtimeerrorwords makes the two shapes of a runtime error's value over a running goroutine:
// run with no argument, a goroutine's slice out of range ends the process (`panic: runtime error: …`,
// whose first line a paster retells in their own words); with two arguments, main recovers the same
// panic and prints `request failed with <value>` over debug.Stack(): `go build -o /tmp/rew . &&
// /tmp/rew 2> crash.txt; /tmp/rew a b > recovered.txt`.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
)

func balance(s []int, n int) []int { return s[2:n] }

func recovered(s []int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("request failed with %v\n%s", r, debug.Stack())
		}
	}()
	balance(s, len(os.Args)-3)
}

func main() {
	s := []int{1, 2, 3}
	if len(os.Args) > 2 {
		recovered(s)
		return
	}
	done := make(chan bool)
	go func() { balance(s, len(os.Args)-1); done <- true }()
	<-done
}
