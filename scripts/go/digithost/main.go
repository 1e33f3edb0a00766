// A program of a module whose path starts with a digit (9fans.net/…): its frames' names start with that digit.
package main

import (
	"time"

	"9fans.net/digithost/internal/exec"
)

func main() {
	done := make(chan struct{})
	exec.Start(2, done)
	time.Sleep(100 * time.Millisecond)
	panic("digit host")
}
