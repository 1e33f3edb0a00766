// Command kube-apiserver is NOT the Kubernetes API server. It is a small
// program that reproduces one kube-apiserver incident so that its profiles
// can be looked at: a dispatcher goroutine of (*Store).DeleteCollection
// blocks forever on `toProcess <- i` after its workers returned on an
// etcd error, pinning every listed ConfigMap, once per DELETE collection
// call of the namespace controller.
//
// It writes heap.pb.gz, goroutines.txt (debug=2), goroutines-debug1.txt
// (debug=1), goroutine.pb.gz (debug=0) and cpu.pb.gz into -out.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"

	"k8s.io/kubernetes/cmd/kube-apiserver/app"
)

func main() {
	opts := app.NewOptions()
	flag.StringVar(&opts.OutDir, "out", ".", "directory to write the profiles into")
	flag.IntVar(&opts.Leaks, "leaks", opts.Leaks, "number of DELETE collection calls that leak a goroutine")
	flag.IntVar(&opts.Namespaces, "namespaces", opts.Namespaces, "number of namespaces being deleted")
	flag.IntVar(&opts.Watchers, "watchers", opts.Watchers, "number of open watches")
	flag.IntVar(&opts.StuckGets, "stuck-gets", opts.StuckGets, "number of GET requests stuck behind the watch cache lock")
	flag.BoolVar(&opts.Fast, "fast", false, "do not wait between the waves of leaks (no \"N minutes\" in the dump)")
	flag.DurationVar(&opts.CPUProfileDuration, "cpu-profile-duration", opts.CPUProfileDuration, "length of the CPU profile")
	memProfileRate := flag.Int("memprofilerate", 128*1024, "runtime.MemProfileRate")
	flag.Parse()
	runtime.MemProfileRate = *memProfileRate

	if err := app.Run(context.Background(), opts); err != nil {
		fmt.Fprintln(os.Stderr, "kube-apiserver:", err)
		os.Exit(1)
	}
}
