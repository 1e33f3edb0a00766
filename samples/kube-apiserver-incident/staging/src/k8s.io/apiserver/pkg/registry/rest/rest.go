// Package rest defines the interfaces a resource's storage offers to the
// HTTP handlers, like k8s.io/apiserver/pkg/registry/rest.
package rest

import (
	"context"

	"k8s.io/apiserver/pkg/storage"
	"k8s.io/apiserver/pkg/storage/cacher"
)

// ListOptions selects the objects of a list, watch or delete-collection call.
type ListOptions struct {
	LabelSelector   string
	ResourceVersion string
}

// DeleteOptions may be provided when deleting an API object.
type DeleteOptions struct {
	GracePeriodSeconds *int64
	PropagationPolicy  string
}

// Getter is an object that can retrieve a named object.
type Getter interface {
	Get(ctx context.Context, name string) (interface{}, error)
}

// Lister is an object that can list the objects of a namespace.
type Lister interface {
	List(ctx context.Context, options *ListOptions) (storage.ListObject, error)
}

// Watcher is an object that can watch the objects of a namespace.
type Watcher interface {
	Watch(ctx context.Context, options *ListOptions) (Watch, error)
}

// Watch is a running watch.
type Watch interface {
	ResultChan() <-chan cacher.Event
	Stop()
}

// GracefulDeleter deletes one object.
type GracefulDeleter interface {
	Delete(ctx context.Context, name string, options *DeleteOptions) (interface{}, bool, error)
}

// CollectionDeleter deletes all the objects of a list.
type CollectionDeleter interface {
	DeleteCollection(ctx context.Context, options *DeleteOptions, listOptions *ListOptions) (storage.ListObject, error)
}

// StandardStorage is the interface of a resource that supports all the verbs.
type StandardStorage interface {
	Getter
	Lister
	Watcher
	GracefulDeleter
	CollectionDeleter
}
