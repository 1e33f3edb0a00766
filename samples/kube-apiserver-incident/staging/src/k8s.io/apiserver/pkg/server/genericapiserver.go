// Package server is a stand-in for k8s.io/apiserver/pkg/server: the generic
// API server that serves the installed resources over HTTP and runs the
// post-start hooks.
package server

import (
	"context"
	"net"
	"net/http"
	"sync"
	"time"
)

// PostStartHookFunc is run after the server starts listening.
type PostStartHookFunc func(ctx context.Context) error

type postStartHookEntry struct {
	name string
	hook PostStartHookFunc
	done chan struct{}
}

// GenericAPIServer contains state for a Kubernetes cluster api server.
type GenericAPIServer struct {
	Handler *APIServerHandler

	postStartHooks      []postStartHookEntry
	postStartHooksReady chan struct{}

	listener net.Listener
	server   *http.Server
}

// New returns a server with an empty handler.
func New() *GenericAPIServer {
	return &GenericAPIServer{
		Handler:             NewAPIServerHandler(),
		postStartHooksReady: make(chan struct{}),
	}
}

// AddPostStartHook allows you to add a PostStartHook.
func (s *GenericAPIServer) AddPostStartHook(name string, hook PostStartHookFunc) {
	s.postStartHooks = append(s.postStartHooks, postStartHookEntry{name: name, hook: hook, done: make(chan struct{})})
}

// Run listens on 127.0.0.1 (a free port), serves, runs the post-start hooks
// and returns the address it listens on.
func (s *GenericAPIServer) Run(ctx context.Context) (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	s.listener = ln
	s.server = &http.Server{
		Handler:           s.Handler,
		ReadHeaderTimeout: 30 * time.Second,
		IdleTimeout:       90 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	go func() {
		_ = s.server.Serve(ln)
	}()
	s.RunPostStartHooks(ctx)
	return ln.Addr().String(), nil
}

// RunPostStartHooks runs the PostStartHooks for the server.
func (s *GenericAPIServer) RunPostStartHooks(ctx context.Context) {
	var wg sync.WaitGroup
	for _, entry := range s.postStartHooks {
		wg.Add(1)
		go runPostStartHook(ctx, entry, &wg)
	}
	go func() {
		wg.Wait()
		close(s.postStartHooksReady)
	}()
}

func runPostStartHook(ctx context.Context, entry postStartHookEntry, wg *sync.WaitGroup) {
	defer wg.Done()
	defer close(entry.done)
	_ = entry.hook(ctx)
}

// Shutdown stops the HTTP server.
func (s *GenericAPIServer) Shutdown(ctx context.Context) error {
	return s.server.Shutdown(ctx)
}
