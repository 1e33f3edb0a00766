package main

import (
	"fmt"
	"strings"
)

var (
	samplesCount = valueType{"samples", "count"}
	cpuNanos     = valueType{"cpu", "nanoseconds"}
)

// producers returns every fixture by file name.
func producers() map[string]*profile {
	return map[string]*profile{
		"gperftools_cpp_cpu.pb.gz":                 gperftoolsCPU(),
		"gperftools_cpp_heap.pb.gz":                gperftoolsHeap(),
		"pprofrs_rust_cpu.pb":                      pprofRsCPU(),
		"asyncprofiler_java_cpu.pb.gz":             asyncProfilerJava(),
		"node_pprof_wall.pb.gz":                    nodeWall(),
		"node_pprof_heap.pb.gz":                    nodeHeap(),
		"pyroscope_python_cpu.pb.gz":               pyroscopePython(),
		"perf_converter_cycles.pb.gz":              perfConverter(),
		"ebpf_unsymbolized_cpu.pb.gz":              ebpfUnsymbolized(),
		"empty_strings_no_period.pb":               emptyStringsNoPeriod(),
		"diff_negative_values.pb.gz":               diffNegative(),
		"multi_value_annotated.pb.gz":              multiValueAnnotated(),
		"inline_columns.pb.gz":                     inlineColumns(),
		"duplicate_function_ids.pb":                duplicateFunctionIDs(),
		"location_id_zero.pb":                      locationIDZero(),
		"handrolled_sample_types.pb.gz":            sampleTypeOddities(),
		"handrolled_string_table.pb":               stringTableOddities(),
		"handrolled_mappings.pb.gz":                mappingOddities(),
		"handrolled_zero_values.pb.gz":             allZeroValues(),
		"line_function_id_zero.pb":                 lineWithoutFunction(),
		"handrolled_nameless_functions.pb.gz":      namelessFunctions(),
		"handrolled_sums_past_2p53.pb.gz":          cyclesOverWeeks(),
		"handrolled_sums_past_2p63.pb.gz":          wrapsPastInt64(),
		"handrolled_huge_negative_diff.pb.gz":      hugeNegativeDiff(),
		"handrolled_heap_past_2p53.pb.gz":          heapPastPetabytes(),
		"handrolled_heap_growth_nodelets.pb.gz":    heapGrowthNodelets(),
		"handrolled_heap_growth_sizes.pb.gz":       heapGrowthSizes(),
		"handrolled_latin1_names.pb.gz":            latin1Names(),
		"handrolled_duration_min_int64.pb.gz":      durationMinInt64(),
		"handrolled_duration_near_min_int64.pb.gz": durationNearMinInt64(),
		"handrolled_address_ids.pb.gz":             addressIDs(),
	}
}

// stacks adds one sample per stack; a stack is leaf first, each frame a function id
// located at its own address in mapping m (0: none).
func (b *builder) stacks(m uint64, base uint64, stacks [][]uint64, values [][]int64) {
	locs := map[uint64]uint64{}
	for i, st := range stacks {
		var ids []uint64
		for _, f := range st {
			id, ok := locs[f]
			if !ok {
				addr := uint64(0)
				if base != 0 {
					addr = base + f*0x40 + 0x13
				}
				id = b.loc(m, addr, line{function: f, line: int64(10 + f)})
				locs[f] = id
			}
			ids = append(ids, id)
		}
		b.sample(values[i], ids...)
	}
}

