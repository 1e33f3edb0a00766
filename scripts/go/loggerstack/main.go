// loggerstack prints an error's stack as loggers print one, without the goroutine header Go's
// own traceback has: pkg/errors' `%+v` (logrus, `log.Printf("%+v", err)`) and zap's `stacktrace`
// field in its console encoder both write each frame as the function's name, no arguments, then
// its `file:line` indented by a tab (the format is written here with runtime.Callers, as those
// packages do, so no module is needed). A collector then puts its prefix on every line of the
// program's output: `-collector compose` as docker compose prints a service's logs, `journal` as
// journalctl prints a unit's, `kubectl` as `kubectl logs --prefix`. Run it with `go run -trimpath . -collector X`.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// stackOf is pkg/errors' callers() and StackTrace's `%+v`: each frame's function, then "\n\t" and its file:line.
func stackOf(skip int) string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip+2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var b strings.Builder
	for {
		f, more := frames.Next()
		fmt.Fprintf(&b, "\n%s\n\t%s:%d", f.Function, f.File, f.Line)
		if !more {
			break
		}
	}
	return b.String()
}

type store struct{ name string }

func (s *store) fetch(key string) error {
	return fmt.Errorf("fetch %s from %s: connection refused%s", key, s.name, stackOf(0))
}

func (s *store) refresh() error {
	return func() error { return s.fetch("user:42") }()
}

func main() {
	collector := flag.String("collector", "compose", "compose, journal or kubectl")
	flag.Parse()
	now := time.Date(2024, 3, 7, 9, 14, 3, 0, time.UTC)
	var prefix func(i int) string
	switch *collector {
	case "compose":
		prefix = func(int) string { return "api-1  | " }
	case "journal":
		prefix = func(i int) string {
			return now.Add(time.Duration(i)*150*time.Millisecond).Format("Jan 02 15:04:05") + " node-3 api[2841]: "
		}
	case "kubectl":
		prefix = func(int) string { return "[pod/api-7d9f8c6b5-x2kqp/api] " }
	default:
		fmt.Fprintln(os.Stderr, "unknown collector", *collector)
		os.Exit(2)
	}
	s := &store{name: "redis-0"}
	var out strings.Builder
	out.WriteString("2024-03-07T09:14:03.120Z\tINFO\tserver/main.go:51\tlistening on :8080\n")
	// logrus' text formatter with `%+v` of a pkg/errors error: the message, then its stack.
	fmt.Fprintf(&out, "time=\"2024-03-07T09:14:03Z\" level=error msg=\"refresh failed\"\n%v\n", s.refresh())
	// zap's console encoder: the entry, then its stacktrace field on the lines after it.
	fmt.Fprintf(&out, "2024-03-07T09:14:04.002Z\tERROR\tserver/main.go:77\trequest failed\t{\"path\": \"/users/42\"}%s\n", stackOf(0))
	out.WriteString("2024-03-07T09:14:04.010Z\tINFO\tserver/main.go:51\tshutting down\n")
	w := bufio.NewWriter(os.Stdout)
	for i, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		fmt.Fprintf(w, "%s%s\n", prefix(i), line)
	}
	w.Flush()
}
