// Package registry is a stand-in for
// k8s.io/apiserver/pkg/registry/generic/registry: the generic Store that
// implements the REST verbs of a resource on top of a storage.Interface.
//
// Store.DeleteCollection reproduces a goroutine leak of kube-apiserver: when a
// delete fails (for example etcd answers "request timed out"), the workers
// return early, nobody reads toProcess any more, and the goroutine that feeds
// it blocks forever on `toProcess <- i`, keeping the whole listed collection
// reachable.
package registry

import (
	"context"
	"fmt"
	"sync"

	genericapirequest "k8s.io/apiserver/pkg/endpoints/request"
	"k8s.io/apiserver/pkg/registry/rest"
	"k8s.io/apiserver/pkg/storage"
	"k8s.io/apiserver/pkg/storage/cacher"
)

// Store implements rest.StandardStorage. It's intended to be embeddable and
// allows the consumer to implement any non-generic functions that are
// required.
type Store struct {
	// NewFunc returns a new instance of the type this registry returns for a
	// GET of a single object.
	NewFunc func() interface{}

	// NewListFunc returns a new list of the type this registry returns for a
	// list.
	NewListFunc func() storage.ListObject

	// DefaultQualifiedResource is the pluralized name of the resource.
	DefaultQualifiedResource string

	// KeyRootFunc returns the root etcd key for this resource; should not
	// include trailing "/".
	KeyRootFunc func(ctx context.Context) string

	// KeyFunc returns the key for a specific object in the collection.
	KeyFunc func(ctx context.Context, name string) (string, error)

	// DeleteCollectionWorkers is the maximum number of workers in a single
	// DeleteCollection call. Delete requests for the items in a collection
	// are issued in parallel.
	DeleteCollectionWorkers int

	// Storage is the interface for the underlying storage for the
	// resource.
	Storage storage.Interface

	// Cacher serves reads and watches from the watch cache.
	Cacher *cacher.Cacher
}

var _ rest.StandardStorage = &Store{}

// New implements RESTStorage.New.
func (e *Store) New() interface{} {
	return e.NewFunc()
}

// NewList implements rest.Lister.
func (e *Store) NewList() storage.ListObject {
	return e.NewListFunc()
}

// NamespaceKeyRootFunc is the default function for constructing storage paths
// to resource directories enforcing namespace rules.
func NamespaceKeyRootFunc(ctx context.Context, prefix string) string {
	key := prefix
	ns := genericapirequest.NamespaceValue(ctx)
	if len(ns) > 0 {
		key = key + "/" + ns
	}
	return key
}

// NamespaceKeyFunc is the default function for constructing storage paths to
// a resource relative to the given prefix enforcing namespace rules.
func NamespaceKeyFunc(ctx context.Context, prefix string, name string) (string, error) {
	key := NamespaceKeyRootFunc(ctx, prefix)
	ns := genericapirequest.NamespaceValue(ctx)
	if len(ns) == 0 {
		return "", fmt.Errorf("namespace parameter required")
	}
	if len(name) == 0 {
		return "", fmt.Errorf("name parameter required")
	}
	return key + "/" + name, nil
}

// List returns a list of items matching labels and field according to the
// store's PredicateFunc.
func (e *Store) List(ctx context.Context, options *rest.ListOptions) (storage.ListObject, error) {
	list := e.NewListFunc()
	if err := e.Storage.GetList(ctx, e.KeyRootFunc(ctx), list); err != nil {
		return nil, err
	}
	return list, nil
}

// Get retrieves the item from storage.
func (e *Store) Get(ctx context.Context, name string) (interface{}, error) {
	obj := e.NewFunc()
	key, err := e.KeyFunc(ctx, name)
	if err != nil {
		return nil, err
	}
	if err := e.Cacher.Get(ctx, key, obj); err != nil {
		return nil, err
	}
	return obj, nil
}

// Watch makes a matcher for the given label and field, and calls
// WatchPredicate.
func (e *Store) Watch(ctx context.Context, options *rest.ListOptions) (rest.Watch, error) {
	return e.Cacher.Watch(ctx, e.KeyRootFunc(ctx)), nil
}

// Delete removes the item from storage.
func (e *Store) Delete(ctx context.Context, name string, options *rest.DeleteOptions) (interface{}, bool, error) {
	key, err := e.KeyFunc(ctx, name)
	if err != nil {
		return nil, false, err
	}
	obj := e.NewFunc()
	if err := e.Storage.Delete(ctx, key); err != nil {
		return nil, false, err
	}
	return obj, true, nil
}

// DeleteCollection removes all items returned by List with a given ListOptions from storage.
//
// DeleteCollection is currently NOT atomic. It can happen that only subset of objects
// will be deleted from storage, and then an error will be returned.
// In case of success, the list of deleted objects will be returned.
func (e *Store) DeleteCollection(ctx context.Context, options *rest.DeleteOptions, listOptions *rest.ListOptions) (storage.ListObject, error) {
	if listOptions == nil {
		listOptions = &rest.ListOptions{}
	}
	listObj, err := e.List(ctx, listOptions)
	if err != nil {
		return nil, err
	}
	items := make([]storage.Object, listObj.Len())
	for i := range items {
		items[i] = listObj.Item(i).(storage.Object)
	}
	if len(items) == 0 {
		// Nothing to delete, return now
		return listObj, nil
	}
	// Spawn a number of goroutines, so that we can issue requests to storage
	// in parallel to speed up deletion.
	// It is proportional to the number of items to delete, up to
	// DeleteCollectionWorkers (it doesn't make much sense to spawn 16
	// workers to delete 10 items).
	workersNumber := e.DeleteCollectionWorkers
	if workersNumber > len(items) {
		workersNumber = len(items)
	}
	if workersNumber < 1 {
		workersNumber = 1
	}
	wg := sync.WaitGroup{}
	toProcess := make(chan int, 2*workersNumber)
	errs := make(chan error, workersNumber+1)

	go func() {
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("DeleteCollection distributor panicked with %d items to process: %v", len(items), r)
			}
		}()
		for i := 0; i < len(items); i++ {
			toProcess <- i // BUG: blocks forever once every worker has returned on an error
		}
		close(toProcess)
	}()

	wg.Add(workersNumber)
	for i := 0; i < workersNumber; i++ {
		go func() {
			// panics don't cross goroutine boundaries
			defer func() {
				if r := recover(); r != nil {
					errs <- fmt.Errorf("DeleteCollection goroutine panicked: %v", r)
				}
			}()
			defer wg.Done()

			for index := range toProcess {
				name := items[index].GetName()
				if _, _, err := e.Delete(ctx, name, options); err != nil && !storage.IsNotFound(err) {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	select {
	case err := <-errs:
		return nil, err
	default:
		return listObj, nil
	}
}
