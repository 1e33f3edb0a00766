package main

import "math"

// Shapes hand-rolled exporters write that the Go runtime never does: fields left out or set
// to values pprof reads in its own way. Each profile gathers the shapes of one kind.

// sampleTypeOddities: no period type; two sample types named alike (pprof's -sample_index=NAME
// takes the first); a default_sample_type naming no type (pprof takes the last); time_nanos 0
// and a negative duration_nanos; a comment starting with "#" (left out of the labels) and a
// doc_url.
func sampleTypeOddities() *profile {
	b := newBuilder(valueType{"samples", "count"}, valueType{"cpu", "nanoseconds"}, valueType{"samples", "count"})
	b.p.defaultSampleType = "alloc_space"
	b.p.durationNanos = -2500000000
	b.p.comments = []string{"exported by tracer 0.3", "# internal build", "region=eu-west"}
	b.p.docURL = "https://example.org/profiles/help"
	f := func(name, file string) uint64 { return b.fn(name, name, file, 0) }
	root, serve, parse, flush := f("app.root", "/srv/app/root.go"), f("app.serve", "/srv/app/serve.go"), f("app.parse", "/srv/app/parse.go"), f("app.flush", "/srv/app/flush.go")
	b.stacks(0, 0, [][]uint64{{parse, serve, root}, {flush, serve, root}, {serve, root}, {flush, root}},
		[][]int64{{3, 30000000, 11}, {1, 10000000, 40}, {5, 50000000, 2}, {2, 20000000, 7}})
	return &b.p
}

// stringTableOddities: names written twice in the string table (two functions of one name at
// other indices, which pprof tells apart only by what the strings say), unused strings; a
// location of several lines without a mapping; function start lines; drop_frames with
// keep_frames (a dropped frame kept when keep_frames matches it).
func stringTableOddities() *profile {
	b := newBuilder(valueType{"alloc_objects", "count"}, valueType{"alloc_space", "bytes"})
	b.p.periodType = &valueType{"space", "bytes"}
	b.p.period = 524288
	b.p.leadingStrings = []string{"store.(*Index).add", "never used", "store.(*Index).add"}
	b.p.extraStrings = []string{"store.(*Index).add", "also unused"}
	b.p.dropFrames = "^mem\\."
	b.p.keepFrames = "^mem\\.keep"
	mainFn := b.fn("main.main", "main.main", "/src/store/main.go", 8)
	// Two functions named by two indices of one text: pprof compares what the strings say.
	add1 := uint64(len(b.p.functions) + 1)
	add2 := add1 + 1
	b.p.functions = append(b.p.functions,
		function{id: add1, file: "/src/store/index.go", startLine: 40, nameAt: 1},
		function{id: add2, file: "/src/store/index.go", startLine: 40, nameAt: 3})
	grow := b.fn("store.grow", "store.grow", "/src/store/grow.go", 12)
	memAlloc := b.fn("mem.alloc", "mem.alloc", "/src/mem/alloc.go", 3)
	memKeep := b.fn("mem.keepAlive", "mem.keepAlive", "/src/mem/alloc.go", 20)
	lMain := b.loc(0, 0, line{function: mainFn, line: 14})
	// Inlined: grow into add, add into main, one location without a mapping or an address.
	lInl := b.loc(0, 0, line{function: grow, line: 15}, line{function: add1, line: 44}, line{function: mainFn, line: 12})
	lAdd2 := b.loc(0, 0, line{function: add2, line: 47})
	lAlloc := b.loc(0, 0, line{function: memAlloc, line: 5})
	lKeep := b.loc(0, 0, line{function: memKeep, line: 22})
	b.sample([]int64{4, 4096}, lAlloc, lInl)
	b.sample([]int64{2, 1 << 20}, lAlloc, lAdd2, lMain)
	b.sample([]int64{1, 512}, lKeep, lAlloc, lAdd2, lMain)
	b.sample([]int64{3, 3072}, lInl)
	b.sample([]int64{6, 6 << 10}, lAlloc, lKeep, lMain)
	return &b.p
}

