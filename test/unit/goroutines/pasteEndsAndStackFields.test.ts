// Shapes found in pastes (test/fixtures/goroutines/pasted, realPastes.test.ts says how each reads):
// what follows a whole dump (a markdown heading), a debug=1 profile cut under a record's `N @ 0x…`
// line, a docker json-file record cut in its message, and a logger's stack field in a record that
// is not one JSON or logfmt line (pretty-printed JSON, PingCAP's record without its time column),
// and a dump quoted whole whose string opens with its crash line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { readGoroutines } from '../../../src/core/input';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

describe('goroutines: paste ends and stack fields', () => {
  it('a markdown heading after a whole dump is text after it, not a debug=1 `#` line cut short', () => {
    // Go's panic (goroutinegen), then the issue template's next heading, whatever closes the paste.
    const dump = fixture('demo_panic.txt').replace(/\n+$/, '\n');
    const whole = analyzeGoroutineDump(dump);
    assert.equal(whole.dump.truncated, false);
    for (const after of ['\n# Motivation', '```\n\n# Expected behavior\n', '\n# Proposal\n\nAdd a defer/recover']) {
      const a = analyzeGoroutineDump(dump + after);
      assert.equal(a.dump.truncated, false, JSON.stringify(after));
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.cut]), [...whole.dump.goroutines].map(g => [g.id, false]), JSON.stringify(after));
      assert.equal(a.groups[0]?.suspect, whole.groups[0]?.suspect);
    }
  });

  it('a debug=1 record of two pcs or more as the last line is cut before its frames; one of a single pc may be goexit alone', () => {
    const lines = fixture('go119_debug1.txt').split('\n');
    // The profile down to its second record's `N @ 0x…` line: runtime/pprof prints a `#` line for each pc but goexit's.
    const second = lines.findIndex((line, i) => i > 1 && /^\d+ @ 0x/.test(line));
    const cut = lines.slice(0, second + 1).join('\n');
    for (const closer of ['', '\n', '\n```\n']) {
      const a = analyzeGoroutineDump(cut + closer);
      assert.equal(a.dump.truncated, true, JSON.stringify(closer));
      assert.ok(a.dump.warnings.some(w => w.message === `the dump is truncated at line ${second + 1}: the record at line ${second + 1} is cut off before its frames, and records after it are missing`),
        a.dump.warnings.map(w => w.message).join('\n'));
    }
    // A goroutine not started yet has only runtime.goexit's pc, which debug=1 prints no `#` line for: that record is whole,
    // and the text is cut only in that the profile's total counts more goroutines than its records.
    const goexitOnly = analyzeGoroutineDump(`${lines.slice(0, second).join('\n')}\n1 @ 0x461461\n`);
    assert.deepEqual(goexitOnly.dump.warnings.map(w => w.message), [`the dump is truncated after line ${second + 1}: its records count 4 of the 13 goroutines its header (line 1) declares, so records after it are missing`]);
  });

  it('a debug=1 profile cut in a record\'s frame line, its function named but its `file:line` column missing, is cut there', () => {
    // Go's debug=1 profile (runtimeshapes): runtime/pprof prints the `file:line` column for every pc it names a function for.
    const lines = fixture('go119_debug1.txt').split('\n');
    const frameLine = lines[3];
    const record = lines.slice(0, 3);
    for (const cut of [frameLine.slice(0, frameLine.indexOf('+0x')), frameLine.slice(0, frameLine.lastIndexOf('/'))]) {
      const a = analyzeGoroutineDump([...record, cut].join('\n'));
      assert.equal(a.dump.truncated, true, cut);
      assert.ok(a.dump.warnings.some(w => w.message === 'the dump is truncated at line 4: the record at line 2 is cut off (kept with the 2 frames before the cut), and records after it are missing'),
        a.dump.warnings.map(w => w.message).join('\n'));
    }
    // The whole line, and a pc runtime/pprof has no function for (`#\t0x…` alone), are no line cut; the record is cut after
    // them all the same (its header ends in main.lockMutex's pc, the frame runtime/pprof prints last), as are the records after it.
    for (const last of [frameLine, '#\t0x466da4']) {
      const a = analyzeGoroutineDump([...record, last].join('\n'));
      assert.deepEqual(a.dump.warnings.map(w => w.message), [
        'the dump is truncated at line 4: the record at line 2 is cut off (kept with the 2 frames before the cut), and records after it are missing']);
    }
  });

  it('a docker json-file record the paste cut inside its message is the dump\'s cut line, its function without the record\'s opening', () => {
    // Go's crash (goroutinegen), every line a json-file record as docker writes a container's stderr, the last cut in its call's arguments.
    const dump = fixture('demo_panic.txt').split('\n').filter(line => line !== '');
    const records = dump.map((line, i) => JSON.stringify({ log: `${line}\n`, stream: 'stderr', time: `2019-01-10T09:07:52.6${String(i).padStart(8, '0')}Z` }));
    const callAt = dump.findIndex((line, i) => i > 3 && /^[\w./]+\.\w+\(0x/.test(line));
    assert.ok(callAt > 0);
    const cutRecord = records[callAt].slice(0, records[callAt].indexOf('(0x') + 5);
    const a = analyzeGoroutineDump([...records.slice(0, callAt), cutRecord].join('\n'));
    assert.equal(a.dump.truncated, true);
    const cutFrames = [...a.dump.goroutines].at(-1)!.frames.map(f => f.func);
    assert.equal(cutFrames.at(-1), dump[callAt].slice(0, dump[callAt].indexOf('(')));
    assert.ok(cutFrames.every(f => !f.includes('{')), cutFrames.join('\n'));
  });

  it('a dump written whole as one quoted string that opens with its crash line is unescaped and read, not taken for a crash line with a long message', () => {
    // Go's panic (goroutinegen) as a JSON encoder quotes it (a string value pasted alone) and as klog quotes an argument.
    const dump = fixture('demo_panic.txt').replace(/\n+$/, '\n');
    const whole = analyzeGoroutineDump(dump);
    const reading = (a: typeof whole) => [a.dump.crash?.message, a.dump.goroutines.length, a.dump.truncated, a.groups[0]?.suspect];
    for (const text of [JSON.stringify(dump), `E1206 08:00:00.000000       1 main.go:10] ${JSON.stringify(dump)}`, `"${JSON.stringify(dump).slice(1, 4000)}`]) {
      const a = analyzeGoroutineDump(text);
      if (text.endsWith('"')) assert.deepEqual(reading(a), reading(whole), text.slice(0, 40));
      else {
        // Cut inside the string: the crash line and the goroutines before the cut, the last one marked cut.
        assert.equal(a.dump.crash?.message, whole.dump.crash?.message);
        assert.equal(a.dump.truncated, true);
        assert.equal(a.groups[0]?.suspect, whole.groups[0]?.suspect);
      }
    }
  });

  describe('a logger\'s stack field without a goroutine header', () => {
    // Go's pkg/errors-style stack (loggerstack): the error, then each function over its tab-indented `file:line`.
    const stack = fixture('logger_stack_kubectl.txt').split('\n').slice(2, 15).map(line => line.replace(/^\[pod\/[^\]]*\] /, '')).join('\n');
    const funcs = ['main.(*store).fetch', 'main.(*store).refresh.func1', 'main.(*store).refresh', 'main.main', 'runtime.main', 'runtime.goexit'];
    const escaped = JSON.stringify(stack).slice(1, -1);

    const readsStack = (text: string, what: string) => {
      assert.doesNotThrow(() => readGoroutines(text), what);
      const a = analyzeGoroutineDump(text);
      assert.deepEqual(a.dump.headlessStacks.map(s => s.frames.map(f => f.func)), [funcs], what);
      assert.equal(a.stackSuspect?.frame?.func, 'main.(*store).fetch', what);
    };

    it('in a pretty-printed JSON record, one member a line (`"stack_trace": "…"`)', () => {
      const record = ['{', '    "level": "error",', '    "msg": "refresh failed",', `    "stack_trace": "${escaped}",`, '    "ts": "2024-01-08T20:29:17.651657Z"', '}'];
      readsStack(record.join('\n'), 'pretty-printed');
      // The same member in a record on one line, and zap's key, read as before.
      readsStack(`{"level":"error","msg":"refresh failed","stack_trace":"${escaped}"}`, 'one line, stack_trace');
      readsStack(`{"level":"error","msg":"refresh failed","stacktrace":"${escaped}"}`, 'one line, stacktrace');
    });

    it('in PingCAP\'s record whose time column the paste left out (`["stack trace"="…"]`)', () => {
      readsStack(`[ERROR] [misc.go:91] ["panic in the recoverable goroutine"] [r="\\"send on closed channel\\""] ["stack trace"="${escaped}"]`, 'level first');
      readsStack(`[2023/04/18 10:00:00.000 +08:00] [ERROR] [misc.go:91] ["panic in the recoverable goroutine"] ["stack trace"="${escaped}"]`, 'with its time');
    });

    it('prose quoting a key is no record', () => {
      for (const line of [`"stack_trace" is where the stack goes: "${escaped}"`, `[NOTE] the stack trace field holds "${escaped}"`]) {
        assert.deepEqual(analyzeGoroutineDump(line).dump.headlessStacks, [], line);
      }
    });
  });
});
