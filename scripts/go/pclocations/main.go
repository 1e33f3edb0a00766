// Prints a recovered panic the way recovery middleware does (gin's and macaron's Recovery, Gitea's
// error page): its words, then each caller as `file:line (0xpc)`, with the caller's function and
// source line under it when -source is set (gin, when the file is at hand), without them (Gitea).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"
)

var withSource = flag.Bool("source", false, "print each caller's function and source line under it")

type user struct{ name string }

func (u *user) greet() string { return "hello " + u.name }

func handle(u *user) string { return u.greet() }

func serve() {
	defer func() {
		if err := recover(); err != nil {
			fmt.Fprintf(os.Stderr, "PANIC: %v\n%s", err, stack(3))
		}
	}()
	handle(nil)
}

func stack(skip int) []byte {
	buf := new(bytes.Buffer)
	var lines [][]byte
	var lastFile string
	for i := skip; ; i++ {
		pc, file, line, ok := runtime.Caller(i)
		if !ok {
			break
		}
		fmt.Fprintf(buf, "%s:%d (0x%x)\n", file, line, pc)
		if !*withSource {
			continue
		}
		if file != lastFile {
			data, err := os.ReadFile(file)
			if err != nil {
				continue
			}
			lines = bytes.Split(data, []byte{'\n'})
			lastFile = file
		}
		name := "???"
		if fn := runtime.FuncForPC(pc); fn != nil {
			name = fn.Name()
		}
		src := []byte("???")
		if line-1 >= 0 && line-1 < len(lines) {
			src = bytes.TrimSpace(lines[line-1])
		}
		fmt.Fprintf(buf, "\t%s: %s\n", name, src)
	}
	return buf.Bytes()
}

func main() {
	flag.Parse()
	serve()
}