// mappingOddities: mappings that overlap, one with memory_limit 0, two of one file that pprof
// may join, addresses outside every mapping, a location naming a mapping id none has; locations without lines (addresses only) beside
// symbolized ones, and a sample without any location.
func mappingOddities() *profile {
	b := newBuilder(samplesCount, cpuNanos)
	b.p.periodType = &cpuNanos
	b.p.period = 20000000
	b.p.timeNanos = 1690000000000000000
	b.p.durationNanos = 3000000000
	b.p.mappings = []mapping{
		{id: 1, start: 0x400000, limit: 0x600000, file: "/usr/local/bin/agentd", buildID: "c0ffee", hasFunctions: true},
		{id: 2, start: 0x500000, limit: 0x700000, file: "/usr/lib/libz.so.1"},
		{id: 3, start: 0x7f0000000000, limit: 0, file: "/usr/lib/libm.so.6"},
		{id: 4, start: 0x700000, limit: 0x780000, offset: 0x300000, file: "/usr/local/bin/agentd", buildID: "c0ffee"},
	}
	mainFn := b.fn("main", "main", "/src/agentd/main.c", 0)
	tick := b.fn("agent_tick", "agent_tick", "/src/agentd/tick.c", 0)
	lMain := b.loc(1, 0x401010, line{function: mainFn, line: 30})
	lTick := b.loc(1, 0x402020, line{function: tick, line: 61})
	lZ := b.loc(2, 0x5a0000)
	lM := b.loc(3, 0x7f0000001234)
	lHigh := b.loc(4, 0x701000)
	lOut := b.loc(0, 0x900000)
	// A mapping id no mapping has: pprof reads the location as without a mapping.
	lLost := b.loc(9, 0x910000)
	b.sample([]int64{4, 80000000}, lZ, lTick, lMain)
	b.sample([]int64{2, 40000000}, lM, lTick, lMain)
	b.sample([]int64{3, 60000000}, lHigh, lMain)
	b.sample([]int64{1, 20000000}, lOut, lMain)
	b.sample([]int64{5, 100000000}, lTick, lMain)
	b.sample([]int64{2, 40000000})
	b.sample([]int64{1, 20000000}, lLost, lTick, lMain)
	return &b.p
}

// allZeroValues: every sample's values are 0 (an exporter's idle interval): the total is 0.
func allZeroValues() *profile {
	b := newBuilder(valueType{"contentions", "count"}, valueType{"delay", "nanoseconds"})
	b.p.periodType = &valueType{"contentions", "count"}
	b.p.period = 1
	f := func(name string) uint64 { return b.fn(name, name, "/src/q/q.go", 0) }
	mainFn, wait, lock := f("q.main"), f("q.wait"), f("sync.(*Mutex).Lock")
	b.stacks(0, 0, [][]uint64{{lock, wait, mainFn}, {wait, mainFn}, {lock, mainFn}}, [][]int64{{0, 0}, {0, 0}, {0, 0}})
	b.p.samples[0].labels = []label{{key: "queue", str: "ingest"}, {key: "depth", num: 0, numUnit: "count"}}
	return &b.p
}

// lineWithoutFunction: a location line whose function id is 0 (a converter that lost the
// function); pprof rejects the profile ("has a line with nil function").
func lineWithoutFunction() *profile {
	b := newBuilder(samplesCount)
	f := b.fn("main.kept", "main.kept", "/src/lost/main.go", 0)
	b.sample([]int64{4}, b.loc(0, 0x3000, line{function: 0, line: 9}), b.loc(0, 0x3100, line{function: f, line: 12}))
	b.sample([]int64{1}, b.loc(0, 0x3200, line{function: f, line: 14}))
	return &b.p
}

