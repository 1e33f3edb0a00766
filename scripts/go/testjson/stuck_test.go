// Test programs whose `go test -json` output (test2json) is test/fixtures/goroutines/test_json_*.txt,
// made here with Go 1.19:
//   go test -json -timeout 2s . > test_json_timeout.txt   (a test blocked past -timeout)
//   go test -json -short -run 'TestPanics|TestOther' . > test_json_panic.txt   (a test that panics)
package stuck

import (
	"strings"
	"sync"
	"testing"
	"time"
)

func waitForever(mu *sync.Mutex) { mu.Lock(); mu.Lock() }

func TestOther(t *testing.T) {
	t.Parallel()
	t.Log("other test output")
}

func TestBlocked(t *testing.T) {
	t.Parallel()
	ch := make(chan int)
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		go func() { <-ch }()
	}
	go waitForever(&mu)
	t.Log(strings.Repeat("long line ", 500))
	time.Sleep(time.Minute)
}

func TestPanics(t *testing.T) {
	if os := "panic"; os == "panic" && testing.Short() {
		go func() { select {} }()
		// A message longer than test2json's line buffer: its record is split without a `\n`.
		panic("bad state: " + strings.Repeat("x", 5000))
	}
}
