// Command stdlibrace races the program's read of a bytes.Buffer with os/exec's goroutine copying a
// child's output into it, the copy printed first: `go build -race -o /tmp/outrace . && /tmp/outrace`.
package main

import (
	"bytes"
	"fmt"
	"os/exec"
)

func report(out *bytes.Buffer) {
	fmt.Println("so far:", out.Len())
}

func main() {
	var out bytes.Buffer
	cmd := exec.Command("sh", "-c", "sleep 0.2; echo done")
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	report(&out)
	cmd.Wait()
}
