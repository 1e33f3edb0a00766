// Package storage wires the ConfigMap resource to the generic registry, like
// k8s.io/kubernetes/pkg/registry/core/configmap/storage.
package storage

import (
	"context"

	api "k8s.io/api/core/v1"
	genericregistry "k8s.io/apiserver/pkg/registry/generic/registry"
	"k8s.io/apiserver/pkg/storage"
	"k8s.io/apiserver/pkg/storage/cacher"
	"k8s.io/apiserver/pkg/storage/etcd3"
)

// REST implements a RESTStorage for ConfigMap.
type REST struct {
	*genericregistry.Store
}

// NewREST returns a RESTStorage object that will work with ConfigMap objects.
// deleteCollectionWorkers is --delete-collection-workers (default 1).
func NewREST(s etcd3.Store, deleteCollectionWorkers int) *REST {
	prefix := "/registry/configmaps"
	store := &genericregistry.Store{
		NewFunc:                  func() interface{} { return &api.ConfigMap{} },
		NewListFunc:              func() storage.ListObject { return &api.ConfigMapList{} },
		DefaultQualifiedResource: "configmaps",
		KeyRootFunc: func(ctx context.Context) string {
			return genericregistry.NamespaceKeyRootFunc(ctx, prefix)
		},
		KeyFunc: func(ctx context.Context, name string) (string, error) {
			return genericregistry.NamespaceKeyFunc(ctx, prefix, name)
		},
		DeleteCollectionWorkers: deleteCollectionWorkers,
		Storage:                 s,
		Cacher:                  cacher.NewCacher(s, "configmaps"),
	}
	return &REST{store}
}
