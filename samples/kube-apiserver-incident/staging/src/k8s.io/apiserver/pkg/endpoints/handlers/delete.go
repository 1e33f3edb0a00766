package handlers

import (
	"net/http"

	"k8s.io/apiserver/pkg/registry/rest"
)

// DeleteCollection returns a function that will handle a collection deletion.
func DeleteCollection(r rest.CollectionDeleter) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		ctx := req.Context()
		listOptions := &rest.ListOptions{LabelSelector: req.URL.Query().Get("labelSelector")}
		options := &rest.DeleteOptions{PropagationPolicy: "Background"}
		result, err := r.DeleteCollection(ctx, options, listOptions)
		if err != nil {
			writeError(w, err)
			return
		}
		writeObject(w, http.StatusOK, result)
	}
}
