// A TinyGo program's panic under a WebAssembly runtime (wasmStackTrace.ts): wazero's `wasm stack
// trace:` and wasmtime's `wasm backtrace:` read as the crashed goroutine's stack, a frame per
// function at its own location, named as Go names it, blamed on the first frame of the program.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, GoroutineDumpScanner, scanGoroutineDump } from '../../../src/core/goroutines';
import { goFunctionName } from '../../../src/core/goroutines/wasmStackTrace';

/** Hand-made from wazero's documented trace (its RuntimeConfig.WithDebugInfoEnabled comment, its DWARF tests' `(inlined)` lines). */
const WAZERO = readFileSync('test/fixtures/goroutines/wasm_wazero_tinygo_dwarf_inlined.txt', 'utf8');
/** Hand-made from wasmtime's error chain with WASMTIME_BACKTRACE_DETAILS=1 (`N:  0x… - name` over `at file:line:column`). */
const WASMTIME = readFileSync('test/fixtures/goroutines/wasm_wasmtime_tinygo_backtrace_details.txt', 'utf8');

const stack = (text: string) => {
  const a = analyzeGoroutineDump(text);
  const g = [...a.dump.goroutines];
  return { frames: g.map(x => x.frames.map(f => `${f.func} ${f.file.slice(f.file.lastIndexOf('/') + 1)}:${f.line}`)), cut: g.map(x => x.cut), truncated: a.dump.truncated, crash: a.dump.crash?.message, first: a.groups[0]?.suspect };
};

