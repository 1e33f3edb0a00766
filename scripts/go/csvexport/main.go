// Command csvexport runs itself as a child that panics in an order worker (GOTRACEBACK=all) and writes
// the child's stderr as a log export's CSV, through encoding/csv, which quotes only the fields that
// need it (a comma, a quote, a line break, a leading space or tab): -mode rows writes a row per line (a
// time, a severity, the line), -mode records one row for the whole crash, its line breaks inside the
// quoted field, after a row of the program's own.
package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

type order struct{ items map[string]int }

func (o *order) add(sku string, n int) { o.items[sku] += n }

func worker(orders <-chan *order, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range orders {
		o.add("sku-42", 1)
	}
}

func child() {
	orders := make(chan *order)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go worker(orders, &wg)
	}
	time.Sleep(10 * time.Millisecond)
	orders <- &order{}
	wg.Wait()
}

func main() {
	mode := flag.String("mode", "rows", "rows, records or child")
	flag.Parse()
	if *mode == "child" {
		child()
		return
	}
	var stderr bytes.Buffer
	cmd := exec.Command(os.Args[0], "-mode", "child")
	cmd.Env = append(os.Environ(), "GOTRACEBACK=all")
	cmd.Stderr = &stderr
	_ = cmd.Run() // exits 2: the panic
	text := strings.TrimRight(stderr.String(), "\n")
	w := csv.NewWriter(os.Stdout)
	at := time.Date(2024, 2, 11, 9, 14, 10, 120e6, time.UTC)
	if *mode == "records" {
		_ = w.Write([]string{at.Add(-time.Second).Format(time.RFC3339Nano), "INFO", "orders: worker pool started"})
		_ = w.Write([]string{at.Format(time.RFC3339Nano), "ERROR", text})
	} else {
		for i, line := range strings.Split(text, "\n") {
			_ = w.Write([]string{at.Add(time.Duration(i) * time.Millisecond).Format(time.RFC3339Nano), "ERROR", line})
		}
	}
	w.Flush()
}
