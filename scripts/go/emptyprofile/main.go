// Command emptyprofile writes the profile a user gets from a Go program that never turned the
// profile's sampling on: a mutex profile with runtime.SetMutexProfileFraction never called has
// no samples, though its mutex is contended. The profile editor shows it as an empty profile.
//
//	go run . ../../../test/fixtures/pprof/empty/mutex-sampling-off.pb.gz
package main

import (
	"log"
	"os"
	"runtime/pprof"
	"sync"
	"time"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: emptyprofile OUT.pb.gz")
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				time.Sleep(100 * time.Microsecond)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	f, err := os.Create(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if err := pprof.Lookup("mutex").WriteTo(f, 0); err != nil {
		log.Fatal(err)
	}
}
