// A long run of lines that never came before (a stack of distinct frames) is read with only some of
// its lines looked up in the line memo. What comes after it must read as it reads alone, and lines
// that repeat again must be remembered again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_EVERY, UNSEEN_RUN_BEFORE_SAMPLING } from '../../../src/core/goroutines/unrepeatedRun';
import { LineMeanings, type LineMeaning } from '../../../src/core/goroutines/lineMeanings';
import { FrameInterner } from '../../../src/core/goroutines/frameInterner';
import { analyzeGoroutineDump, type Goroutine } from '../../../src/core/goroutines';
import { plainJson, readAlike } from './readAlike';

// Real Go 1.19 output (`runtime/pprof` debug=2 of the runtime's wait shapes), a fixture of the goroutine tests.
const realDump = readFileSync(join(__dirname, '../../fixtures/goroutines/go119_debug2.txt'), 'utf8');

/** A goroutine `depth` frames deep, each frame its own function at its own line (Go prints no such stack: crafted). */
function distinctStack(id: number, depth: number): string {
  const lines = [`goroutine ${id} [select]:`];
  for (let i = 0; i < depth; i++) lines.push(`main.f${i}(0x1)`, `\t/src/main.go:${i + 1} +0x1d`);
  lines.push('created by main.main', '\t/src/main.go:1 +0x1');
  return lines.join('\n') + '\n\n';
}

/** Reads one line at a time through a line memo of its own. */
function lineReader(): (line: string) => LineMeaning {
  const meanings = new LineMeanings(new FrameInterner(), false);
  const encoder = new TextEncoder();
  return line => { const bytes = encoder.encode(line); return meanings.read(bytes, 0, bytes.length); };
}

describe('a run of lines that never came before', () => {
  it('leaves the real dump after it read as it reads alone, on both paths', () => {
    // Two lines a frame: the run is long by the middle of the stack, and sampled from there on.
    const depth = UNSEEN_RUN_BEFORE_SAMPLING;
    const dump = readAlike(distinctStack(1_000_000, depth) + realDump);
    const alone = readAlike(realDump);
    const deep = dump.goroutines.get(0);
    assert.equal(deep.frames.length, depth);
    for (const i of [0, 1, depth / 2, depth - 1]) assert.deepEqual(deep.frames[i], { func: `main.f${i}`, file: '/src/main.go', line: i + 1 });
    assert.equal(dump.goroutines.length, alone.goroutines.length + 1);
    const read = (g: Goroutine) => plainJson({ id: g.id, state: g.state, waitMinutes: g.waitMinutes, frames: g.frames, createdBy: g.createdBy,
      creatorGoroutine: g.creatorGoroutine, waitOn: g.waitOn, lockedToThread: g.lockedToThread, framesElided: g.framesElided });
    assert.deepEqual([...dump.goroutines].slice(1).map(read), [...alone.goroutines].map(read));
    const groupsOf = (text: string) => analyzeGoroutineDump(text).groups.filter(g => g.frames.length < depth)
      .map(g => ({ count: g.count, state: g.state, frames: g.frames, createdBy: g.createdBy, suspect: g.suspect }));
    assert.deepEqual(groupsOf(distinctStack(1_000_000, depth) + realDump), groupsOf(realDump));
  });

  it('looks up only some lines of a long run: a line read twice in it is not remembered, as it is outside one', () => {
    const outside = lineReader();
    const notRememberedOutside = outside('main.unique(0x1)');
    outside('main.g(0x1)');
    assert.notEqual(outside('main.g(0x1)'), notRememberedOutside);
    const inRun = lineReader();
    for (let i = 0; i < UNSEEN_RUN_BEFORE_SAMPLING; i++) inRun(`main.f${i}(0x1)`);
    const notRemembered = inRun('main.unique(0x1)');
    inRun('main.g(0x1)');
    assert.equal(inRun('main.g(0x1)'), notRemembered);
  });

  it('remembers repeated lines again after the run', () => {
    const read = lineReader();
    for (let i = 0; i < 2 * UNSEEN_RUN_BEFORE_SAMPLING; i++) read(`main.f${i}(0x1)`);
    // The one object a line not remembered is read into (lineMeanings.ts' transient meaning).
    const notRemembered = read('main.unique(0x1)');
    const stack = ['main.a(0x1)', '\t/src/a.go:1 +0x1', 'main.b()', '\t/src/b.go:2 +0x2', 'created by main.main'];
    for (let i = 0; i < SAMPLE_EVERY * stack.length * 4; i++) read(stack[i % stack.length]);
    for (const line of stack) {
      const first = read(line);
      assert.notEqual(first, notRemembered, line);
      assert.equal(read(line), first, line);
    }
  });
});
