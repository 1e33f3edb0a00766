// Package storage defines the storage interface of the generic registry, like
// k8s.io/apiserver/pkg/storage.
package storage

import (
	"context"
	"errors"
	"fmt"
)

// Object is a stored API object.
type Object interface {
	GetName() string
	GetNamespace() string
}

// ListObject is a list of API objects that the storage can fill.
type ListObject interface {
	NewItem() interface{}
	AppendItem(obj interface{})
	Len() int
	Item(i int) interface{}
	SetResourceVersion(rv string)
}

// Codec encodes objects to and decodes them from their stored form.
type Codec interface {
	Encode(obj interface{}) ([]byte, error)
	Decode(data []byte, into interface{}) error
}

// Interface offers a common interface for object marshaling/unmarshaling
// operations and hides all the storage-related operations behind it.
type Interface interface {
	Create(ctx context.Context, key string, obj interface{}) error
	Get(ctx context.Context, key string, out interface{}) error
	GetList(ctx context.Context, key string, listObj ListObject) error
	Delete(ctx context.Context, key string) error
}

// StorageError is an error of the storage layer.
type StorageError struct {
	Code int
	Key  string
	Err  error
}

const (
	ErrCodeKeyNotFound = iota + 1
	ErrCodeUnreachable
)

func (e *StorageError) Error() string {
	switch e.Code {
	case ErrCodeKeyNotFound:
		return fmt.Sprintf("key not found: %s", e.Key)
	default:
		return fmt.Sprintf("storage error on %s: %v", e.Key, e.Err)
	}
}

func (e *StorageError) Unwrap() error { return e.Err }

// IsNotFound returns true if err is a key-not-found error.
func IsNotFound(err error) bool {
	var se *StorageError
	return errors.As(err, &se) && se.Code == ErrCodeKeyNotFound
}

// NewKeyNotFoundError returns a key-not-found error.
func NewKeyNotFoundError(key string) error {
	return &StorageError{Code: ErrCodeKeyNotFound, Key: key}
}

// NewUnreachableError returns an error for a storage backend that did not answer.
func NewUnreachableError(key string, err error) error {
	return &StorageError{Code: ErrCodeUnreachable, Key: key, Err: err}
}

type protobufCodec struct{}

type marshaler interface{ Marshal() ([]byte, error) }
type unmarshaler interface{ Unmarshal([]byte) error }

// ProtobufCodec stores objects in their protobuf encoding, as kube-apiserver
// does for built-in types.
var ProtobufCodec Codec = protobufCodec{}

func (protobufCodec) Encode(obj interface{}) ([]byte, error) {
	m, ok := obj.(marshaler)
	if !ok {
		return nil, fmt.Errorf("%T is not a protobuf message", obj)
	}
	return m.Marshal()
}

func (protobufCodec) Decode(data []byte, into interface{}) error {
	u, ok := into.(unmarshaler)
	if !ok {
		return fmt.Errorf("%T is not a protobuf message", into)
	}
	return u.Unmarshal(data)
}
