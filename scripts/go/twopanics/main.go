// Two goroutines panic at the same moment: the runtime may print both panics.
package main

import (
	"fmt"
	"sync"
)

func crash(id int, start *sync.WaitGroup) {
	start.Wait()
	panic(fmt.Sprintf("boom from worker %d", id))
}

func main() {
	var start sync.WaitGroup
	start.Add(1)
	for i := 0; i < 8; i++ {
		go crash(i, &start)
	}
	start.Done()
	select {}
}
