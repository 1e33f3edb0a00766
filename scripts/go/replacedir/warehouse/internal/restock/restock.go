// Package restock calls into the replaced module and starts its watchers.
package restock

import "example.com/ledger"

// Start starts n watchers in the replaced module, then asks it for an unknown kind.
//
//go:noinline
func Start(b *ledger.Book, n int, kind string) int {
	for i := 0; i < n; i++ {
		go ledger.Watch(make(chan int))
	}
	return b.MustKind(kind)
}
