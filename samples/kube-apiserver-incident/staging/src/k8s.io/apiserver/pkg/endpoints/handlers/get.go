package handlers

import (
	"net/http"

	"k8s.io/apiserver/pkg/registry/rest"
)

// GetResource returns a function that handles retrieving a single resource.
func GetResource(r rest.Getter, name string) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		obj, err := r.Get(req.Context(), name)
		if err != nil {
			writeError(w, err)
			return
		}
		writeObject(w, http.StatusOK, obj)
	}
}

// ListResource returns a function that handles retrieving a list of resources.
func ListResource(r rest.Lister) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		list, err := r.List(req.Context(), &rest.ListOptions{})
		if err != nil {
			writeError(w, err)
			return
		}
		writeObject(w, http.StatusOK, list)
	}
}
