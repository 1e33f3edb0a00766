// Command crilong logs every goroutine's stack as one JSON record (as zap and slog write a
// `stack` field), 200 workers blocked on a channel making the record longer than the 16 KiB
// after which a CRI runtime splits a line into partial records: `go run -trimpath . > out.json`.
package main

import (
	"encoding/json"
	"os"
	"runtime"
	"time"
)

func worker(id int, jobs <-chan int) {
	for range jobs {
		_ = id
	}
}

func main() {
	jobs := make(chan int)
	for i := 0; i < 200; i++ {
		go worker(i, jobs)
	}
	time.Sleep(50 * time.Millisecond)
	buf := make([]byte, 1<<20)
	n := runtime.Stack(buf, true)
	record := map[string]string{"level": "error", "msg": "workers stuck", "stack": string(buf[:n])}
	json.NewEncoder(os.Stdout).Encode(record)
}