// namelessFunctions: an agent that kept a function record but lost its name (a stripped
// symbol) beside frames left as addresses, in one binary: pprof keeps a nameless function's
// node apart from the binary's address-only frames at every granularity.
func namelessFunctions() *profile {
	b := newBuilder(samplesCount, cpuNanos)
	b.p.periodType = &cpuNanos
	b.p.period = 10000000
	b.p.mappings = []mapping{
		{id: 1, start: 0x400000, limit: 0x800000, file: "/opt/relay/bin/relayd", buildID: "5eed"},
		{id: 2, start: 0x7f1000000000, limit: 0x7f1000200000, file: "/lib/x86_64-linux-gnu/libssl.so.3"},
	}
	mainFn := b.fn("main.main", "main.main", "/src/relay/main.go", 10)
	pump := b.fn("relay.pump", "relay.pump", "/src/relay/pump.go", 40)
	// No name, no system name: with a file and a start line, with a start line alone, with
	// nothing; and a system name without a name.
	nameless := uint64(len(b.p.functions) + 1)
	bare, startOnly, systemOnly := nameless+1, nameless+2, nameless+3
	b.p.functions = append(b.p.functions,
		function{id: nameless, file: "/src/relay/crypto.go", startLine: 77},
		function{id: bare},
		function{id: startOnly, startLine: 120},
		function{id: systemOnly, systemName: "relay.seal", file: "/src/relay/seal.go"})
	lMain := b.loc(1, 0x401000, line{function: mainFn, line: 12})
	lPump := b.loc(1, 0x402000, line{function: pump, line: 44})
	lNameless := b.loc(1, 0x403000, line{function: nameless, line: 80})
	lBare := b.loc(1, 0x404000, line{function: bare, line: 0})
	lAddr1 := b.loc(1, 0x405000)
	lAddr2 := b.loc(1, 0x406000)
	lSSL := b.loc(2, 0x7f1000001000)
	lSSLBare := b.loc(2, 0x7f1000002000, line{function: bare})
	lStart := b.loc(1, 0x407000, line{function: startOnly, line: 121})
	lSystem := b.loc(1, 0x408000, line{function: systemOnly, line: 9})
	b.sample([]int64{7, 70000000}, lNameless, lPump, lMain)
	b.sample([]int64{5, 50000000}, lAddr1, lPump, lMain)
	b.sample([]int64{3, 30000000}, lBare, lPump, lMain)
	b.sample([]int64{2, 20000000}, lAddr2, lNameless, lPump, lMain)
	b.sample([]int64{4, 40000000}, lSSL, lAddr1, lMain)
	b.sample([]int64{1, 10000000}, lSSLBare, lBare, lMain)
	b.sample([]int64{6, 60000000}, lStart, lPump, lMain)
	b.sample([]int64{8, 80000000}, lSystem, lStart, lMain)
	return &b.p
}

// latin1Names: function names, a file name and a label value holding bytes that are not UTF-8,
// as a producer that writes Latin-1 (or any byte string, Go's strings being bytes) does: 0xE9
// for "é" alone, two names told apart by one such byte, a name that is valid UTF-8 ("é" as
// C3 A9) beside them, and a lone continuation byte. pprof prints each name's bytes as they are.
func latin1Names() *profile {
	b := newBuilder(samplesCount, cpuNanos)
	b.p.periodType = &cpuNanos
	b.p.period = 10000000
	b.p.durationNanos = 2000000000
	mainFn := b.fn("main.main", "main.main", "/src/caf\xe9/main.go", 5)
	serveL1 := b.fn("caf\xe9.Serve", "caf\xe9.Serve", "/src/caf\xe9/serve.go", 20)
	serveL2 := b.fn("caf\xe8.Serve", "caf\xe8.Serve", "/src/caf\xe8/serve.go", 20)
	serveU8 := b.fn("caf\u00e9.Serve", "caf\u00e9.Serve", "/src/caf\u00e9/serve.go", 20)
	odd := b.fn("pkg.(*T).na\x80me", "pkg.(*T).na\x80me", "/src/pkg/t.go", 7)
	b.stacks(0, 0, [][]uint64{{serveL1, mainFn}, {serveL2, mainFn}, {serveU8, mainFn}, {odd, serveL1, mainFn}},
		[][]int64{{4, 40000000}, {3, 30000000}, {2, 20000000}, {1, 10000000}})
	b.p.samples[0].labels = []label{{key: "caf\xe9", str: "cr\xe8me"}}
	return &b.p
}

