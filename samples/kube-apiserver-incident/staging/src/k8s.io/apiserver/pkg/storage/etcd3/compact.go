package etcd3

import (
	"context"
	"time"
)

// StartCompactor starts a compactor that compacts the key space every
// interval, like the one kube-apiserver runs against etcd.
func StartCompactor(ctx context.Context, s Store, interval time.Duration) {
	go compactor(ctx, s, interval)
}

func compactor(ctx context.Context, s Store, interval time.Duration) {
	var compactTime int64
	for {
		time.Sleep(interval)
		if ctx.Err() != nil {
			return
		}
		compactTime = compact(ctx, s, compactTime)
	}
}

func compact(ctx context.Context, s Store, t int64) int64 {
	st := s.(*store)
	st.mu.RLock()
	defer st.mu.RUnlock()
	return st.rev
}
