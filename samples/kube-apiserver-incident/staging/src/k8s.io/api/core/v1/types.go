// Package v1 is a trimmed-down stand-in for k8s.io/api/core/v1: just enough
// of ConfigMap to reproduce the kube-apiserver incident in this sample.
package v1

// ObjectMeta is the subset of metav1.ObjectMeta this sample needs.
type ObjectMeta struct {
	Name            string            `json:"name,omitempty" protobuf:"bytes,1,opt,name=name"`
	Namespace       string            `json:"namespace,omitempty" protobuf:"bytes,3,opt,name=namespace"`
	UID             string            `json:"uid,omitempty" protobuf:"bytes,5,opt,name=uid"`
	ResourceVersion string            `json:"resourceVersion,omitempty" protobuf:"bytes,6,opt,name=resourceVersion"`
	Labels          map[string]string `json:"labels,omitempty" protobuf:"bytes,11,rep,name=labels"`
	Annotations     map[string]string `json:"annotations,omitempty" protobuf:"bytes,12,rep,name=annotations"`
}

// ConfigMap holds configuration data for pods to consume.
type ConfigMap struct {
	ObjectMeta `json:"metadata,omitempty" protobuf:"bytes,1,opt,name=metadata"`

	// Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated.
	Immutable *bool `json:"immutable,omitempty" protobuf:"varint,4,opt,name=immutable"`

	// Data contains the configuration data (UTF-8 strings).
	Data map[string]string `json:"data,omitempty" protobuf:"bytes,2,rep,name=data"`

	// BinaryData contains the binary data.
	BinaryData map[string][]byte `json:"binaryData,omitempty" protobuf:"bytes,3,rep,name=binaryData"`
}

// ConfigMapList is a resource containing a list of ConfigMap objects.
type ConfigMapList struct {
	ResourceVersion string      `json:"resourceVersion,omitempty" protobuf:"bytes,1,opt,name=resourceVersion"`
	Items           []ConfigMap `json:"items" protobuf:"bytes,2,rep,name=items"`
}

// GetName returns the object's name.
func (m *ObjectMeta) GetName() string { return m.Name }

// GetNamespace returns the object's namespace.
func (m *ObjectMeta) GetNamespace() string { return m.Namespace }

// NewItem returns an empty ConfigMap to decode a list item into.
func (m *ConfigMapList) NewItem() interface{} { return &ConfigMap{} }

// AppendItem appends a decoded ConfigMap to the list.
func (m *ConfigMapList) AppendItem(obj interface{}) {
	m.Items = append(m.Items, *obj.(*ConfigMap))
}

// Len returns the number of items.
func (m *ConfigMapList) Len() int { return len(m.Items) }

// Item returns a pointer to item i.
func (m *ConfigMapList) Item(i int) interface{} { return &m.Items[i] }

// SetResourceVersion sets the list's resource version.
func (m *ConfigMapList) SetResourceVersion(rv string) { m.ResourceVersion = rv }