// durationMinInt64: duration_nanos of the most negative int64, which pprof's scaling cannot
// negate (-x is x again): it prints the value in seconds, not the largest unit it reaches.
func durationMinInt64() *profile {
	b := newBuilder(samplesCount, cpuNanos)
	b.p.periodType = &cpuNanos
	b.p.period = 10000000
	b.p.durationNanos = math.MinInt64
	mainFn := b.fn("main.main", "main.main", "/src/app/main.go", 5)
	work := b.fn("app.work", "app.work", "/src/app/work.go", 12)
	b.stacks(0, 0, [][]uint64{{work, mainFn}, {mainFn}}, [][]int64{{3, 30000000}, {1, 10000000}})
	return &b.p
}

// durationNearMinInt64: one above the most negative int64, which pprof does negate: the largest
// unit it reaches, hours. A double holds both as -2^63.
func durationNearMinInt64() *profile {
	p := durationMinInt64()
	p.durationNanos = math.MinInt64 + 1
	return p
}

// addressIDs: a perf-script converter that keys each location by its frame's address and each
// function and mapping by a 64-bit FNV hash of its name, so almost every id passes 2^53: kernel
// frames 16 bytes apart at 0xffffffff81…, where a double cannot tell 2,048 apart. pprof keys
// them as uint64s: every frame its own row.
func addressIDs() *profile {
	b := newBuilder(valueType{"samples", "count"}, valueType{"cpu", "nanoseconds"})
	b.p.periodType = &valueType{"cpu", "nanoseconds"}
	b.p.period = 10000000
	hash := func(s string) uint64 {
		h := uint64(14695981039346656037)
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
		return h
	}
	kernel, agent := hash("[kernel.kallsyms]"), hash("/usr/bin/agent")
	b.p.mappings = []mapping{
		{id: kernel, start: 0xffffffff81000000, limit: 0xffffffff83000000, file: "[kernel.kallsyms]", hasFunctions: true},
		{id: agent, start: 0x400000, limit: 0x800000, file: "/usr/bin/agent", hasFunctions: true},
	}
	fn := func(name, file string) uint64 {
		id := hash(name)
		b.p.functions = append(b.p.functions, function{id: id, name: name, systemName: name, file: file})
		return id
	}
	loc := func(m, address, f uint64, l int64) uint64 {
		b.p.locations = append(b.p.locations, location{id: address, mapping: m, address: address, lines: []line{{function: f, line: l}}})
		return address
	}
	names := []string{"entry_SYSCALL_64", "do_syscall_64", "__x64_sys_read", "ksys_read", "vfs_read", "tcp_recvmsg", "copy_user_generic", "_raw_spin_lock"}
	var kernelLocs []uint64
	for i, n := range names {
		kernelLocs = append(kernelLocs, loc(kernel, 0xffffffff81000010+uint64(i)*16, fn(n, ""), 0))
	}
	mainFn, readFn := fn("main", "/src/agent/main.c"), fn("read_loop", "/src/agent/io.c")
	lMain, lRead := loc(agent, 0x401230, mainFn, 20), loc(agent, 0x401240, readFn, 41)
	for i := range kernelLocs {
		// Leaf first: the i-th kernel frame and every one above it, then the user stack.
		stack := append([]uint64{}, kernelLocs[:i+1]...)
		for l, r := 0, len(stack)-1; l < r; l, r = l+1, r-1 {
			stack[l], stack[r] = stack[r], stack[l]
		}
		stack = append(stack, lRead, lMain)
		b.sample([]int64{int64(i + 1), int64(i+1) * 10000000}, stack...)
	}
	return &b.p
}
