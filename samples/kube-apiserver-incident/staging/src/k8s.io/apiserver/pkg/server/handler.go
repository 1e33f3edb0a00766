package server

import (
	"context"
	"net/http"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	"k8s.io/apiserver/pkg/endpoints/handlers"
	genericapirequest "k8s.io/apiserver/pkg/endpoints/request"
	"k8s.io/apiserver/pkg/registry/rest"
)

// APIServerHandler routes /api/v1/namespaces/{namespace}/{resource}[/{name}]
// to the REST handlers of the installed resources.
type APIServerHandler struct {
	mu        sync.RWMutex
	resources map[string]rest.StandardStorage
}

// NewAPIServerHandler returns an empty handler.
func NewAPIServerHandler() *APIServerHandler {
	return &APIServerHandler{resources: map[string]rest.StandardStorage{}}
}

// InstallREST serves resource from storage.
func (a *APIServerHandler) InstallREST(resource string, storage rest.StandardStorage) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.resources[resource] = storage
}

// ServeHTTP implements http.Handler.
func (a *APIServerHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	info, ok := parseRequestInfo(req)
	if !ok {
		if req.URL.Path == "/healthz" {
			w.Write([]byte("ok"))
			return
		}
		http.NotFound(w, req)
		return
	}
	a.mu.RLock()
	storage, ok := a.resources[info.Resource]
	a.mu.RUnlock()
	if !ok {
		http.NotFound(w, req)
		return
	}
	var h http.HandlerFunc
	switch info.Verb {
	case "get":
		h = handlers.GetResource(storage, info.Name)
	case "list":
		h = handlers.ListResource(storage)
	case "watch":
		h = handlers.ListAndWatch(storage, 30*time.Minute)
	case "deletecollection":
		h = handlers.DeleteCollection(storage)
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	ctx := genericapirequest.WithNamespace(req.Context(), info.Namespace)
	ctx = genericapirequest.WithRequestInfo(ctx, info)
	// Label the goroutine (and every goroutine it starts) so that CPU and
	// goroutine profiles can be split by verb and resource.
	pprof.Do(ctx, pprof.Labels("verb", info.Verb, "resource", info.Resource), func(ctx context.Context) {
		h.ServeHTTP(w, req.WithContext(ctx))
	})
}

func parseRequestInfo(req *http.Request) (*genericapirequest.RequestInfo, bool) {
	parts := strings.Split(strings.Trim(req.URL.Path, "/"), "/")
	if len(parts) < 5 || parts[0] != "api" || parts[1] != "v1" || parts[2] != "namespaces" {
		return nil, false
	}
	info := &genericapirequest.RequestInfo{Namespace: parts[3], Resource: parts[4]}
	if len(parts) > 5 {
		info.Name = parts[5]
	}
	switch {
	case req.Method == http.MethodGet && req.URL.Query().Get("watch") == "true":
		info.Verb = "watch"
	case req.Method == http.MethodGet && info.Name != "":
		info.Verb = "get"
	case req.Method == http.MethodGet:
		info.Verb = "list"
	case req.Method == http.MethodDelete && info.Name == "":
		info.Verb = "deletecollection"
	case req.Method == http.MethodDelete:
		info.Verb = "delete"
	}
	return info, true
}
