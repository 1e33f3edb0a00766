package codec

import (
	"bytes"
	"fmt"
)

// Decoder maps runes through a table; an unmapped rune is a bug in the table.
type Decoder struct{ table map[rune]rune }

func New(table map[rune]rune) *Decoder { return &Decoder{table: table} }

func (d *Decoder) lookup(r rune) rune {
	to, ok := d.table[r]
	if !ok {
		panic(fmt.Sprintf("no mapping for %q", r))
	}
	return to
}

//go:noinline
func (d *Decoder) Translate(in []byte) []byte { return bytes.Map(d.lookup, in) }