describe('goroutines: a WebAssembly runtime\'s stack trace of a TinyGo program', () => {
  it('wazero: each function at its own location (the last under its inlined calls), its module\'s name dropped, a receiver as Go writes it', () => {
    assert.deepEqual(stack(WAZERO), {
      frames: [[
        'runtime._panic runtime_tinygowasm.go:78', 'runtime.lookupPanic panic.go:112', 'example.com/inventory/stock.(*Ledger).Reserve ledger.go:28',
        'main.main main.go:17', 'runtime.run$1 scheduler_any.go:25', 'runtime.run$1$gowrapper scheduler_any.go:23', 'tinygo_launch task_asyncify_wasm.S:59',
        'internal/task.(*Task).Resume task_asyncify.go:109', 'runtime.scheduler scheduler.go:236', 'runtime.run scheduler_any.go:28', '_start runtime_wasm_wasip1.go:21',
      ]],
      cut: [false], truncated: false, crash: 'panic: runtime error: index out of range',
      first: '1 goroutine crashed (panic: runtime error: index out of range) in stock.(*Ledger).Reserve (ledger.go:28)',
    });
  });

  it('wasmtime: each numbered frame at its `at` location, `module!` dropped, the runtime\'s `<goroutine wrapper>` no frame', () => {
    assert.deepEqual(stack(WASMTIME), {
      frames: [[
        'runtime._panic runtime_tinygowasm.go:70', 'runtime.nilPanic panic.go:184', 'main.(*parser).next parse.go:52', 'main.main main.go:19',
        'runtime.run$1 scheduler_any.go:25', 'tinygo_launch task_asyncify_wasm.S:59', 'internal/task.(*Task).Resume task_asyncify.go:109',
        'runtime.scheduler scheduler.go:236', 'runtime.run scheduler_any.go:28', '_start runtime_wasm_wasip1.go:21',
      ]],
      cut: [false], truncated: false, crash: 'panic: runtime error: nil pointer dereference',
      first: '1 goroutine crashed (panic: runtime error: nil pointer dereference) in main.(*parser).next (parse.go:52)',
    });
  });

  it('a trace the paste cut is the crashed goroutine cut: inside a location\'s path, or after an inlined call\'s location', () => {
    const inPath = stack(WAZERO.slice(0, WAZERO.indexOf('main.go:17')));
    assert.deepEqual([inPath.cut, inPath.truncated, inPath.frames[0].at(-1)], [[true], true, 'main.main :0']);
    const afterInlined = stack(WAZERO.slice(0, WAZERO.indexOf('		        /home/dev/inventory/stock/ledger.go:28')));
    assert.deepEqual([afterInlined.cut, afterInlined.truncated, afterInlined.frames[0].at(-1)], [[true], true, 'example.com/inventory/stock.(*Ledger).Reserve ledger.go:41']);
    const wasmtimeCut = stack(WASMTIME.slice(0, WASMTIME.indexOf('scheduler.go:236')));
    assert.deepEqual([wasmtimeCut.cut, wasmtimeCut.truncated, wasmtimeCut.frames[0].length], [[true], true, 8]);
  });

  it('reads alike on the byte path, as text and in pieces of any size', () => {
    for (const [what, text] of Object.entries({ WAZERO, WASMTIME })) {
      const bytes = new TextEncoder().encode(text);
      const asText = JSON.stringify(scanGoroutineDump(text));
      assert.equal(JSON.stringify(scanGoroutineDump(bytes)), asText, `${what}: bytes and text`);
      for (const size of [1, 5, 64]) {
        const scanner = new GoroutineDumpScanner();
        for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
        assert.equal(JSON.stringify(scanner.finish()), asText, `${what}: pieces of ${size}`);
      }
    }
  });

  it('TinyGo\'s receiver with its package inside the parentheses is Go\'s, with it outside', () => {
    assert.equal(goFunctionName('(*github.com/x/core.Group).Queue$1$gowrapper'), 'github.com/x/core.(*Group).Queue$1$gowrapper');
    assert.equal(goFunctionName('(example.com/a.T).String'), 'example.com/a.T.String');
    assert.equal(goFunctionName('main.main$1'), 'main.main$1');
    assert.equal(goFunctionName('(reflect.Type).IsVariadic()'), 'reflect.Type.IsVariadic()');
  });

  it('a trace of names alone (a build without DWARF) is the crashed goroutine\'s, a frame per function with no location, blamed on the program\'s', () => {
    // wazero/wazero#2392: `--no-debug`, the trace indented by the paste.
    const wazero = stack(readFileSync('test/fixtures/goroutines/pasted/wazero_2392_no_debug_wasm_stack_trace_names_only.txt', 'utf8'));
    assert.deepEqual(wazero, {
      frames: [['runtime.runtimePanicAt ?:0', 'runtime.runtimePanic ?:0', 'main.say#wasmexport ?:0']], cut: [false], truncated: false,
      crash: 'panic: wasm error: unreachable', first: '1 goroutine crashed (panic: wasm error: unreachable) in main.say#wasmexport',
    });
    // Hand-made: wasmtime's numbered frames without `at` lines (its note to set WASMTIME_BACKTRACE_DETAILS under them), other names.
    const wasmtime = stack(readFileSync('test/fixtures/goroutines/wasm_wasmtime_tinygo_no_debug_names_only.txt', 'utf8'));
    assert.deepEqual(wasmtime, {
      frames: [['runtime._panic ?:0', 'runtime.lookupPanic ?:0', 'example.com/books/entries.(*Journal).Post ?:0', 'main.main ?:0', 'runtime.run$1 ?:0', 'tinygo_launch ?:0', 'runtime.scheduler ?:0', '_start ?:0']],
      cut: [false], truncated: false, crash: 'panic: runtime error: index out of range',
      first: '1 goroutine crashed (panic: runtime error: index out of range) in entries.(*Journal).Post',
    });
    // The last function of a located trace, whose location the paste cut, is no frame without a location: left as it stood.
    const cut = stack(WAZERO.slice(0, WAZERO.indexOf('\t\t0x9f10')));
    assert.equal(cut.frames[0].at(-1), 'example.com/inventory/stock.(*Ledger).Reserve ledger.go:28');
  });

  it('V8\'s console (Chrome, Node): `RuntimeError: unreachable` over `at NAME (…wasm-function[N]:OFF)` frames read as the crashed goroutine\'s, the host\'s JavaScript frames not', () => {
    // Hand-made: Node running a TinyGo module, the module's offsets in hex, a method named as TinyGo names it.
    const node = stack(readFileSync('test/fixtures/goroutines/wasm_v8_node_tinygo_wasm_function_frames.txt', 'utf8'));
    assert.deepEqual(node, {
      frames: [['runtime._panic ?:0', 'runtime.lookupPanic ?:0', 'example.com/books/entries.(*Journal).Post ?:0', 'main.main ?:0', 'runtime.run$1 ?:0', '_start ?:0']],
      cut: [false], truncated: false, crash: 'panic: runtime error: index out of range [3] with length 3',
      first: '1 goroutine crashed (panic: runtime error: index out of range [3] with length 3) in entries.(*Journal).Post',
    });
    // tinygo-org/tinygo#296: Chromium 73's offsets in the function, in decimal, after Firefox's copy of the same crash.
    const chromium = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/pasted/tinygo_296_chromium_console_runtimeerror_unreachable_wasm_function_frames.txt', 'utf8'));
    assert.deepEqual([...chromium.dump.goroutines].map(g => g.frames.map(f => f.func)), [['runtime._panic', 'syscall/js.Value.Call', 'cwa_main']]);
    // A JavaScript error whose frames are all JavaScript's is no Go stack.
    assert.deepEqual(analyzeGoroutineDump('panic: boom\nRuntimeError: unreachable\n    at run (http://localhost:8080/app.js:12:3)\n').dump.goroutines.length, 0);
  });
});

