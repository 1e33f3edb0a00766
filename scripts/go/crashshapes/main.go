// Command crashshapes crashes in one of several ways, for the shapes of crash dumps the goroutine
// scanner must read: `go run . multiline 2> out.txt` (GOTRACEBACK=all for every goroutine).
package main

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

type config struct{ name string }

var settings map[string]int

func multiline() {
	panic(errors.New("an error occurred:\n\tfirst cause: connection refused\n\tsecond cause: timeout\n"))
}

func nilMap() { settings["x"] = 1 }

func index(i int) int {
	s := []int{1, 2, 3}
	return s[i]
}

func nilDeref(c *config) string { return c.name }

func recovered() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("%v\nwhile handling a request", r))
		}
	}()
	var m map[string]int
	m["a"]++
}

// nested panics in deferred functions while the first unwinds, none recovered: Go prints each
// under the first, indented by a tab.
func nested() {
	defer func() { panic("closing the journal: disk full") }()
	defer func() { panic(errors.New("flushing the index: short write")) }()
	var m map[string]int
	m["a"]++
}

func closedChan() {
	c := make(chan int)
	close(c)
	close(c)
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); time.Sleep(time.Hour) }()
	}
	time.Sleep(10 * time.Millisecond)
	switch os.Args[1] {
	case "multiline":
		multiline()
	case "nilmap":
		nilMap()
	case "index":
		fmt.Println(index(len(os.Args) + 5))
	case "nilderef":
		fmt.Println(nilDeref(nil))
	case "recovered":
		recovered()
	case "closed":
		closedChan()
	case "nested":
		nested()
	}
}
