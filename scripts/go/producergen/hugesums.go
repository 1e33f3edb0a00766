package main

import "strings"

// Values whose sums pass what a float64 holds exactly: pprof sums int64, so a sum past 2^53 keeps
// every unit and one past 2^63 wraps around (Go's int64 overflow); it rounds once, to print.

// cyclesOverWeeks: a perf-like cycles counter and CPU nanoseconds counted over months: each value
// exact in a float64, their sums past 2^53 and odd, so a float64 sum loses units at each addition;
// one value itself odd and past 2^53.
func cyclesOverWeeks() *profile {
	b := newBuilder(valueType{"cycles", "count"}, valueType{"cpu", "nanoseconds"})
	b.p.periodType = &valueType{"cycles", "count"}
	b.p.period = 1
	b.p.mappings = []mapping{{id: 1, start: 0x400000, limit: 0x900000, file: "/opt/ingest/bin/ingestd", hasFunctions: true, hasFilenames: true, hasLineNumbers: true}}
	f := func(name, file string) uint64 { return b.fn(name, name, file, 0) }
	run, decode, crc, compact := f("ingest.run", "/src/ingest/run.go"), f("ingest.decode", "/src/ingest/decode.go"), f("hash/crc32.update", "/usr/lib/go/src/hash/crc32/crc32.go"), f("ingest.compact", "/src/ingest/compact.go")
	b.stacks(1, 0x401000, [][]uint64{{crc, decode, run}, {decode, run}, {crc, compact, run}, {compact, run}, {crc, decode, run}, {run}},
		[][]int64{
			{1 << 53, 3000000000000001},
			{1, 3000000000000003},
			{1, 2999999999999997},
			{1, 1},
			{18014398509481985, 7},
			{3, 4503599627370497},
		})
	// The same stack as the first, with labels: two samples of one stack stay apart in -traces.
	b.p.samples[4].labels = []label{{key: "shard", str: "eu-7"}}
	return &b.p
}

// wrapsPastInt64: sums past 2^63, which pprof's int64 wraps to negative numbers: two samples
// of 2^62 + a little under one function, and bytes of a leak counted over years under another.
func wrapsPastInt64() *profile {
	b := newBuilder(valueType{"alloc_objects", "count"}, valueType{"alloc_space", "bytes"})
	b.p.periodType = &valueType{"space", "bytes"}
	b.p.period = 524288
	f := func(name string) uint64 { return b.fn(name, name, "/src/vault/"+name[len("vault."):]+".go", 0) }
	mainFn, seal, grow, keep := f("vault.main"), f("vault.seal"), f("vault.grow"), f("vault.keep")
	b.stacks(0, 0, [][]uint64{{seal, mainFn}, {grow, seal, mainFn}, {keep, mainFn}, {grow, mainFn}},
		[][]int64{
			{1, 4611686018427387905},
			{4611686018427387903, 4611686018427387907},
			{5, 4611686018427387909},
			{4611686018427387911, 1025},
		})
	return &b.p
}

// hugeNegativeDiff: a saved diff (`-proto -diff_base`) of months of CPU: the base's samples
// negated and labelled pprof::base, values past 2^53 of both signs, sums odd and past 2^53.
func hugeNegativeDiff() *profile {
	b := newBuilder(samplesCount, cpuNanos)
	b.p.periodType = &cpuNanos
	b.p.period = 10000000
	f := func(name string) uint64 { return b.fn(name, name, "/src/batch/main.go", 0) }
	mainFn, scan, sort, emit := f("batch.main"), f("batch.scan"), f("batch.sort"), f("batch.emit")
	b.stacks(0, 0, [][]uint64{{scan, mainFn}, {sort, scan, mainFn}, {emit, mainFn}, {scan, mainFn}, {sort, scan, mainFn}, {emit, mainFn}},
		[][]int64{
			{900719925474099, 9007199254740993},
			{300, 4503599627370497},
			{7, 3},
			{-900719925474097, -9007199254740995},
			{-100, -4503599627370501},
			{-9, -5},
		})
	for i := 3; i < 6; i++ {
		b.p.samples[i].labels = []label{{key: "pprof::base", str: "true"}}
	}
	return &b.p
}

// heapPastPetabytes: a Go heap profile (four sample types, inuse_space last) whose in-use bytes
// under one function pass 2^53: three values of 2^53 + 1, each rounded down in a float64, and a
// byte that a float64 sum past 2^53 loses; the allocations counted over years wrap past 2^63.
func heapPastPetabytes() *profile {
	b := newBuilder(valueType{"alloc_objects", "count"}, valueType{"alloc_space", "bytes"}, valueType{"inuse_objects", "count"}, valueType{"inuse_space", "bytes"})
	b.p.periodType = &valueType{"space", "bytes"}
	b.p.period = 524288
	b.p.mappings = []mapping{{id: 1, start: 0x400000, limit: 0xa00000, file: "/usr/local/bin/blobd", hasFunctions: true, hasFilenames: true, hasLineNumbers: true}}
	f := func(name, file string) uint64 { return b.fn(name, name, file, 0) }
	mainFn := f("main.main", "/src/blobd/main.go")
	serve := f("github.com/acme/blobd/server.(*Server).serve", "/src/blobd/server/server.go")
	refill := f("github.com/acme/blobd/server.refill", "/src/blobd/server/refill.go")
	put := f("github.com/acme/blobd/store.(*Store).Put", "/src/blobd/store/store.go")
	decode := f("github.com/acme/blobd/store.decode", "/src/blobd/store/decode.go")
	makeslice := f("runtime.makeslice", "/usr/local/go/src/runtime/slice.go")
	b.stacks(1, 0x401000, [][]uint64{
		{makeslice, put, serve, mainFn},
		{makeslice, put, refill, mainFn},
		{put, serve, mainFn},
		{decode, serve, mainFn},
		{decode, put, serve, mainFn},
	}, [][]int64{
		{4611686018427387905, 4611686018427387907, 1, 9007199254740993},
		{4611686018427387903, 4611686018427387909, 1, 9007199254740993},
		{3, 9007199254740993, 1, 9007199254740993},
		{2, 4503599627370497, 2, 4503599627370497},
		{1, 1, 1, 1},
	})
	return &b.p
}

