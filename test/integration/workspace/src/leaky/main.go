package leaky

import "time"

// Main keeps the process alive so the leak accumulates.
func Main() {
	d := &Dispatcher{results: make(chan error)}
	Start(d, make([]string, 20))
	for {
		time.Sleep(time.Minute)
	}
}
