// A new variant is one row: made-up rows (a `file:line` ending in ` sp=0x…`, a call with bracketed
// arguments, a tracer's `--- 3 frames hidden ---` line) added to the tables in a process of their own
// (madeUpRows/main.ts), with no other edit, are read by the byte path and the text path alike.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { scanGoroutineDump } from '../../../src/core/goroutines';
import { madeUpDump } from './madeUpRows/dump';
import { plainJson } from './readAlike';

interface Reading {
  goroutines: { id: number; frames: { func: string; file: string; line: number }[]; framesElided: boolean; createdBy: { func: string } | null }[];
  warnings: string[];
}

describe('goroutines: made-up rows of the stack-line tables, read alike on both paths with no other edit', () => {
  it('reads every made-up line from its row, the same on the bytes and on the text', () => {
    const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'madeUpRows', 'main.ts')], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const reading = JSON.parse(child.stdout) as Reading;
    assert.deepEqual(reading.goroutines.map(g => g.frames.map(f => `${f.func} ${f.file}:${f.line}`)), [
      ['main.worker /app/main.go:12', 'main.main /app/main.go:30'],
      ['main.worker /app/main.go:14'],
    ]);
    assert.deepEqual(reading.goroutines.map(g => g.framesElided), [true, false]);
    assert.equal(reading.goroutines[1].createdBy?.func, 'main.main');
    assert.deepEqual(reading.warnings, []);
  });

  it('without the rows the same dump loses those lines (the rows are what read them)', () => {
    const dump = plainJson(scanGoroutineDump(new TextEncoder().encode(madeUpDump))) as Reading;
    assert.notDeepEqual(dump.goroutines.map(g => g.frames.map(f => f.func)), [['main.worker', 'main.main'], ['main.worker']]);
    assert.equal(dump.goroutines.some(g => g.framesElided), false);
  });
});
