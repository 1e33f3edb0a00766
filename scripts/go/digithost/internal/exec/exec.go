// Package exec runs workers that wait on a channel, so a dump shows frames of a module whose path starts with a digit.
package exec

// Wait blocks its caller until done is closed.
func Wait(done chan struct{}) {
	<-done
}

// Start runs n goroutines blocked in Wait.
func Start(n int, done chan struct{}) {
	for i := 0; i < n; i++ {
		go func() { Wait(done) }()
	}
}
