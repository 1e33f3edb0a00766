// Command emptylabels writes a goroutine profile (debug=0) whose goroutines carry pprof labels
// with an empty value beside ordinary ones: the runtime writes `pprof.Labels("k", "")` as a label
// with a key and no value, which `go tool pprof` drops on reading.
//
//	go run . OUT.pb.gz
package main

import (
	"context"
	"fmt"
	"os"
	"runtime/pprof"
	"sync"
)

// park starts n goroutines under the labels and returns once each is blocked on stop.
func park(n int, stop <-chan struct{}, labels pprof.LabelSet) {
	var started sync.WaitGroup
	started.Add(n)
	for i := 0; i < n; i++ {
		go pprof.Do(context.Background(), labels, func(context.Context) {
			started.Done()
			<-stop
		})
	}
	started.Wait()
}

func main() {
	stop := make(chan struct{})
	park(3, stop, pprof.Labels("empty", ""))
	park(2, stop, pprof.Labels("empty", "", "kind", "work"))
	park(1, stop, pprof.Labels("kind", "other"))
	f, err := os.Create(os.Args[1])
	if err == nil {
		err = pprof.Lookup("goroutine").WriteTo(f, 0)
	}
	if err == nil {
		err = f.Close()
	}
	close(stop)
	if err != nil {
		fmt.Fprintln(os.Stderr, "emptylabels:", err)
		os.Exit(1)
	}
}
