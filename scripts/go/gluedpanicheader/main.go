// gluedpanicheader prints what a worker pool's recover handler logs on one record: the recovered
// panic's words, then `debug.Stack()` right after them on the same line (`… nil map: goroutine 7
// [running]:`), the log's prefix on that first line only. Its fixture:
// `go run -trimpath . > ../../../test/fixtures/goroutines/glued_panic_words_header.txt`.
package main

import (
	"fmt"
	"log"
	"os"
	"runtime/debug"
	"sync"
)

type job struct {
	name   string
	labels map[string]string
}

func (j *job) run() {
	j.labels["attempt"] = "1"
}

func worker(id int, jobs <-chan *job, done *sync.WaitGroup) {
	defer done.Done()
	for j := range jobs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					log.Printf("pool: worker %d: job %q: caught panic: %v: %s", id, j.name, r, debug.Stack())
				}
			}()
			j.run()
		}()
	}
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)
	jobs := make(chan *job)
	var done sync.WaitGroup
	done.Add(1)
	go worker(3, jobs, &done)
	jobs <- &job{name: "reindex"}
	close(jobs)
	done.Wait()
	fmt.Println("pool stopped")
}