func gperftoolsCPU() *profile {
	b := newBuilder(samplesCount, cpuNanos)
	b.p.periodType = &cpuNanos
	b.p.period = 10000000
	b.p.mappings = []mapping{{id: 1, start: 0x400000, limit: 0x800000, file: "/opt/app/bin/cppserver", buildID: "5b1a0c3f9e", hasFunctions: true, hasFilenames: true, hasLineNumbers: true}}
	mangled := func(sys, file string) uint64 { return b.fn(sys, sys, file, 0) }
	mainFn := mangled("main", "/src/app/main.cc")
	run := mangled("_ZN3foo3Bar3runEv", "/src/app/bar.cc")
	push := mangled("_ZNSt6vectorIiSaIiEE9push_backERKi", "/usr/include/c++/12/bits/stl_vector.h")
	ctor := mangled("_ZN3foo3BarC2Ev", "/src/app/bar.cc")
	dtor := mangled("_ZN3foo3BarD1Ev", "/src/app/bar.cc")
	value := mangled("_ZNK3foo3Bar5valueEv", "/src/app/bar.cc")
	anon := mangled("_ZN12_GLOBAL__N_14workEv", "/src/app/work.cc")
	plus := mangled("_ZN3fooplERKNS_3BarES2_", "/src/app/bar.cc")
	index := mangled("_ZNSt3mapIiiSt4lessIiESaISt4pairIKiiEEEixERS3_", "/usr/include/c++/12/bits/stl_map.h")
	open := mangled("_ZN7leveldb2DB4OpenERKNS_7OptionsERKSsPPS0_", "/src/leveldb/db_impl.cc")
	alloc := mangled("_ZN9__gnu_cxx13new_allocatorIcE8allocateEmPKv", "/usr/include/c++/12/ext/new_allocator.h")
	erase := mangled("_ZNSt8_Rb_treeIiSt4pairIKiiESt10_Select1stIS2_ESt4lessIiESaIS2_EE8_M_eraseEPSt13_Rb_tree_nodeIS2_E", "/usr/include/c++/12/bits/stl_tree.h")
	cold := mangled("_ZN4base4hashEPKcm.cold", "/src/base/hash.cc")
	maxT := mangled("_Z3maxIiET_S0_S0_", "/src/app/util.h")
	free := mangled("_Z10free_counti", "/src/app/util.cc")
	construct := mangled("_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tag", "/usr/include/c++/12/bits/basic_string.tcc")
	del := mangled("_ZdlPv", "")
	nw := mangled("_Znwm", "")
	release := mangled("_ZN8tcmalloc11ThreadCache21ReleaseToCentralCacheEPNS0_8FreeListEmi", "/src/gperftools/thread_cache.cc")
	// A lambda inside foo::Bar::run(std::string const&), called through std::function.
	lambda := mangled("_ZZN3foo3Bar3runERKSsENKUliE0_clEi", "/src/app/bar.cc")
	invoke := mangled("_ZNSt17_Function_handlerIFviEZN3foo3Bar3runERKSsEUliE0_E9_M_invokeERKSt9_Any_dataOi", "/usr/include/c++/12/bits/std_function.h")
	// Already demangled by the producer (name differs from system name): pprof keeps the name.
	lock := b.fn("absl::Mutex::Lock()", "_ZN4absl5Mutex4LockEv", "/src/absl/mutex.cc", 0)
	appendFn := b.fn("std::__1::basic_string<char, std::__1::char_traits<char> >::append(char const*)", "", "", 0)
	ops := b.fn("foo::Bar::operator()(int) const", "foo::Bar::operator()(int) const", "/src/app/bar.cc", 0)
	stacks := [][]uint64{
		{push, run, mainFn}, {ctor, run, mainFn}, {dtor, run, mainFn}, {value, anon, run, mainFn},
		{plus, anon, mainFn}, {index, open, mainFn}, {alloc, construct, open, mainFn}, {erase, index, open, mainFn},
		{cold, value, run, mainFn}, {maxT, free, mainFn}, {del, dtor, run, mainFn}, {nw, push, run, mainFn},
		{release, del, dtor, mainFn}, {lock, open, mainFn}, {appendFn, construct, mainFn}, {ops, run, mainFn},
		{lambda, invoke, run, mainFn},
	}
	var values [][]int64
	for i := range stacks {
		n := int64(1 + (i*7)%11)
		values = append(values, []int64{n, n * 10000000})
	}
	b.stacks(1, 0x401000, stacks, values)
	b.p.durationNanos = 5e9
	return &b.p
}

