// Numbers the scan keeps in the fields of records it reuses for every line or goroutine stay small
// integers in V8. When one of them is first stored as a double, V8 changes the record's hidden class
// mid-scan and throws away every function compiled for the old one (a wave of deoptimisations on the
// 8.3 MB bench dump, the scan's per-line code then unoptimised again). What V8 made of a value is
// seen only through its natives syntax, so the check runs in a child process that has it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** Runs `body` (JavaScript requiring the sources, `%DebugPrint` allowed) and returns what it printed. */
function debugPrinted(body: string): string {
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--require', 'tsx/cjs', '-e', body], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** The line %DebugPrint gave for property `name`. */
function propertyLine(printed: string, name: string): string {
  const line = printed.split('\n').find(l => l.includes(`#${name}: `));
  assert.ok(line, `${name} printed:\n${printed}`);
  return line;
}

describe('small integer fields of the scan\'s reused records', () => {
  it('a goroutine waiting at an inexact (`?`) address keeps its wait priority a small integer', () => {
    const printed = debugPrinted(`
      const { FrameInterner } = require('./src/core/goroutines/frameInterner');
      const { GoroutineBuilder } = require('./src/core/goroutines/goroutineBuilder');
      const interner = new FrameInterner();
      const builder = new GoroutineBuilder(interner, false);
      const g = builder.begin(1, { state: 'chan receive', waitMinutes: null, lockedToThread: false, leaked: false, synctest: false }, 0);
      builder.addFrame(interner.funcOfNewBytes('runtime.chanrecv1', false), -1, '0xc000123456?, 0x0?', 1);
      if (g.waitOn === null || !g.waitOn.inexact) throw new Error('no inexact wait read');
      // The field's value as V8 reads it out of the record: a double field's reads are doubles.
      %DebugPrint({ waitPriority: g.waitPriority });
    `);
    assert.doesNotMatch(propertyLine(printed, 'waitPriority'), /HeapNumber/);
  });

  it('a location id found by path and line number in the map is a small integer', () => {
    const printed = debugPrinted(`
      const { PathLineIds } = require('./src/core/goroutines/pathLineIds');
      const ids = new PathLineIds();
      ids.set(0, 42, 7);
      const id = ids.get(0, 42);
      if (id !== 7) throw new Error('not found: ' + id);
      %DebugPrint({ id });
    `);
    assert.doesNotMatch(propertyLine(printed, 'id'), /HeapNumber/);
  });
});
