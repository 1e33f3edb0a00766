// Package gotrunrace starts a subtest with `go t.Run(…)` and returns without waiting for it: the
// subtest ends after the test run, and the race detector reports testing's own accesses on both
// sides (its `setRan` against `runTests`' read), the user's `go` statement only in the "created at"
// stack under testing.(*T).Run. `go test -race .` (the class of woodpecker-ci#6574).
package gotrunrace

import (
	"os"
	"testing"
	"time"
)

func TestStartsSubtestInGoroutine(t *testing.T) {
	go t.Run("late", func(t *testing.T) { time.Sleep(100 * time.Millisecond) })
	time.Sleep(10 * time.Millisecond)
}

// TestMain keeps the process alive until the late subtest has ended.
func TestMain(m *testing.M) {
	code := m.Run()
	time.Sleep(300 * time.Millisecond)
	os.Exit(code)
}
