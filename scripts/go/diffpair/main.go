// Command diffpair writes two heap profiles of one small service, before and after a change,
// for the profile editor's diff: since the base, main.loadCache vanished (its cache is gone),
// main.handleRequests grew and main.parseConfig stayed the same.
//
//	go run . -out DIR    writes DIR/heap-base.pb.gz and DIR/heap-current.pb.gz
//
// Each profile comes from a run of its own (this program re-executes itself), with every
// allocation sampled (MemProfileRate = 1), so the figures are exact and repeatable.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
)

// Kept reachable so the heap profile's inuse figures hold them.
var (
	config   [][]byte
	cache    [][]byte
	requests [][]byte
)

//go:noinline
func parseConfig() {
	for i := 0; i < 64; i++ {
		config = append(config, make([]byte, 4096))
	}
}

//go:noinline
func loadCache() {
	for i := 0; i < 256; i++ {
		cache = append(cache, make([]byte, 8192))
	}
}

//go:noinline
func handleRequests(n int) {
	for i := 0; i < n; i++ {
		requests = append(requests, make([]byte, 2048))
	}
}

func serve(withCache bool, requestCount int) {
	parseConfig()
	if withCache {
		loadCache()
	}
	handleRequests(requestCount)
}

func main() {
	out := flag.String("out", "", "directory for the two profiles")
	run := flag.String("run", "", "internal: base or current, writing the profile to -file")
	file := flag.String("file", "", "internal: the profile to write")
	flag.Parse()
	switch {
	case *run != "":
		runtime.MemProfileRate = 1
		if *run == "base" {
			serve(true, 200)
		} else {
			serve(false, 600)
		}
		runtime.GC()
		f, err := os.Create(*file)
		must(err)
		must(pprof.Lookup("heap").WriteTo(f, 0))
		must(f.Close())
	case *out != "":
		must(os.MkdirAll(*out, 0o755))
		self, err := os.Executable()
		must(err)
		for _, kind := range []string{"base", "current"} {
			cmd := exec.Command(self, "-run", kind, "-file", filepath.Join(*out, "heap-"+kind+".pb.gz"))
			cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
			must(cmd.Run())
		}
	default:
		flag.Usage()
		os.Exit(2)
	}
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
