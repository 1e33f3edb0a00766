// A paste that stops where Go had more to print: inside the crash's `[signal …` line (Go closes it
// with `]`), or inside a log record's stack field (its closing quote never came). Each is a cut: the
// dump truncated, the crash kept, the stack read from the field marked cut with what it has. Crash
// lines that stop whole stay crash lines pasted alone. Go-made dumps (scripts/go/crashshapes, Go 1.19) cut by
// hand, and records of several loggers' shapes cut at each kind of place; both scanner paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { readGoroutines } from '../../../src/core/input';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

/** The text as a string and as bytes: the scanner's two paths read it alike. */
function bothPaths(text: string): GoroutineAnalysis[] {
  return [analyzeGoroutineDump(text), analyzeGoroutineDump(new TextEncoder().encode(text))];
}

const CLOSERS = ['', '\n', '\n```\n', '\n\n'];

describe('goroutines: a paste cut in its crash lines or in a record\'s stack field', () => {
  it('cut anywhere inside the `[signal …` line under the crash lines: truncated, the crash kept', () => {
    // A nil dereference raised again from its handler, and a fault's two crash lines over theirs.
    for (const [name, crash] of [
      ['repanic_nil_deref_system.txt', 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference'],
      ['go119_fault.txt', 'unexpected fault address 0x7fba3d20a000 / fatal error: fault'],
    ] as const) {
      const text = fixture(name);
      const signal = text.slice(text.indexOf('[signal '), text.indexOf(']', text.indexOf('[signal ')) + 1);
      const signalLine = text.slice(0, text.indexOf('[signal ')).split('\n').length;
      // Inside the signal's name, its words, its `code=`, `addr=`, `pc=`, and right before the `]`; and its first characters alone.
      for (const keep of [2, 4, 10, 12, 24, 40, signal.length - 8, signal.length - 1]) {
        for (const closer of CLOSERS) {
          const cut = text.slice(0, text.indexOf('[signal ') + keep) + closer;
          for (const a of bothPaths(cut)) {
            const what = JSON.stringify(cut.slice(-30));
            assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length, a.dump.truncated], [crash, 0, true], what);
            assert.match(a.dump.warnings.at(-1)?.message ?? '', new RegExp(`^the dump is truncated at line ${signalLine}, (inside|at the start of) the crash's \`\\[signal …\` line: the goroutines under it are missing$`), what);
            assert.ok(!a.dump.warnings.some(w => w.message.includes('skipped')), what);
          }
        }
      }
      // Whole, with nothing under it: the crash lines pasted alone, not cut.
      for (const a of bothPaths(text.slice(0, text.indexOf(signal) + signal.length) + '\n```\n')) {
        assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length, a.dump.truncated], [crash, 0, false], name);
      }
    }
  });

  it('stopped after a `[recovered]` line, or after the nested panic: crash lines quoted alone, not cut', () => {
    // A paster who quotes only the crash's first line means it: no cut is claimed where every line is whole.
    const text = fixture('demo_repanic.txt');
    const lines = text.split('\n');
    for (const count of [1, 2]) {
      for (const closer of CLOSERS) {
        for (const a of bothPaths(lines.slice(0, count).join('\n') + closer)) {
          assert.deepEqual([a.dump.goroutines.length, a.dump.truncated], [0, false], `${count} ${JSON.stringify(closer)}`);
          assert.match(a.dump.crash?.message ?? '', /^panic: dispatcher: 12 items left and no worker to take them \[recovered\]/);
        }
      }
    }
  });

  it('the input door says the text is cut before the goroutines, not that the crash came alone', () => {
    const text = fixture('repanic_nil_deref_system.txt');
    const cut = text.slice(0, text.indexOf('[signal ') + 30);
    assert.throws(() => readGoroutines(cut), {
      message: 'no goroutine dump found: line 1 is a crash (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / ' +
        'panic: runtime error: invalid memory address or nil pointer dereference), and the text is cut before any goroutine under it',
    });
  });

  describe('a log record cut inside its stack field', () => {
    // A recovered panic's debug.Stack as zap writes it (names over `\n\t` locations, no offsets), then as others name the field.
    const frames = [
      ['github.com/acme/gateway/internal/recovery.zapWrapper.Println', '/home/ci/go/src/github.com/acme/gateway/internal/recovery/zap.go:33'],
      ['github.com/gorilla/handlers.recoveryHandler.ServeHTTP.func1', '/home/ci/go/pkg/mod/github.com/gorilla/handlers@v1.5.1/recovery.go:78'],
      ['runtime.gopanic', '/usr/local/go/src/runtime/panic.go:522'],
      ['github.com/acme/gateway/cmd/app.(*Handler).Submit', '/home/ci/go/src/github.com/acme/gateway/cmd/app/handler.go:126'],
    ];
    const kept = frames.map(([func]) => func);
    const before = frames.map(([func, location]) => `${func}\\n\\t${location}`).join('\\n');
    const next = 'net/http.HandlerFunc.ServeHTTP';
    const records: Record<string, (stack: string) => string> = {
      'zap (`stacktrace`)': stack => `{"level":"error","ts":1572431197.49,"caller":"recovery/zap.go:33","msg":"runtime error: index out of range","stacktrace":"${stack}`,
      'slog (`stack`)': stack => `{"time":"2024-05-01T10:00:00.000Z","level":"ERROR","msg":"panic recovered","err":"boom","stack":"${stack}`,
      'logrus / zerolog (`stack_trace`)': stack => `{"level":"error","msg":"panic","stack_trace":"${stack}`,
      'logfmt (`stacktrace="…"`)': stack => `ts=2024-05-01T10:00:00Z level=error msg="panic recovered" stacktrace="${stack}`,
      'a pretty-printed JSON member (`"stack_trace": "…"`)': stack => `{\n  "level": "error",\n  "stack_trace": "${stack}`,
    };
    // Where the cut fell, and the frames the stack keeps (the last with its file, or '' when the cut took its `file:line`).
    const cuts: [string, string, string[], string][] = [
      ['between two frames', `${before}\\n`, kept, '/home/ci/go/src/github.com/acme/gateway/cmd/app/handler.go'],
      ['inside the `\\n` escape', `${before}\\`, kept, '/home/ci/go/src/github.com/acme/gateway/cmd/app/handler.go'],
      ['in a name that names no function yet', `${before}\\nne`, kept, '/home/ci/go/src/github.com/acme/gateway/cmd/app/handler.go'],
      ['in a name that names its package', `${before}\\nnet/http.HandlerFu`, [...kept, 'net/http.HandlerFu…'], ''],
      ['after a name, before its location', `${before}\\n${next}`, [...kept, `${next}…`], ''],
      ['after a name and its tab', `${before}\\n${next}\\n\\t`, [...kept, `${next}…`], ''],
      ['inside a path', `${before}\\n${next}\\n\\t/usr/local/go/src/net/ht`, [...kept, next], ''],
      ['inside a line number', `${before}\\n${next}\\n\\t/usr/local/go/src/net/http/server.go:20`, [...kept, next], '/usr/local/go/src/net/http/server.go'],
    ];
    for (const [logger, record] of Object.entries(records)) {
      it(logger, () => {
        for (const [where, stack, funcs, lastFile] of cuts) {
          for (const closer of CLOSERS) {
            const text = `The gateway logged this before it restarted:\n${record(stack)}${closer}`;
            const line = text.split('\n').findIndex(l => l.includes(stack.slice(0, 40))) + 1;
            for (const a of bothPaths(text)) {
              const what = `${logger}, ${where}, then ${JSON.stringify(closer)}`;
              assert.equal(a.dump.truncated, true, what);
              assert.deepEqual(a.dump.headlessStacks.map(s => [s.frames.map(f => f.func), s.frames.at(-1)?.file, s.cut]), [[funcs, lastFile, true]], what);
              const warning = a.dump.warnings.at(-1)?.message ?? '';
              assert.ok(warning.startsWith(`the dump is truncated at line ${line}, inside a log record's stack field: the stack read from it is cut off (kept with the ${funcs.length} frames before the cut`), `${what}: ${warning}`);
              // The piece that names no function is said, not skipped unsaid.
              if (stack.endsWith('\\nne')) assert.ok(warning.endsWith('; the piece after them, `ne`, cut too short to read)'), what);
              assert.ok(!a.dump.warnings.some(w => w.message.includes('skipped') && w.line === line), what);
            }
          }
        }
        // Closed, the field is the whole stack.
        for (const a of bothPaths(`${record(`${before}\\n${next}\\n\\t/usr/local/go/src/net/http/server.go:2007`)}"}\n`)) {
          assert.equal(a.dump.truncated, false, logger);
          assert.deepEqual(a.dump.headlessStacks.map(s => [s.frames.length, s.cut]), [[5, undefined]], logger);
        }
      });
    }
  });
  describe('a stack field whose header is behind the record\'s words, its line breaks real, cut in the first call', () => {
    // debug.Stack as Go printed it (scripts/go/printedpanic, Go 1.19), its header behind a logfmt record's words (the field's
    // quote escaped when the record was quoted again: `stack=\"goroutine 300 [running]:`, argo-workflows#6103), the lines
    // under it with their real line breaks and no prefix; the text cut inside the first call.
    const stack = fixture('go119_printed_panic_debug_stack.txt').split('\n').slice(2).join('\n');
    const [header, call] = stack.split('\n');
    const records: Record<string, string> = {
      'logfmt, its quote escaped': 'time="2021-06-08T10:00:00Z" level=error msg="recovered from panic: runtime error: index out of range\\"\n  stack=\\"',
      'logfmt': 'level=error msg="recovered from panic" stack="',
      'a JSON member': '{"level":"error","msg":"recovered from panic","stack":"',
    };
    // Where the cut fell in `runtime/debug.Stack()`, and the frame kept.
    const cuts: [string, string][] = [
      ['in its name once it names its package', 'runtime/debug.S…'],
      ['after its name', 'runtime/debug.Stack…'],
      ['in its arguments', 'runtime/debug.Stack'],
    ];
    for (const [what, record] of Object.entries(records)) {
      it(what, () => {
        for (const [where, frame] of cuts) {
          const kept = where.startsWith('in its name') ? call.slice(0, 'runtime/debug.S'.length) : where.startsWith('after') ? call.slice(0, -2) : call.slice(0, -1);
          for (const closer of CLOSERS) {
            const text = `The controller logged this:\n${record}${header}\n${kept}${closer}`;
            for (const a of bothPaths(text)) {
              assert.deepEqual([[...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.map(f => f.func)]), a.dump.truncated], [[[6, true, [frame]]], true], `${what}, ${where}, then ${JSON.stringify(closer)}`);
            }
          }
        }
        // The call whole, with nothing under it: read as before, the goroutine cut after it.
        for (const a of bothPaths(`The controller logged this:\n${record}${header}\n${call}\n`)) {
          assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.map(f => f.func)]), [[6, true, ['runtime/debug.Stack']]], what);
        }
      });
    }
    it('a header quoted in words, the words going on under it, is no goroutine', () => {
      for (const a of bothPaths('I think the culprit is\n  stack="goroutine 12 [chan send]:\nand then it hangs')) assert.equal(a.dump.goroutines.length, 0);
    });
  });
});
