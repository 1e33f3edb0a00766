// CRI's partial records (`… stdout P …` then `… stdout F …`): a line longer than the runtime's limit
// split into records, each behind its own prefix, joined back into the program's line before the
// text is cut into lines; read alike as a string, as bytes and in chunks of any size.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, GoroutineDumpScanner, type GoroutineAnalysis } from '../../../src/core/goroutines';

// scripts/go/crilong (Go 1.19): runtime.Stack(all) of 201 goroutines in one JSON record, split into 16 KiB records as containerd splits it.
const fixture = readFileSync('test/fixtures/goroutines/cri_partial_json_stack.txt', 'utf8');
const cri = (tag: 'P' | 'F', text: string) => `2024-05-01T10:00:00.123456789Z stderr ${tag} ${text}`;

function reading(a: GoroutineAnalysis) {
  return {
    groups: a.groups.map(g => [g.count, g.state, g.frames.map(f => `${f.func} ${f.line}`)]), crash: a.dump.crash?.message ?? null,
    warnings: a.dump.warnings.map(w => w.message),
  };
}

function read(text: string) {
  const asText = reading(analyzeGoroutineDump(text));
  assert.deepEqual(reading(analyzeGoroutineDump(new TextEncoder().encode(text))), asText, 'bytes and text read alike');
  return asText;
}

describe('goroutines: CRI partial records joined', () => {
  it('a JSON record of 27 KiB holding runtime.Stack(all), split in two `P` records and an `F`: every goroutine read', () => {
    const a = read(fixture);
    assert.deepEqual(a.groups.map(([count, state]) => [count, state]), [[200, 'chan receive'], [1, 'running']]);
    assert.deepEqual(a.warnings.map(w => w.slice(0, 8)), ['line 1: ', 'line 3: ']);
  });

  it('the same pushed in chunks of any size, a prefix or a line break cut by a chunk\'s end', () => {
    const bytes = new TextEncoder().encode(fixture);
    const whole = analyzeGoroutineDump(bytes).dump.goroutines.length;
    for (const size of [1, 2, 45, 63, 64, 65, 1000, 16384]) {
      const scanner = new GoroutineDumpScanner();
      for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
      assert.equal(scanner.finish().goroutines.length, whole, `chunks of ${size}`);
    }
  });

  it('a record cut anywhere in an escaped stack reads as the whole record', () => {
    const stack = 'goroutine 7 [running]:\nmain.(*Pool).Submit(0xc000012345, {0x1, 0x2})\n\t/app/pool.go:42 +0x1d\ncreated by main.main in goroutine 1\n\t/app/main.go:9 +0x2a\n';
    const record = JSON.stringify({ level: 'error', msg: 'panic recovered', stack });
    const expected = read(cri('F', record));
    assert.deepEqual(expected.groups, [[1, 'running', ['main.(*Pool).Submit 42']]]);
    for (let cut = 1; cut < record.length; cut++) {
      assert.deepEqual(read([cri('P', record.slice(0, cut)), cri('F', record.slice(cut))].join('\n') + '\n'), expected, `cut at ${cut}`);
    }
  });

  it('a panic\'s value longer than the limit, its rest in the next record: the crash line whole, nothing skipped', () => {
    const value = `invalid config: ${'x'.repeat(40)}`;
    const lines = [cri('P', `panic: ${value.slice(0, 20)}`), cri('F', value.slice(20)), cri('F', ''), cri('F', 'goroutine 1 [running]:'), cri('F', 'main.main()'), cri('F', '\t/app/main.go:5 +0x1d')];
    const a = read(lines.join('\r\n') + '\r\n');
    assert.deepEqual([a.crash, a.warnings], [`panic: ${value}`, []]);
  });

  it('records of F alone are read as they were: no line joined', () => {
    const lines = [cri('F', 'panic: boom'), cri('F', ''), cri('F', 'goroutine 1 [running]:'), cri('F', 'main.main()'), cri('F', '\t/app/main.go:5 +0x1d')];
    assert.deepEqual(read(lines.join('\n') + '\n'), { groups: [[1, 'running', ['main.main 5']]], crash: 'panic: boom', warnings: [] });
  });
});
