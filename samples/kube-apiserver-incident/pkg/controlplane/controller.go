// Package controlplane holds the controllers kube-apiserver runs itself.
package controlplane

import (
	"context"
	"time"
)

// Controller is the controller manager for the core bootstrap Kubernetes
// controller loops (the "kubernetes" service and its endpoints).
type Controller struct {
	EndpointInterval time.Duration
	reconciles       int
}

// Start begins the core controller loops that must exist for bootstrapping
// a cluster.
func (c *Controller) Start(ctx context.Context) {
	go c.RunKubernetesService(ctx)
}

// RunKubernetesService periodically updates the kubernetes service.
func (c *Controller) RunKubernetesService(ctx context.Context) {
	for ctx.Err() == nil {
		c.UpdateKubernetesService()
		time.Sleep(c.EndpointInterval)
	}
}

// UpdateKubernetesService reconciles the kubernetes service and its endpoints.
func (c *Controller) UpdateKubernetesService() {
	c.reconciles++
}
