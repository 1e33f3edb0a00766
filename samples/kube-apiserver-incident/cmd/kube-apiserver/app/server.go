// Package app runs the incident: an API server whose etcd is overloaded, a
// namespace controller that keeps retrying DELETE collection calls against
// it, and the usual background goroutines of an API server.
package app

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	api "k8s.io/api/core/v1"
	genericapiserver "k8s.io/apiserver/pkg/server"
	"k8s.io/apiserver/pkg/storage"
	"k8s.io/apiserver/pkg/storage/etcd3"
	"k8s.io/kubernetes/pkg/controller/namespace"
	"k8s.io/kubernetes/pkg/controlplane"
	configmapstore "k8s.io/kubernetes/pkg/registry/core/configmap/storage"
)

// Options configures the incident.
type Options struct {
	OutDir             string
	Leaks              int
	Namespaces         int
	Watchers           int
	StuckGets          int
	Fast               bool
	CPUProfileDuration time.Duration
}

// NewOptions returns the defaults.
func NewOptions() *Options {
	return &Options{
		OutDir:             ".",
		Leaks:              18000,
		Namespaces:         300,
		Watchers:           40,
		StuckGets:          24,
		CPUProfileDuration: 2 * time.Second,
	}
}

var start = time.Now()

func logf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "[%6.1fs] %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
}

// Run runs the incident and writes the profiles.
func Run(ctx context.Context, o *Options) error {
	member, err := startHungEtcdMember()
	if err != nil {
		return err
	}
	store := etcd3.New(storage.ProtobufCodec, member.Addr())
	namespaces, objects, err := seed(ctx, store, o.Namespaces)
	if err != nil {
		return err
	}
	logf("seeded %d configmaps in %d namespaces", objects, len(namespaces))

	configMaps := configmapstore.NewREST(store, 1) // --delete-collection-workers=1, the default
	server := genericapiserver.New()
	server.Handler.InstallREST("configmaps", configMaps)
	informersSynced := make(chan struct{}) // never closed: the informers never sync
	server.AddPostStartHook("start-kube-apiserver-admission-initializer", func(ctx context.Context) error { return nil })
	server.AddPostStartHook("start-apiextensions-informers", func(ctx context.Context) error {
		<-informersSynced
		return nil
	})
	host, err := server.Run(ctx)
	if err != nil {
		return err
	}
	logf("serving on http://%s", host)

	(&controlplane.Controller{EndpointInterval: 10 * time.Second}).Start(ctx)
	etcd3.StartCompactor(ctx, store, 5*time.Minute)

	// The watch cache relists from the hung etcd member and holds its lock
	// while it waits: GETs served from the cache queue up behind it.
	configMaps.Cacher.StartCaching(ctx)
	time.Sleep(200 * time.Millisecond)

	client := &http.Client{Transport: &http.Transport{MaxIdleConns: 100, MaxIdleConnsPerHost: 20, IdleConnTimeout: time.Hour}}
	for i := 0; i < o.Watchers; i++ {
		if err := startWatch(client, host, namespaces[i%len(namespaces)]); err != nil {
			return err
		}
	}
	for i := 0; i < o.StuckGets; i++ {
		go getConfigMap(client, host, namespaces[i%len(namespaces)], "kube-root-ca.crt")
	}
	logf("%d watches open, %d GETs waiting on the watch cache", o.Watchers, o.StuckGets)

	// etcd starts timing out; the namespace controller keeps retrying.
	store.SetOverloaded(true)
	controller := namespace.NewNamespaceController(host, client)
	controller.Run(10) // --concurrent-namespace-syncs=10

	waves := []int{o.Leaks * 55 / 100, o.Leaks * 30 / 100}
	waves = append(waves, o.Leaks-waves[0]-waves[1])
	attempt := 0
	for w, n := range waves {
		if w > 0 && !o.Fast {
			// Go prints "[chan send, N minutes]" only for goroutines that have
			// been blocked for a minute or more (since the GC that first saw them
			// blocked), so the waves are a minute apart.
			logf("waiting a minute before wave %d", w+1)
			time.Sleep(61 * time.Second)
		}
		// The runtime stamps a blocked goroutine with the end time of the
		// GC cycle before the one that first sees it blocked: collect now so
		// that this wave is not stamped with the time of the previous one.
		runtime.GC()
		for i := 0; i < n; i++ {
			controller.Enqueue(namespaces[i%len(namespaces)], attempt)
			if (i+1)%len(namespaces) == 0 {
				attempt++
			}
		}
		attempt++
		ok, failed := controller.Wait()
		runtime.GC()
		logf("wave %d: %d DELETE collection calls (total %d ok, %d failed), %d goroutines", w+1, n, ok, failed, runtime.NumGoroutine())
		if w == 0 {
			if err := writeCPUProfile(filepath.Join(o.OutDir, "cpu.pb.gz"), o.CPUProfileDuration, client, host, namespaces); err != nil {
				return err
			}
		}
	}
	return writeProfiles(o.OutDir)
}

