// Package handlers holds the HTTP handlers of the REST verbs, like
// k8s.io/apiserver/pkg/endpoints/handlers.
package handlers

import (
	"encoding/json"
	"net/http"
)

// Status is the body of an error response.
type Status struct {
	Kind    string `json:"kind"`
	Status  string `json:"status"`
	Message string `json:"message"`
	Code    int    `json:"code"`
}

func writeObject(w http.ResponseWriter, code int, obj interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	_ = enc.Encode(obj)
}

func writeError(w http.ResponseWriter, err error) {
	writeObject(w, http.StatusInternalServerError, &Status{
		Kind: "Status", Status: "Failure", Message: err.Error(), Code: http.StatusInternalServerError,
	})
}
