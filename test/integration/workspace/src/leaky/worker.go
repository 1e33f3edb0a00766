package leaky

// Dispatcher hands results to a channel nobody reads once the caller gave up.
type Dispatcher struct{ results chan error }

func (d *Dispatcher) send(err error) {
	d.results <- err // blocks forever: the reader returned early
}

// Start launches one goroutine per item.
func Start(d *Dispatcher, items []string) {
	for range items {
		go d.send(nil)
	}
}
