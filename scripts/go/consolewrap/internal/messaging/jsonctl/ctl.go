// Package jsonctl has a long import path, so that its frames' call lines are longer than two
// console widths: wrapped once inside the function's name and again inside its arguments.
package jsonctl

import "time"

// MsgCtl reads messages; its methods take many words of arguments, as a vendored library's do.
type MsgCtl struct{ buf []byte }

//go:noinline
func (c *MsgCtl) readMsg(a, b, d, e, f, g, h, i, j uintptr) int {
	if a == 7 {
		var m map[string]int
		m["boom"] = int(b + d + e + f + g + h + i + j) // assignment to entry in nil map
	}
	time.Sleep(time.Hour)
	return len(c.buf)
}

//go:noinline
func (c *MsgCtl) ReadMsgInto(a, b, d, e, f, g, h uintptr) int {
	return c.readMsg(a, b, d, e, f, g, h, 0x23404bd0, 0x839dc0)
}

// StartReader runs a reader in a goroutine; reader 7 crashes.
func (c *MsgCtl) StartReader(n uintptr) {
	go c.ReadMsgInto(n, 0x20650b0, 0x23404bd0, 0x7adc40, 0x23404d20, 0x20650c8, 0x23404bd0)
}
