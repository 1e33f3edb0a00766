// A panic in a module package's method that bytes.Map calls back (go119_module_panic_in_bytes_map_all.txt): names that start with the letters of a hex offset.
package main

import (
	"encoding/hex"
	"fmt"
	"sync"

	"example.com/deckhand/codec"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		d := codec.New(map[rune]rune{'x': 'a', 'y': 'b'})
		fmt.Println(hex.EncodeToString(d.Translate([]byte("xyz"))))
	}()
	wg.Wait()
}