// heapGrowthNodelets: a saved `go tool pprof -proto -base` of two heap profiles of petabytes, its
// samples labelled by tenant, object size (`bytes`) and shard: under one function, a tenant's growth
// of 2^53 + 1 bytes on one shard and a drop of 2^53 on another net one byte, so the tenant's label
// tag and its size's tag have a flat of 1 as int64 and 0 in doubles: pprof's graph counts two more
// nodelets there (and keeps fewer nodes at a nodecount). pprof's graph reads no numeric label but bytes.
func heapGrowthNodelets() *profile {
	b := inuseBuilder()
	b.p.mappings = []mapping{{id: 1, start: 0x400000, limit: 0xa00000, file: "/usr/local/bin/tilesrv", hasFunctions: true, hasFilenames: true, hasLineNumbers: true}}
	f := func(name string) uint64 {
		return b.fn(name, name, "/src/tilesrv/"+name[strings.LastIndex(name, ".")+1:]+".go", 0)
	}
	mainFn, fill, render, encode, flush, parse := f("main.main"), f("tiles.(*Cache).fill"), f("tiles.render"), f("tiles.encode"), f("tiles.flush"), f("tiles.parse")
	b.stacks(1, 0x401000, [][]uint64{
		{fill, mainFn},
		{fill, mainFn},
		{fill, render, mainFn},
		{encode, render, mainFn},
		{flush, encode, render, mainFn},
		{parse, mainFn},
		{parse, fill, mainFn},
	}, [][]int64{
		{3, 9007199254740993},
		{-2, -9007199254740992},
		{5, 4503599627370496},
		{7, 2251799813685248},
		{2, 1125899906842624},
		{1, 562949953421312},
		{1, 281474976710656},
	})
	labels := [][]label{
		{{key: "tenant", str: "north"}, {key: "bytes", num: 4096}, {key: "shard", num: 1}},
		{{key: "tenant", str: "north"}, {key: "bytes", num: 4096}, {key: "shard", num: 2}},
		{{key: "tenant", str: "south"}, {key: "bytes", num: 4096}},
		{{key: "tenant", str: "south"}, {key: "bytes", num: 512}},
		{{key: "tenant", str: "east"}, {key: "bytes", num: 512}},
		{{key: "tenant", str: "west"}, {key: "bytes", num: 64}},
		{{key: "tenant", str: "north"}, {key: "bytes", num: 64}},
	}
	b.labelSamples(labels)
	return &b.p
}

// heapGrowthSizes: the same class as heapGrowthNodelets, the tags cancelling across object sizes
// instead: one user's growth of 2^53 + 1 bytes in 4 KiB objects and a drop of 2^53 in 64 KiB
// ones, reached through two callers, net one byte of the user's label tag (0 in doubles), kept
// by its cum through a callee; the function's own weight is a sample without labels.
func heapGrowthSizes() *profile {
	b := inuseBuilder()
	f := func(name string) uint64 {
		return b.fn(name, name, "/home/ci/ledger/"+name[strings.LastIndex(name, ".")+1:]+".go", 0)
	}
	run, grow, apply, replay, index, snapshot := f("ledger.run"), f("ledger.(*Journal).grow"), f("ledger.apply"), f("ledger.replay"), f("ledger.index"), f("ledger.snapshot")
	b.stacks(0, 0, [][]uint64{
		{grow, apply, run},
		{grow, replay, run},
		{index, grow, run},
		{snapshot, replay, run},
		{snapshot, run},
		{grow, run},
	}, [][]int64{
		{2, 9007199254740993},
		{-1, -9007199254740992},
		{4, 3377699720527872},
		{3, 1688849860263936},
		{1, 844424930131968},
		{5, 2251799813685248},
	})
	labels := [][]label{
		{{key: "user", str: "ops"}, {key: "bytes", num: 4096}},
		{{key: "user", str: "ops"}, {key: "bytes", num: 65536}},
		{{key: "user", str: "ops"}, {key: "bytes", num: 1024}},
		{{key: "user", str: "batch"}, {key: "bytes", num: 256}},
		{{key: "user", str: "ops"}, {key: "bytes", num: 256}},
	}
	b.labelSamples(labels)
	return &b.p
}

// inuseBuilder: a heap profile's in-use sample types, as a saved `go tool pprof -proto -base` keeps them.
func inuseBuilder() *builder {
	b := newBuilder(valueType{"inuse_objects", "count"}, valueType{"inuse_space", "bytes"})
	b.p.periodType = &valueType{"space", "bytes"}
	b.p.period = 524288
	return b
}

// labelSamples gives sample i the labels labels[i].
func (b *builder) labelSamples(labels [][]label) {
	for i := range labels {
		b.p.samples[i].labels = labels[i]
	}
}
