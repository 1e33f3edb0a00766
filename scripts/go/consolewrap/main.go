// consolewrap prints a Go 1.19 crash (GOTRACEBACK=all) as a Windows console shows it when copied:
// tabs expanded to 8 columns and every line cut at exactly 80 columns, wherever the cut falls (in a
// function's name, its arguments, a path, an offset). The call lines of the long-path package are
// wrapped twice, in the name and again in the arguments (frp as pasted in
// shorthorn-project/One-Core-API-Binaries#152). Nothing else is edited.
//
//	go run -trimpath . > ../../../test/fixtures/goroutines/go119_console_wrap_80_twice_wrapped_calls.txt
package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/example-organization/remote-procedure-transport-library/cmd/consolewrap/internal/messaging/jsonctl"
)

const width = 80

func crash() {
	c := &jsonctl.MsgCtl{}
	for n := uintptr(1); n <= 3; n++ {
		c.StartReader(n)
	}
	time.Sleep(200 * time.Millisecond)
	c.StartReader(7)
	time.Sleep(time.Hour)
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "crash" {
		crash()
		return
	}
	cmd := exec.Command(os.Args[0], "crash")
	cmd.Env = append(os.Environ(), "GOTRACEBACK=all")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	_ = cmd.Run()
	for _, line := range strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n") {
		line = strings.ReplaceAll(line, "\t", "        ")
		for len(line) > width {
			fmt.Println(line[:width])
			line = line[width:]
		}
		fmt.Println(line)
	}
}
