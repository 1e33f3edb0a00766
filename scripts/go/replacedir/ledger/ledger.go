// Package ledger is the module the warehouse replaces by a directory (`replace example.com/ledger => ../ledger`).
package ledger

import "fmt"

// Book holds the known item kinds.
type Book struct{ kinds map[string]int }

// NewBook returns a book of the given kinds.
func NewBook(kinds ...string) *Book {
	b := &Book{kinds: map[string]int{}}
	for i, k := range kinds {
		b.kinds[k] = i
	}
	return b
}

// MustKind panics on a kind the book does not hold, as a scheme's MustCreateObject does.
func (b *Book) MustKind(kind string) int {
	n, ok := b.kinds[kind]
	if !ok {
		panic(fmt.Sprintf("no kind %q has been registered in book %p", kind, b))
	}
	return n
}

// Watch blocks on its channel: the goroutines it starts stay in chan receive.
func Watch(updates chan int) {
	for u := range updates {
		_ = u
	}
}