func gperftoolsHeap() *profile {
	objects, space := valueType{"objects", "count"}, valueType{"space", "bytes"}
	b := newBuilder(objects, space)
	b.p.periodType = &space
	b.p.period = 524288
	b.p.mappings = []mapping{{id: 1, start: 0x400000, limit: 0x900000, file: "/opt/app/bin/cppserver", hasFunctions: true}}
	f := func(sys string) uint64 { return b.fn(sys, sys, "", 0) }
	nw := f("_Znwm")
	newArr := f("_Znam")
	malloc := f("malloc")
	reserve := f("_ZNSt6vectorIdSaIdEE7reserveEm")
	loadTable := f("_ZN5cache5Table4loadERKSt6vectorIiSaIiEE")
	mainFn := f("main")
	b.stacks(1, 0x401000, [][]uint64{{nw, reserve, loadTable, mainFn}, {newArr, loadTable, mainFn}, {malloc, mainFn}}, [][]int64{{12, 6291456}, {3, 98304}, {40, 1310720}})
	for i := range b.p.samples {
		b.p.samples[i].labels = []label{{key: "bytes", num: b.p.samples[i].values[1] / b.p.samples[i].values[0]}}
	}
	return &b.p
}

// rustLegacy mangles path the way rustc's legacy scheme does: _ZN, length-prefixed
// identifiers, "17h" and a 16-digit hash, E.
func rustLegacy(hash string, path ...string) string {
	var sb strings.Builder
	sb.WriteString("_ZN")
	for _, p := range path {
		fmt.Fprintf(&sb, "%d%s", len(p), p)
	}
	fmt.Fprintf(&sb, "17h%sE", hash)
	return sb.String()
}

func pprofRsCPU() *profile {
	b := newBuilder(samplesCount, cpuNanos)
	b.p.periodType = &cpuNanos
	b.p.period = 10101010
	b.p.mappings = []mapping{{id: 1, start: 0x55d0c0000000, limit: 0x55d0c0800000, file: "/opt/app/target/release/rustsvc", hasFunctions: true}}
	f := func(sys string) uint64 { return b.fn(sys, sys, "", 0) }
	drop := f(rustLegacy("0123456789abcdef", "core", "ptr", "drop_in_place"))
	vecDrop := f(rustLegacy("5f2b6e0c1d9a8b7c", "_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$", "drop"))
	lang := f(rustLegacy("9f8e7d6c5b4a3928", "std", "rt", "lang_start", "_$u7b$$u7b$closure$u7d$$u7d$"))
	poll := f(rustLegacy("abcdef0123456789", "tokio", "runtime", "task", "raw", "poll") + ".llvm.1234567")
	hashMap := f(rustLegacy("0a1b2c3d4e5f6071", "hashbrown", "map", "HashMap$LT$K$C$V$C$S$C$A$GT$", "insert"))
	// Too few distinct hex digits for a Rust hash: a C++ name to the demangler.
	notRust := f("_ZN3foo3bar17h0000000000000001E")
	// pprof-rs names already demangled by the rustc-demangle crate, system name the same.
	with := f("std::thread::local::LocalKey<T>::with")
	mainFn := f("rustsvc::main")
	clos := f("rustsvc::worker::{{closure}}")
	b.stacks(1, 0x55d0c0001000, [][]uint64{
		{drop, clos, mainFn}, {vecDrop, drop, clos, mainFn}, {poll, with, lang, mainFn}, {hashMap, poll, lang, mainFn},
		{notRust, mainFn}, {with, lang, mainFn}, {clos, with, mainFn},
	}, [][]int64{{3, 30303030}, {2, 20202020}, {5, 50505050}, {4, 40404040}, {1, 10101010}, {2, 20202020}, {6, 60606060}})
	return &b.p
}

