// producergen writes pprof profiles shaped like those of producers other than the Go
// runtime (gperftools, pprof-rs, async-profiler, Node's pprof, Pyroscope, perf_data_converter,
// eBPF profilers, pprof's own -proto output) into test/fixtures/pprof/producers, so their
// `go tool pprof` reports can be pinned as goldens. The shapes follow each producer's
// encoder; the names are typical of what they emit. Run: go run . -out DIR
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"log"
	"os"
	"path/filepath"
)

// builder interns functions and locations so each producer lists stacks as names.
type builder struct {
	p     profile
	funcs map[string]uint64
	next  uint64
}

func newBuilder(types ...valueType) *builder {
	return &builder{p: profile{sampleTypes: types}, funcs: map[string]uint64{}}
}

// fn returns the id of the function with this name, system name and file.
func (b *builder) fn(name, systemName, file string, startLine int64) uint64 {
	k := name + "\x00" + systemName + "\x00" + file
	if id, ok := b.funcs[k]; ok {
		return id
	}
	id := uint64(len(b.p.functions) + 1)
	b.p.functions = append(b.p.functions, function{id: id, name: name, systemName: systemName, file: file, startLine: startLine})
	b.funcs[k] = id
	return id
}

// loc adds a location (leaf line first when inlined) and returns its id.
func (b *builder) loc(mappingID, address uint64, lines ...line) uint64 {
	id := uint64(len(b.p.locations) + 1)
	b.p.locations = append(b.p.locations, location{id: id, mapping: mappingID, address: address, lines: lines})
	return id
}

func (b *builder) sample(values []int64, locs ...uint64) {
	b.p.samples = append(b.p.samples, sample{locs: locs, values: values})
}

func write(dir, name string, p *profile, gz bool) {
	data := p.encode()
	if gz {
		var z bytes.Buffer
		w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		w.Write(data)
		w.Close()
		data = z.Bytes()
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		log.Fatal(err)
	}
}

func main() {
	out := flag.String("out", "../../../test/fixtures/pprof/producers", "output directory")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for name, p := range producers() {
		write(*out, name, p, filepath.Ext(name) == ".gz")
	}
}