// seed stores 4 to 7 ConfigMaps in every namespace.
func seed(ctx context.Context, s storage.Interface, n int) ([]string, int, error) {
	rnd := rand.New(rand.NewSource(1))
	caCert := fakePEM(rnd, 1100)
	var namespaces []string
	objects := 0
	for i := 0; i < n; i++ {
		ns := fmt.Sprintf("ci-run-%05d", 31000+i*7)
		namespaces = append(namespaces, ns)
		count := 4 + rnd.Intn(4)
		for j := 0; j < count; j++ {
			cm := &api.ConfigMap{ObjectMeta: api.ObjectMeta{
				Namespace:       ns,
				UID:             fmt.Sprintf("%08x-%04x-4%03x-8%03x-%012x", rnd.Uint32(), rnd.Intn(1<<16), rnd.Intn(1<<12), rnd.Intn(1<<12), rnd.Int63n(1<<48)),
				ResourceVersion: fmt.Sprint(1000000 + rnd.Intn(9000000)),
			}}
			if j == 0 {
				cm.Name = "kube-root-ca.crt"
				cm.Data = map[string]string{"ca.crt": caCert}
			} else {
				cm.Name = fmt.Sprintf("build-cache-%d", j)
				blob := make([]byte, 3000+rnd.Intn(500))
				rnd.Read(blob)
				index := make([]byte, 600+rnd.Intn(400))
				rnd.Read(index)
				cm.BinaryData = map[string][]byte{"cache.tar.gz": blob, "cache.index": index}
			}
			if err := s.Create(ctx, "/registry/configmaps/"+ns+"/"+cm.Name, cm); err != nil {
				return nil, 0, err
			}
			objects++
		}
	}
	return namespaces, objects, nil
}

func fakePEM(rnd *rand.Rand, size int) string {
	der := make([]byte, size*3/4)
	rnd.Read(der)
	b64 := base64.StdEncoding.EncodeToString(der)
	var sb strings.Builder
	sb.WriteString("-----BEGIN CERTIFICATE-----\n")
	for len(b64) > 64 {
		sb.WriteString(b64[:64] + "\n")
		b64 = b64[64:]
	}
	sb.WriteString(b64 + "\n-----END CERTIFICATE-----\n")
	return sb.String()
}

// startWatch opens a watch on the ConfigMaps of namespace and reads it in the background.
func startWatch(client *http.Client, host, namespace string) error {
	resp, err := client.Get(fmt.Sprintf("http://%s/api/v1/namespaces/%s/configmaps?watch=true", host, namespace))
	if err != nil {
		return err
	}
	go watchConfigMaps(resp.Body)
	return nil
}

func watchConfigMaps(body io.ReadCloser) {
	defer body.Close()
	dec := json.NewDecoder(body)
	for {
		var event map[string]interface{}
		if err := dec.Decode(&event); err != nil {
			return
		}
	}
}

func getConfigMap(client *http.Client, host, namespace, name string) {
	resp, err := client.Get(fmt.Sprintf("http://%s/api/v1/namespaces/%s/configmaps/%s", host, namespace, name))
	if err != nil {
		return
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
}

// writeCPUProfile profiles the server while clients LIST ConfigMaps.
func writeCPUProfile(path string, d time.Duration, client *http.Client, host string, namespaces []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	for c := 0; c < 8; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := c; time.Now().Before(deadline); i += 8 {
				listConfigMaps(client, host, namespaces[i%len(namespaces)])
			}
		}(c)
	}
	wg.Wait()
	pprof.StopCPUProfile()
	logf("wrote %s (%v of CPU profile)", path, d)
	return nil
}

func listConfigMaps(client *http.Client, host, namespace string) {
	resp, err := client.Get(fmt.Sprintf("http://%s/api/v1/namespaces/%s/configmaps", host, namespace))
	if err != nil {
		return
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
}

// writeProfiles writes the heap profile and the goroutine profiles.
func writeProfiles(dir string) error {
	runtime.GC()
	write := func(name string, fn func(io.Writer) error) error {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		if err := fn(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		logf("wrote %s", filepath.Join(dir, name))
		return nil
	}
	goroutines := func(debug int) func(io.Writer) error {
		return func(w io.Writer) error { return pprof.Lookup("goroutine").WriteTo(w, debug) }
	}
	if err := write("heap.pb.gz", pprof.WriteHeapProfile); err != nil {
		return err
	}
	if err := write("goroutines.txt", goroutines(2)); err != nil {
		return err
	}
	if err := write("goroutines-debug1.txt", goroutines(1)); err != nil {
		return err
	}
	return write("goroutine.pb.gz", goroutines(0))
}
