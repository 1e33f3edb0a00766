// A small reproduction of a kube-apiserver incident, laid out like the
// Kubernetes repository: the real code of the k8s.io/* libraries lives in
// staging/src/k8s.io/*, and vendor/k8s.io/* are symlinks to it.
module k8s.io/kubernetes

go 1.19

require (
	k8s.io/api v0.0.0
	k8s.io/apiserver v0.0.0
	k8s.io/client-go v0.0.0
)

replace (
	k8s.io/api => ./staging/src/k8s.io/api
	k8s.io/apiserver => ./staging/src/k8s.io/apiserver
	k8s.io/client-go => ./staging/src/k8s.io/client-go
)
