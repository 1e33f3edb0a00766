package handlers

import (
	"encoding/json"
	"net/http"
	"time"

	"k8s.io/apiserver/pkg/registry/rest"
)

// ListAndWatch serves a watch: it streams the events of the watcher as JSON
// lines until the client goes away or the timeout passes.
func ListAndWatch(r rest.Watcher, timeout time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		watcher, err := r.Watch(req.Context(), &rest.ListOptions{})
		if err != nil {
			writeError(w, err)
			return
		}
		server := &WatchServer{Watching: watcher, Timeout: timeout}
		server.ServeHTTP(w, req)
	}
}

// WatchServer serves a watch.Interface over HTTP.
type WatchServer struct {
	Watching rest.Watch
	Timeout  time.Duration
}

// ServeHTTP serves a series of encoded events via HTTP with Transfer-Encoding: chunked.
func (s *WatchServer) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	defer s.Watching.Stop()
	flusher, _ := w.(http.Flusher)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Transfer-Encoding", "chunked")
	w.WriteHeader(http.StatusOK)
	if flusher != nil {
		flusher.Flush()
	}
	timeoutCh := time.After(s.Timeout)
	enc := json.NewEncoder(w)
	ch := s.Watching.ResultChan()
	for {
		select {
		case <-req.Context().Done():
			return
		case <-timeoutCh:
			return
		case event, ok := <-ch:
			if !ok {
				return
			}
			if err := enc.Encode(event); err != nil {
				return
			}
			if flusher != nil {
				flusher.Flush()
			}
		}
	}
}
