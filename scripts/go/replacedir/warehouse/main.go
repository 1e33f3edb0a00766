// A panic in a module replaced by a directory (replace example.com/ledger => ../ledger), for
// goroutines/replacedir_relative_packages.txt: Go prints the module's path, not the directory.
package main

import (
	"fmt"
	"time"

	"example.com/warehouse/internal/restock"

	"example.com/ledger"
)

func main() {
	b := ledger.NewBook("crate", "pallet")
	go func() { time.Sleep(time.Hour) }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(restock.Start(b, 2, ""))
}