func asyncProfilerJava() *profile {
	b := newBuilder(cpuNanos, samplesCount)
	b.p.periodType = &cpuNanos
	b.p.period = 10000000
	f := func(name string) uint64 { return b.fn(name, "", "", 0) }
	run := f("java.lang.Thread.run")
	worker := f("java.util.concurrent.ThreadPoolExecutor$Worker.run")
	runWorker := f("java.util.concurrent.ThreadPoolExecutor.runWorker")
	init := f("com.example.Handler.<init>")
	clinit := f("com.example.Config.<clinit>")
	lambda := f("com.example.Handler.lambda$handle$0")
	hidden := f("com.example.Handler$$Lambda$123/0x0000000800c0b440.apply")
	generic := f("java.util.ArrayList<E>.add")
	bytesArr := f("byte[]")
	unknown := f("[unknown_Java]")
	interp := f("Interpreter")
	vm := f("CompileBroker::invoke_compiler_on_method(CompileTask*)")
	thread := f("[main tid=1]")
	copyNative := f("JVM_ArrayCopy")
	stacks := [][]uint64{
		{init, lambda, runWorker, worker, run, thread}, {hidden, runWorker, worker, run, thread}, {generic, hidden, runWorker, worker, run, thread},
		{bytesArr, generic, runWorker, worker, run}, {unknown, interp, runWorker}, {vm}, {clinit, init, run}, {copyNative, generic, run},
	}
	var values [][]int64
	for i := range stacks {
		n := int64(2 + (i*5)%9)
		values = append(values, []int64{n * 10000000, n})
	}
	b.stacks(0, 0, stacks, values)
	b.p.timeNanos = 1700000000000000000
	return &b.p
}

// nodeStacks: Node's pprof gives every call site its own location (function + line), no
// mapping and no address.
func (b *builder) nodeStacks(stacks [][][2]int64, values [][]int64) {
	locs := map[[2]int64]uint64{}
	for i, st := range stacks {
		var ids []uint64
		for _, fl := range st {
			id, ok := locs[fl]
			if !ok {
				id = b.loc(0, 0, line{function: uint64(fl[0]), line: fl[1]})
				locs[fl] = id
			}
			ids = append(ids, id)
		}
		b.sample(values[i], ids...)
	}
}

func nodeWall() *profile {
	wall := valueType{"wall", "microseconds"}
	b := newBuilder(valueType{"sample", "count"}, wall)
	b.p.periodType = &wall
	b.p.period = 1000
	f := func(name, file string, start int64) int64 { return int64(b.fn(name, name, file, start)) }
	anonServer := f("(anonymous)", "file:///app/server.js", 12)
	anonRouter := f("(anonymous)", "/app/node_modules/express/lib/router/index.js", 280)
	handle := f("handleRequest", "file:///app/server.js", 40)
	program := f("(program)", "", 0)
	gc := f("(garbage collector)", "", 0)
	idle := f("(idle)", "", 0)
	ticks := f("processTicksAndRejections", "node:internal/process/task_queues", 67)
	timeout := f("listOnTimeout", "node:internal/timers", 507)
	parse := f("parse", "", 0)
	next := f("next", "/app/node_modules/express/lib/router/index.js", 177)
	stacks := [][][2]int64{
		{{handle, 45}, {anonServer, 14}, {next, 230}, {anonRouter, 284}},
		{{handle, 52}, {anonServer, 14}, {next, 230}, {anonRouter, 284}},
		{{parse, 0}, {handle, 47}, {anonServer, 15}, {ticks, 95}},
		{{program, 0}}, {{gc, 0}}, {{idle, 0}},
		{{anonServer, 20}, {timeout, 569}},
		{{next, 260}, {next, 230}, {anonRouter, 284}},
	}
	values := [][]int64{{4, 4000}, {3, 3100}, {2, 1900}, {10, 10000}, {1, 1000}, {30, 30200}, {2, 2000}, {5, 5050}}
	b.nodeStacks(stacks, values)
	b.p.durationNanos = 60e9
	return &b.p
}

func nodeHeap() *profile {
	space := valueType{"space", "bytes"}
	b := newBuilder(valueType{"objects", "count"}, space)
	b.p.periodType = &space
	b.p.period = 524288
	f := func(name, file string, start int64) int64 { return int64(b.fn(name, name, file, start)) }
	anon := f("(anonymous)", "file:///app/cache.js", 3)
	load := f("loadUsers", "file:///app/cache.js", 20)
	root := f("(root)", "", 0)
	b.nodeStacks([][][2]int64{{{anon, 8}, {load, 25}, {root, 0}}, {{load, 30}, {root, 0}}, {{anon, 9}, {root, 0}}},
		[][]int64{{100, 3276800}, {20, 65536}, {0, 0}})
	return &b.p
}

