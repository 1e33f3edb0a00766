// debug=1 goroutine profiles as people have them: appended captures, a PC without a function, a
// total quoted in prose, and other debug=1 profiles (threadcreate) that are not goroutines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const debug1 = readFileSync('test/fixtures/goroutines/demo_debug1.txt', 'utf8');
const debug2 = readFileSync('test/fixtures/goroutines/demo_debug2.txt', 'utf8');

describe('goroutines: debug=1 profiles', () => {
  it('two profiles appended to one file: the last is grouped, the first is named as an earlier dump', () => {
    const once = analyzeGoroutineDump(debug1);
    const twice = analyzeGoroutineDump(debug1 + debug1);
    const firstLines = debug1.split('\n').length - 1;
    assert.equal(twice.total, once.total);
    assert.equal(twice.parsed, once.parsed);
    assert.deepEqual(twice.groups.map(g => g.count), once.groups.map(g => g.count));
    assert.deepEqual(twice.dump.earlierDumps, [{ lines: { start: 1, end: firstLines }, goroutines: once.total, crash: null }]);
    assert.deepEqual(twice.dump.warnings.map(w => w.message), [
      `the text holds 2 goroutine profiles (from line 1): only the last one, from line ${firstLines + 1}, is grouped; ` +
      'select another profile\'s lines to group it',
    ]);
  });

  it('a PC runtime/pprof has no function for (`#\\t0x…`) is a frame named by its address', () => {
    const text = debug1.replace(/^#\t(0x4f1e71)\t.*$/m, '#\t$1');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual(a.dump.warnings, []);
    const group = a.groups.find(g => g.frames.some(f => f.func === '0x4f1e71'));
    assert.equal(group?.count, 12);
    assert.deepEqual(group?.frames.map(f => [f.func, f.file, f.line]), [['0x4f1e71', '', 0]]);
  });

  it('"goroutine profile: total N" inside a sentence is prose, not the total', () => {
    const a = analyzeGoroutineDump(`From the goroutine profile: total 5000 goroutines, here is the debug=2:\n${debug2}`);
    assert.equal(a.dump.declaredTotal, null);
    assert.equal(a.total, a.parsed);
    assert.equal(a.total, analyzeGoroutineDump(debug2).total);
    assert.deepEqual(a.dump.warnings.map(w => w.line), [1]);
  });

  it('a threadcreate profile is not read as goroutines, and says so', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/corpus/pprof_td_go.godoc.thread'));
    assert.equal(a.parsed, 0);
    assert.equal(a.dump.format, 'empty');
    assert.deepEqual(a.dump.warnings.map(w => w.message), ['line 1: a threadcreate profile, not goroutines: its records are left out']);
  });

  it('a goroutine profile after another profile is read', () => {
    const thread = readFileSync('test/fixtures/corpus/pprof_td_go.godoc.thread', 'utf8');
    const a = analyzeGoroutineDump(`${thread}\n${debug1}`);
    assert.equal(a.total, analyzeGoroutineDump(debug1).total);
    assert.equal(a.parsed, a.total);
  });

  it('a logged stack (prefix on its header line only), then threadcreate and goroutine profiles, as Go writes them', () => {
    const text = readFileSync('test/fixtures/goroutines/demo_logged_stack.txt', 'utf8');
    const a = analyzeGoroutineDump(text);
    // The stack written through the log package is read, not dropped as a note.
    assert.equal(a.parsed, 1);
    assert.equal(a.total, 1);
    assert.deepEqual(a.groups[0].frames.map(f => f.func), ['runtime/debug.Stack', 'main.main']);
    const lines = text.split('\n');
    const threadLine = lines.findIndex(l => l.startsWith('threadcreate profile:')) + 1;
    const profileLine = lines.findIndex(l => l.startsWith('goroutine profile:')) + 1;
    assert.deepEqual(a.dump.warnings.map(w => w.message), [
      `line ${threadLine}: a threadcreate profile, not goroutines: its records are left out`,
      `line ${profileLine}: the text also holds a debug=1 goroutine profile (total 6): only the goroutine stacks are grouped; ` +
      'select the profile\'s lines to group it',
    ]);
    // The profiles alone: threadcreate's records (after a blank line too) are no goroutines.
    const profiles = analyzeGoroutineDump(text.slice(text.indexOf('threadcreate profile:')));
    assert.equal(profiles.total, 6);
    assert.equal(profiles.parsed, 6);
    assert.deepEqual(profiles.groups.map(g => g.count).sort(), [1, 2, 3]);
    assert.ok(!profiles.groups.some(g => g.frames.some(f => f.func === 'main.pinned') && g.count === 1), 'the pinned thread is no goroutine');
  });

  it('a logged stack with a prefix on every line (kubectl --prefix, compose, quotes) is read as without it', () => {
    const text = readFileSync('test/fixtures/goroutines/demo_logged_stack.txt', 'utf8');
    const stack = text.slice(0, text.indexOf('threadcreate profile:'));
    const plain = analyzeGoroutineDump(stack);
    for (const prefix of ['[pod/api-7d9f8b6c4-x2x7q/server] ', 'api-1  | ', '> ', '2025-01-21T06:05:27.259586Z stderr F ']) {
      const a = analyzeGoroutineDump(stack.split('\n').map(l => prefix + l).join('\n'));
      assert.equal(a.parsed, 1, prefix);
      assert.deepEqual(a.groups.map(g => g.frames), plain.groups.map(g => g.frames), prefix);
    }
  });

  it('a note quoting a goroutine header right before a debug=1 record is a note', () => {
    const note = debug1.replace(/\n\n(\d+ @)/, '\n\nnote: see goroutine 12 [chan send]:\n$1');
    const a = analyzeGoroutineDump(note);
    const plain = analyzeGoroutineDump(debug1);
    assert.equal(a.dump.format, 'debug1');
    assert.equal(a.total, plain.total);
    assert.deepEqual(a.groups.map(g => g.count), plain.groups.map(g => g.count));
  });

  it('a goroutineleak profile (Go ≥ 1.26) is read as goroutines, each group a leak', () => {
    const leak = debug1.replace('goroutine profile: total 40', 'goroutineleak profile: total 40');
    const a = analyzeGoroutineDump(leak);
    assert.equal(a.total, 40);
    assert.deepEqual(a.dump.warnings, []);
    assert.ok(a.groups.filter(g => !g.isIdleRuntime).every(g => g.leaked === g.count && g.suspect?.includes('leaked (reported by the runtime)')));
  });

  it('a note quoting a profile header after a profile leaves the profile as it was', () => {
    const a = analyzeGoroutineDump(`${debug1}note: goroutine profile: total 5\nthat was yesterday\n`);
    const plain = analyzeGoroutineDump(debug1);
    assert.equal(a.total, plain.total);
    assert.deepEqual(a.groups.map(g => g.count), plain.groups.map(g => g.count));
    assert.deepEqual(a.dump.earlierDumps, []);
  });
});
