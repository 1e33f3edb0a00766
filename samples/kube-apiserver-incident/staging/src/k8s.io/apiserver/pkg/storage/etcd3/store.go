// Package etcd3 is a stand-in for k8s.io/apiserver/pkg/storage/etcd3. Instead
// of talking to etcd it keeps the key space in memory, but it stores objects
// in their encoded form and decodes them on every read, as the real store
// does, and it can be told to fail like an overloaded etcd cluster.
package etcd3

import (
	"context"
	"errors"
	"io"
	"net"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"k8s.io/apiserver/pkg/storage"
)

// ErrTimeout is what etcd answers when it cannot commit a proposal in time.
var ErrTimeout = errors.New("etcdserver: request timed out")

type keyValue struct {
	key   string
	value []byte
	rev   int64
}

type store struct {
	mu       sync.RWMutex
	kvs      map[string]*keyValue
	keys     []string // sorted
	rev      int64
	codec    storage.Codec
	endpoint string

	// overloaded makes every write fail with ErrTimeout.
	overloaded int32
}

// Store is the storage.Interface implementation of this package.
type Store interface {
	storage.Interface
	// SetOverloaded makes writes fail with "etcdserver: request timed out".
	SetOverloaded(bool)
	// OpenSnapshot opens a stream of the key space under key from the etcd member.
	OpenSnapshot(ctx context.Context, key string) (io.ReadCloser, error)
}

// New returns a store that encodes objects with codec. endpoint is the
// address of the etcd member that serves snapshots.
func New(codec storage.Codec, endpoint string) Store {
	return &store{kvs: map[string]*keyValue{}, codec: codec, endpoint: endpoint}
}

func (s *store) SetOverloaded(v bool) {
	var i int32
	if v {
		i = 1
	}
	atomic.StoreInt32(&s.overloaded, i)
}

// Create implements storage.Interface.Create.
func (s *store) Create(ctx context.Context, key string, obj interface{}) error {
	data, err := s.codec.Encode(obj)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rev++
	if _, ok := s.kvs[key]; !ok {
		i := sort.SearchStrings(s.keys, key)
		s.keys = append(s.keys, "")
		copy(s.keys[i+1:], s.keys[i:])
		s.keys[i] = key
	}
	s.kvs[key] = &keyValue{key: key, value: data, rev: s.rev}
	return nil
}

// Get implements storage.Interface.Get.
func (s *store) Get(ctx context.Context, key string, out interface{}) error {
	s.mu.RLock()
	kv, ok := s.kvs[key]
	s.mu.RUnlock()
	if !ok {
		return storage.NewKeyNotFoundError(key)
	}
	return decode(s.codec, kv.value, out)
}

// GetList implements storage.Interface.GetList: it reads every key under
// the prefix and decodes each value into a new list item.
func (s *store) GetList(ctx context.Context, key string, listObj storage.ListObject) error {
	if key[len(key)-1] != '/' {
		key += "/"
	}
	s.mu.RLock()
	var kvs []*keyValue
	for i := sort.SearchStrings(s.keys, key); i < len(s.keys); i++ {
		if len(s.keys[i]) < len(key) || s.keys[i][:len(key)] != key {
			break
		}
		kvs = append(kvs, s.kvs[s.keys[i]])
	}
	rev := s.rev
	s.mu.RUnlock()

	for _, kv := range kvs {
		if err := appendListItem(listObj, kv.value, s.codec); err != nil {
			return err
		}
	}
	listObj.SetResourceVersion(strconv.FormatInt(rev, 10))
	return nil
}

// appendListItem decodes and appends the object (if it passes filter) to v, which must be a slice.
func appendListItem(listObj storage.ListObject, data []byte, codec storage.Codec) error {
	obj := listObj.NewItem()
	if err := decode(codec, data, obj); err != nil {
		return err
	}
	listObj.AppendItem(obj)
	return nil
}

func decode(codec storage.Codec, value []byte, objPtr interface{}) error {
	return codec.Decode(value, objPtr)
}

// Delete implements storage.Interface.Delete.
func (s *store) Delete(ctx context.Context, key string) error {
	if atomic.LoadInt32(&s.overloaded) != 0 {
		// The real client waits for the proposal to time out; keep it short here.
		select {
		case <-time.After(time.Millisecond):
		case <-ctx.Done():
			return ctx.Err()
		}
		return storage.NewUnreachableError(key, ErrTimeout)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.kvs[key]; !ok {
		return storage.NewKeyNotFoundError(key)
	}
	delete(s.kvs, key)
	i := sort.SearchStrings(s.keys, key)
	s.keys = append(s.keys[:i], s.keys[i+1:]...)
	s.rev++
	return nil
}

// OpenSnapshot asks the etcd member for a snapshot of the key space under key.
func (s *store) OpenSnapshot(ctx context.Context, key string) (io.ReadCloser, error) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", s.endpoint)
	if err != nil {
		return nil, err
	}
	if _, err := io.WriteString(conn, "SNAPSHOT "+key+"\n"); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}