func pyroscopePython() *profile {
	b := newBuilder(cpuNanos)
	b.p.periodType = &cpuNanos
	b.p.period = 10000000
	f := func(name, file string) uint64 { return b.fn(name, name, file, 0) }
	module := f("<module>", "/app/main.py")
	mainFn := f("main", "/app/main.py")
	run := f("Worker.run", "/app/worker.py")
	listcomp := f("<listcomp>", "/app/worker.py")
	batch := f("process_batch", "/app/worker.py")
	loads := f("loads", "/usr/lib/python3.11/json/__init__.py")
	decode := f("JSONDecoder.raw_decode", "/usr/lib/python3.11/json/decoder.py")
	lambda := f("<lambda>", "/app/worker.py")
	b.stacks(0, 0, [][]uint64{
		{listcomp, batch, run, mainFn, module}, {decode, loads, batch, run, mainFn, module}, {lambda, listcomp, batch, run, mainFn, module},
		{batch, run, mainFn, module}, {run, mainFn, module},
	}, [][]int64{{50000000}, {120000000}, {30000000}, {10000000}, {20000000}})
	for i := range b.p.samples {
		b.p.samples[i].labels = []label{{key: "thread_name", str: "MainThread"}}
	}
	return &b.p
}

func perfConverter() *profile {
	cycles := valueType{"cycles", "event"}
	b := newBuilder(samplesCount, cycles)
	b.p.mappings = []mapping{
		{id: 1, start: 0x555555554000, limit: 0x555555754000, file: "/opt/app/bin/perfsvc", buildID: "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", hasFunctions: true, hasFilenames: true},
		{id: 2, start: 0x7ffff7a00000, limit: 0x7ffff7bc0000, offset: 0x28000, file: "/opt/app/lib/libc.so.6", buildID: "69389d485a9793dbe873f0ea2c93e02efaa9aa3d", hasFunctions: true},
		{id: 3, start: 0x7ffff7e00000, limit: 0x7ffff7f00000, file: "/opt/app/lib/libcrypto.so.3", buildID: "0f1e2d3c4b5a69788796a5b4c3d2e1f0"},
		{id: 4, start: 0x7ffff7fc1000, limit: 0x7ffff7fc3000, file: "[vdso]"},
		{id: 5, start: 0xffffffff81000000, limit: 0xffffffff82000000, file: "[kernel.kallsyms]", buildID: "deadbeefcafe0123456789abcdef012345678901", hasFunctions: true},
	}
	f := func(name string) uint64 { return b.fn(name, name, "", 0) }
	mainFn := f("main")
	serve := f("_ZN3svc6Server5serveEv")
	write := f("__GI___libc_write")
	entry := f("entry_SYSCALL_64_after_hwframe")
	doSys := f("do_syscall_64")
	ksys := f("ksys_write")
	vfs := f("vfs_write")
	loc := func(m, addr, fn uint64) uint64 { return b.loc(m, addr, line{function: fn}) }
	lMain := loc(1, 0x555555555123, mainFn)
	lServe := loc(1, 0x555555556456, serve)
	lWrite := loc(2, 0x7ffff7a1d2e0, write)
	lEntry := loc(5, 0xffffffff81c0007c, entry)
	lDoSys := loc(5, 0xffffffff81b8a2f1, doSys)
	lKsys := loc(5, 0xffffffff8137a5c9, ksys)
	lVfs := loc(5, 0xffffffff8137a1f0, vfs)
	lCrypto1 := b.loc(3, 0x7ffff7e4a9b0)
	lCrypto2 := b.loc(3, 0x7ffff7e51c20)
	lVdso := b.loc(4, 0x7ffff7fc1a3d)
	b.sample([]int64{5, 5000000}, lVfs, lKsys, lDoSys, lEntry, lWrite, lServe, lMain)
	b.sample([]int64{2, 2100000}, lKsys, lDoSys, lEntry, lWrite, lServe, lMain)
	b.sample([]int64{7, 6900000}, lCrypto1, lCrypto2, lServe, lMain)
	b.sample([]int64{3, 3000000}, lCrypto2, lServe, lMain)
	b.sample([]int64{1, 1000000}, lVdso, lMain)
	b.sample([]int64{4, 4000000}, lServe, lMain)
	return &b.p
}

