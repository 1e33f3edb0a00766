// Package request carries request-scoped values (namespace, request info)
// through a context, like k8s.io/apiserver/pkg/endpoints/request.
package request

import "context"

type key int

const (
	namespaceKey key = iota
	requestInfoKey
)

// RequestInfo describes the resource a request is about.
type RequestInfo struct {
	Verb      string
	Namespace string
	Resource  string
	Name      string
}

// WithNamespace returns a copy of parent in which the namespace value is set.
func WithNamespace(parent context.Context, namespace string) context.Context {
	return context.WithValue(parent, namespaceKey, namespace)
}

// NamespaceValue returns the value of the namespace key on the ctx, or "".
func NamespaceValue(ctx context.Context) string {
	ns, _ := ctx.Value(namespaceKey).(string)
	return ns
}

// WithRequestInfo returns a copy of parent in which the request info is set.
func WithRequestInfo(parent context.Context, info *RequestInfo) context.Context {
	return context.WithValue(parent, requestInfoKey, info)
}

// RequestInfoFrom returns the request info of the ctx, if any.
func RequestInfoFrom(ctx context.Context) (*RequestInfo, bool) {
	info, ok := ctx.Value(requestInfoKey).(*RequestInfo)
	return info, ok
}
