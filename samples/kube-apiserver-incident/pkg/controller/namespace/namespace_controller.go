// Package namespace is a stand-in for the namespace controller of
// kube-controller-manager: for every namespace being deleted it deletes the
// content of the namespace with DELETE collection calls, and retries when
// that fails.
package namespace

import (
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"

	"k8s.io/client-go/util/workqueue"
)

// NamespaceController is responsible for performing actions dependent upon a
// namespace phase.
type NamespaceController struct {
	host   string
	client *http.Client
	queue  workqueue.Interface

	pending   sync.WaitGroup
	succeeded int64
	failed    int64
}

// deletion is one attempt at emptying a namespace.
type deletion struct {
	namespace string
	attempt   int
}

// NewNamespaceController creates a controller that talks to the API server at host.
func NewNamespaceController(host string, client *http.Client) *NamespaceController {
	return &NamespaceController{host: host, client: client, queue: workqueue.New()}
}

// Run starts the workers; they run until the queue shuts down.
func (nm *NamespaceController) Run(workers int) {
	for i := 0; i < workers; i++ {
		go nm.worker()
	}
}

// Enqueue schedules attempt number attempt at emptying namespace.
func (nm *NamespaceController) Enqueue(namespace string, attempt int) {
	nm.pending.Add(1)
	nm.queue.Add(deletion{namespace: namespace, attempt: attempt})
}

// Wait waits for every enqueued attempt and returns how many failed.
func (nm *NamespaceController) Wait() (succeeded, failed int64) {
	nm.pending.Wait()
	return atomic.LoadInt64(&nm.succeeded), atomic.LoadInt64(&nm.failed)
}

// worker processes the queue of namespace objects.
// Each namespace can be in the queue at most once.
func (nm *NamespaceController) worker() {
	workFunc := func() bool {
		key, quit := nm.queue.Get()
		if quit {
			return true
		}
		defer nm.queue.Done(key)
		defer nm.pending.Done()

		if err := nm.syncNamespaceFromKey(key.(deletion)); err != nil {
			atomic.AddInt64(&nm.failed, 1)
		} else {
			atomic.AddInt64(&nm.succeeded, 1)
		}
		return false
	}
	for {
		if quit := workFunc(); quit {
			return
		}
	}
}

func (nm *NamespaceController) syncNamespaceFromKey(d deletion) error {
	return nm.deleteAllContentForGroupVersionResource(d.namespace, "configmaps")
}

// deleteAllContentForGroupVersionResource deletes all the content of the
// given resource in the namespace with one DELETE collection call.
func (nm *NamespaceController) deleteAllContentForGroupVersionResource(namespace, resource string) error {
	url := fmt.Sprintf("http://%s/api/v1/namespaces/%s/%s", nm.host, namespace, resource)
	req, err := http.NewRequest(http.MethodDelete, url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "kube-controller-manager/v1.19.0 (linux/amd64) kubernetes/namespace-controller")
	resp, err := nm.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("delete collection %s in %s: %s: %s", resource, namespace, resp.Status, body)
	}
	return nil
}