func ebpfUnsymbolized() *profile {
	b := newBuilder(samplesCount)
	b.p.periodType = &cpuNanos
	b.p.period = 52631578
	b.p.mappings = []mapping{
		{id: 1, start: 0x400000, limit: 0xa00000, file: "/app/bin/ebpfsvc", buildID: "8f2c1d0e9b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d"},
		{id: 2, start: 0x7f3a1c000000, limit: 0x7f3a1c1c0000, offset: 0x26000, file: "/app/lib/libssl.so.3", buildID: "b7c6d5e4f3a2b1c0"},
		// A Go binary the agent symbolized itself.
		{id: 3, start: 0x10000000, limit: 0x10800000, file: "/app/bin/gosvc", buildID: "go-build-id-1234", hasFunctions: true},
	}
	a1, a2, a3 := b.loc(1, 0x4a1b2c), b.loc(1, 0x4a2000), b.loc(1, 0x401f00)
	s1, s2 := b.loc(2, 0x7f3a1c0312a0), b.loc(2, 0x7f3a1c045e10)
	// A JIT or unmapped frame: address only.
	jit := b.loc(0, 0x7f00dead0010)
	gomain := b.fn("main.main", "main.main", "/src/gosvc/main.go", 10)
	goHandle := b.fn("main.handle", "main.handle", "/src/gosvc/main.go", 30)
	g1 := b.loc(3, 0x10001234, line{function: goHandle, line: 33})
	g2 := b.loc(3, 0x10000100, line{function: gomain, line: 12})
	b.sample([]int64{9}, a1, a2, a3)
	b.sample([]int64{4}, s1, s2, a2, a3)
	b.sample([]int64{2}, jit, a3)
	b.sample([]int64{6}, g1, g2)
	b.sample([]int64{1}, s2, g1, g2)
	for i := range b.p.samples {
		b.p.samples[i].labels = []label{{key: "comm", str: "ebpfsvc"}, {key: "pid", num: 4242}}
	}
	return &b.p
}

func emptyStringsNoPeriod() *profile {
	b := newBuilder(valueType{"alloc_space", "bytes"}, valueType{"", ""})
	// No period_type, no period; two sample types, the second one unnamed.
	mainFn := b.fn("main.main", "", "", 0)
	unnamed := b.fn("", "", "/src/unknown.go", 0)
	work := b.fn("main.work", "main.work", "", 0)
	b.stacks(0, 0, [][]uint64{{work, mainFn}, {unnamed, work, mainFn}, {unnamed, mainFn}}, [][]int64{{4096, 1}, {8192, 2}, {1024, 3}})
	b.p.extraStrings = []string{"", "", "unused", ""}
	b.p.defaultSampleType = "alloc_space"
	return &b.p
}

func diffNegative() *profile {
	b := newBuilder(samplesCount, cpuNanos)
	b.p.periodType = &cpuNanos
	b.p.period = 10000000
	b.p.mappings = []mapping{{id: 1, start: 0x400000, limit: 0x800000, file: "/app/bin/diffsvc", hasFunctions: true, hasFilenames: true, hasLineNumbers: true}}
	f := func(name string) uint64 { return b.fn(name, name, "/src/diffsvc/main.go", 0) }
	mainFn, encode, decode, hash, idle := f("main.main"), f("main.encode"), f("main.decode"), f("main.hash"), f("main.idle")
	// As `go tool pprof -proto -diff_base` writes it: the base's samples negated and
	// labelled pprof::base=true, so they cancel and stay out of the total.
	b.stacks(1, 0x401000, [][]uint64{
		{encode, mainFn}, {decode, mainFn}, {hash, encode, mainFn}, {idle, mainFn},
		{encode, mainFn}, {decode, mainFn}, {hash, decode, mainFn}, {idle, mainFn},
	}, [][]int64{{30, 300000000}, {5, 50000000}, {12, 120000000}, {0, 0}, {-10, -100000000}, {-8, -80000000}, {-3, -30000000}, {-2, -20000000}})
	for i := 4; i < 8; i++ {
		b.p.samples[i].labels = []label{{key: "pprof::base", str: "true"}}
	}
	return &b.p
}

