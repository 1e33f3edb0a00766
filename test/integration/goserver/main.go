// A tiny Go program for the capture integration tests: it serves net/http/pprof on
// 127.0.0.1 (stdlib only), keeps a few goroutines parked and a little CPU busy so the
// profiles have content, and adds handlers that fail in the ways the tests need.
// With -tls-dir it also serves https that wants a client certificate (tls.go).
// It prints "listening on 127.0.0.1:PORT" once it accepts connections and exits when its
// stdin closes, so it never outlives the test that started it.
package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"strings"
	"time"
)

var retained [][]byte

func parkedWorker(ch chan struct{}) { <-ch }

func burnCPU() {
	x := 0
	for {
		for i := 0; i < 1e6; i++ {
			x += i * i
		}
		if x == 42 {
			fmt.Println(x)
		}
		time.Sleep(time.Millisecond)
	}
}

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "listen address")
	token := flag.String("token", "s3cret-token", "bearer token that /auth/ requires")
	tlsDir := flag.String("tls-dir", "", "if set, also serve https with client certificates; PEMs go here")
	burn := flag.Bool("burn-cpu", true, "keep a little CPU busy (off for many replicas on a small machine)")
	flag.Parse()
	startLeak()

	block := make(chan struct{})
	for i := 0; i < 5; i++ {
		go parkedWorker(block)
	}
	for i := 0; i < 64; i++ {
		retained = append(retained, make([]byte, 64<<10))
	}
	if *burn {
		go burnCPU()
	}

	// /fail/...: every capture fails with HTTP 500 and a two-line body.
	http.HandleFunc("/fail/", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "profiling is disabled on this replica\nsecond line that must not show", http.StatusInternalServerError)
	})
	// /html/...: a 200 answer that is not a profile (a login page, a proxy's error page).
	http.HandleFunc("/html/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<!DOCTYPE html>\n<html><body>Please log in</body></html>\n")
	})
	// /slow/...: answers after 30 s, for the timeout test.
	http.HandleFunc("/slow/", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(30 * time.Second):
		case <-r.Context().Done():
		}
	})
	// /auth/debug/pprof/...: the pprof handlers behind a bearer token, like a kube-apiserver.
	http.HandleFunc("/auth/", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+*token {
			http.Error(w, "Unauthorized", http.StatusUnauthorized)
			return
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path = strings.TrimPrefix(r.URL.Path, "/auth")
		http.DefaultServeMux.ServeHTTP(w, r2)
	})

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	go func() {
		io.Copy(io.Discard, os.Stdin)
		os.Exit(0)
	}()
	if *tlsDir != "" {
		fmt.Printf("tls listening on %s\n", serveTLS(*tlsDir))
	}
	fmt.Printf("listening on %s\n", ln.Addr().String())
	if err := http.Serve(ln, nil); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
