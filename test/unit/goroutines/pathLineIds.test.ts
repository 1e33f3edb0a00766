// Location ids by path and line must be what a plain map of (path, line) gives, whether a path's lines
// stay in the hash map (a dump's few lines per file) or move to a list indexed by line (a stack of
// 10^5 distinct lines of one file, from line 1 or from far down the file, with sparse lines before,
// among and past them), and a deep stack of distinct lines read through the scanner keeps them apart.
import assert from 'node:assert/strict';
import { PathLineIds } from '../../../src/core/goroutines/pathLineIds';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Sets every (path, line) of `lines` not set before, checking each lookup against a Map on the way and all of them at the end. */
function checkAgainstMap(lines: readonly (readonly [number, number])[]): void {
  const ids = new PathLineIds();
  const model = new Map<string, number>();
  for (const [path, line] of lines) {
    const key = `${path}:${line}`;
    const found = ids.get(path, line);
    assert.equal(found, model.get(key) ?? -1, key);
    if (found < 0) { ids.set(path, line, model.size); model.set(key, model.size); }
  }
  for (const [key, id] of model) {
    const [path, line] = key.split(':').map(Number);
    assert.equal(ids.get(path, line), id, key);
  }
  for (let line = 0; line < 3000; line++) if (!model.has(`0:${line}`)) assert.equal(ids.get(0, line), -1, `0:${line}`);
}

describe('goroutines: location ids by path and line', () => {
  it('a deep stack of distinct lines of one file, from line 1, then other files and the same lines again', () => {
    const lines: [number, number][] = [];
    for (let line = 1; line <= 100_000; line++) lines.push([0, line]);
    for (let line = 1; line <= 200; line++) lines.push([line % 7 + 1, line * 37]);
    for (let line = 100_000; line >= 1; line -= 997) lines.push([0, line]);
    checkAgainstMap(lines);
  });

  it('lines that start far down the file, in random order, with sparse lines past them, before them and in other files', () => {
    const next = random(7);
    const lines: [number, number][] = [];
    for (let i = 0; i < 50; i++) lines.push([1, Math.floor(next() * 2 ** 29)]);
    for (let i = 0; i < 100_000; i++) lines.push([0, 50_000 + Math.floor(next() * 50_000)]);
    for (let i = 0; i < 50; i++) lines.push([0, Math.floor(next() * 2 ** 29)]);
    for (let i = 0; i < 40_000; i++) lines.push([Math.floor(next() * 3), Math.floor(next() * 2 ** 20)]);
    for (let i = 0; i < 2_000; i++) lines.push([0, Math.floor(next() * 3000)]);
    checkAgainstMap(lines);
  });

  it('a stack of 50,000 distinct frames of one file keeps each frame its own line', () => {
    const frames = Array.from({ length: 50_000 }, (_, i) => `pkg.step${i}(0x1)\n\t/app/deep.go:${i + 9000} +0x1d`);
    const text = `goroutine 1 [chan receive]:\n${frames.join('\n')}\n`;
    const { dump } = analyzeGoroutineDump(new TextEncoder().encode(text));
    const stack = dump.goroutines.get(0).frames;
    assert.equal(stack.length, 50_000);
    for (const i of [0, 1, 1023, 1024, 4095, 4096, 49_999]) assert.deepEqual(stack[i], { func: `pkg.step${i}`, file: '/app/deep.go', line: i + 9000 });
  });
});