func multiValueAnnotated() *profile {
	b := newBuilder(valueType{"alloc_objects", "count"}, valueType{"alloc_space", "bytes"}, valueType{"inuse_objects", "count"}, valueType{"inuse_space", "bytes"})
	b.p.periodType = &valueType{"space", "bytes"}
	b.p.period = 524288
	b.p.defaultSampleType = "alloc_space"
	b.p.dropFrames = "^runtime\\.malg$|^allocator\\."
	b.p.comments = []string{"produced by a custom exporter", "host=build-7"}
	b.p.docURL = "https://example.com/docs/heap"
	b.p.timeNanos = 1700000000123456789
	f := func(name string) uint64 {
		return b.fn(name, name, "/src/svc/"+strings.SplitN(name, ".", 2)[0]+".go", 0)
	}
	mainFn, load, grow, malloc, alloc := f("main.main"), f("main.load"), f("cache.grow"), f("runtime.mallocgc"), f("allocator.Alloc")
	b.stacks(0, 0, [][]uint64{{malloc, grow, load, mainFn}, {alloc, malloc, load, mainFn}, {malloc, load, mainFn}, {grow, mainFn}},
		[][]int64{{10, 40960, 2, 8192}, {4, 1 << 20, 4, 1 << 20}, {1, 512, 0, 0}, {3, 3072, 3, 3072}})
	return &b.p
}

func inlineColumns() *profile {
	b := newBuilder(cpuNanos)
	b.p.periodType = &cpuNanos
	b.p.period = 1000000
	b.p.mappings = []mapping{{id: 1, start: 0x400000, limit: 0x800000, file: "/app/bin/inlined", hasFunctions: true, hasFilenames: true, hasLineNumbers: true, hasInlineFrames: true}}
	mainFn := b.fn("main.main", "main.main", "/src/inl/main.go", 5)
	outer := b.fn("main.outer", "main.outer", "/src/inl/main.go", 20)
	inner := b.fn("main.inner", "main.inner", "/src/inl/inner.go", 3)
	leaf := b.fn("strings.Index", "strings.Index", "/usr/lib/go/src/strings/strings.go", 1090)
	// One location, three frames: leaf inlined into inner inlined into outer; columns set.
	l1 := b.loc(1, 0x401234, line{leaf, 1101, 9}, line{inner, 7, 14}, line{outer, 25, 2})
	l2 := b.loc(1, 0x401300, line{inner, 8, 3}, line{outer, 26, 2})
	l3 := b.loc(1, 0x400100, line{mainFn, 9, 7})
	l4 := b.loc(1, 0x401400, line{outer, 30, 5})
	b.sample([]int64{7000000}, l1, l3)
	b.sample([]int64{3000000}, l2, l3)
	b.sample([]int64{2000000}, l4, l3)
	b.sample([]int64{1000000}, l1, l4, l3)
	return &b.p
}

// duplicateFunctionIDs: two Function messages with id 1 (a buggy merger); pprof rejects it.
func duplicateFunctionIDs() *profile {
	b := newBuilder(samplesCount)
	a := b.fn("main.a", "main.a", "", 0)
	b.p.functions = append(b.p.functions, function{id: a, name: "main.b", systemName: "main.b"})
	b.sample([]int64{3}, b.loc(0, 0x1000, line{function: a, line: 1}))
	return &b.p
}

// locationIDZero: a location with the reserved id 0, referenced by a sample; pprof rejects it.
func locationIDZero() *profile {
	b := newBuilder(samplesCount)
	f := b.fn("main.zero", "main.zero", "", 0)
	b.p.locations = []location{{id: 0, address: 0x2000, lines: []line{{function: f, line: 4}}}, {id: 1, address: 0x2100, lines: []line{{function: f, line: 5}}}}
	b.sample([]int64{2}, 0, 1)
	b.sample([]int64{1}, 1)
	return &b.p
}
