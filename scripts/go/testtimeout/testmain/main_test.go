// Package testmain hangs inside a subtest of a package with its own TestMain, so that
// `go test -timeout 2s ./testmain` panics with "test timed out" and prints every goroutine: the
// test runner's goroutines (testing.(*M).Run under TestMain, the parent test in testing.(*T).Run)
// wait on the subtest's channel, and the subtest is what hangs.
package testmain

import (
	"os"
	"testing"
)

type queue struct{ items chan string }

// publish blocks once nobody consumes any more: the bug the subtest runs into.
func (q *queue) publish(item string) {
	q.items <- item
}

func TestMain(m *testing.M) {
	os.Exit(m.Run())
}

func TestQueue(t *testing.T) {
	t.Run("publish", func(t *testing.T) {
		q := &queue{items: make(chan string)}
		q.publish("first")
	})
}
