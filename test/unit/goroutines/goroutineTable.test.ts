// The scanner stores goroutines column-wise; what callers read back must be the goroutines of the
// dump, field for field, however they read them (get, iteration, JSON).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GoroutineTable, scanGoroutineDump, type Goroutine } from '../../../src/core/goroutines';
import { CORPUS_DIR, DEMO_DIR } from './goldenSummary';

const plain = (g: Goroutine) => JSON.parse(JSON.stringify(g)) as unknown;

describe('goroutines: the column-wise goroutine list', () => {
  it('reads back the same goroutines through get, iteration and JSON', () => {
    const text = readFileSync(join(CORPUS_DIR, 'gsp_go121_createdby.txt'), 'utf8');
    const list = scanGoroutineDump(text).goroutines;
    const headers = text.split('\n').filter(l => /^goroutine \d+ \[/.test(l)).length;
    assert.equal(list.length, headers);
    const iterated = [...list];
    assert.equal(iterated.length, list.length);
    iterated.forEach((g, i) => assert.deepEqual(plain(g), plain(list.get(i))));
    assert.deepEqual(JSON.parse(JSON.stringify(list)), iterated.map(plain));
    // Go ≥ 1.21 names the creating goroutine; the column keeps numbers and null apart.
    assert.ok(iterated.some(g => typeof g.creatorGoroutine === 'number' && g.creatorGoroutine > 0));
    assert.ok(iterated.some(g => g.creatorGoroutine === null));
  });

  it('shares interned stacks and header fields between goroutines', () => {
    const dump = scanGoroutineDump(readFileSync(join(DEMO_DIR, 'demo_debug2.txt')));
    const byKey = new Map<string, Goroutine>();
    let shared = 0;
    for (const g of dump.goroutines) {
      const key = g.frames.map(f => `${f.func} ${f.file}:${f.line}`).join('\n');
      const first = byKey.get(key);
      if (first) { assert.equal(g.frames, first.frames, 'identical stacks are one array'); shared++; } else byKey.set(key, g);
    }
    assert.ok(shared > 0, 'the demo dump repeats stacks');
  });

  it('takes apart goroutines built elsewhere and gives them back unchanged', () => {
    const table = new GoroutineTable();
    const race: Goroutine = {
      id: 8, state: 'data race (read)', waitMinutes: null, lockedToThread: false, leaked: false, synctest: false,
      frames: [{ func: 'main.(*stats).record', file: '/src/race/main.go', line: 18 }], args: null,
      createdBy: { func: 'main.main', file: '/src/race/main.go', line: 36 }, creatorGoroutine: 1, framesElided: false,
      stackUnavailable: false, cut: false, ancestors: [], waitOn: { kind: 'memory', op: 'read', address: '0x00c0000180d8', inexact: false },
      lines: { start: 3, end: 5 }, labels: null,
    };
    const elided: Goroutine = {
      ...race, id: 18970952966, state: 'chan send', waitMinutes: 429, lockedToThread: true, creatorGoroutine: null,
      createdBy: null, framesElided: true, waitOn: null, args: ['0xc000123456, 0x2'], lines: { start: 10, end: 12 },
      labels: { request_id: 'abc-123' },
    };
    table.addGoroutine(race);
    table.addGoroutine(elided);
    assert.equal(table.length, 2);
    assert.deepEqual(plain(table.get(0)), plain(race));
    assert.deepEqual(plain(table.get(1)), plain(elided), 'ids beyond 32 bits, minutes, flags, arguments and labels survive');
    assert.throws(() => table.get(2), RangeError);
    assert.throws(() => table.get(-1), RangeError);
  });

  it('grows past its first chunks of rows without losing goroutines', () => {
    const count = 10000;
    const text = Array.from({ length: count }, (_, i) =>
      `goroutine ${i + 1} [chan receive, ${i % 7} minutes]:\nmain.worker(0xc000${(i + 4096).toString(16)})\n\t/src/main.go:${10 + (i % 3)} +0x25\ncreated by main.main in goroutine 1\n\t/src/main.go:40 +0x65\n`,
    ).join('\n');
    const list = scanGoroutineDump(text).goroutines;
    assert.equal(list.length, count);
    for (const i of [0, 4095, 4096, 8191, 8192, count - 1]) {
      const g = list.get(i);
      assert.equal(g.id, i + 1);
      assert.equal(g.frames[0].line, 10 + (i % 3));
      assert.equal(g.waitMinutes, i % 7);
      assert.equal(g.creatorGoroutine, 1);
      assert.deepEqual(g.lines, { start: i * 6 + 1, end: i * 6 + 5 });
    }
  });

  it('removes and copies rows across chunk boundaries', () => {
    const table = new GoroutineTable();
    const base: Goroutine = {
      id: 0, state: 'select', waitMinutes: null, lockedToThread: false, leaked: false, synctest: false,
      frames: [{ func: 'main.loop', file: '/src/main.go', line: 7 }], args: null, createdBy: null, creatorGoroutine: null,
      framesElided: false, stackUnavailable: false, cut: false, ancestors: [], waitOn: null, lines: { start: 0, end: 0 }, labels: null,
    };
    const rows = 9000;
    for (let i = 0; i < rows; i++) table.addGoroutine({ ...base, id: i + 1, creatorGoroutine: i % 2 ? i : null, lines: { start: i, end: i + 1 } });
    const copy = table.copyRows(4000, 8500, new Set([4096]));
    assert.equal(copy.length, 4499);
    assert.deepEqual([copy.get(0).id, copy.get(95).id, copy.get(96).id, copy.get(4498).id], [4001, 4096, 4098, 8500]);
    table.remove(100, 5000);
    assert.equal(table.length, rows - 5000);
    assert.deepEqual([table.get(99).id, table.get(100).id, table.get(rows - 5001).id], [100, 5101, rows]);
    assert.equal(table.get(100).creatorGoroutine, null);
    assert.equal(table.get(101).creatorGoroutine, 5101);
    assert.deepEqual(table.get(rows - 5001).lines, { start: rows - 1, end: rows });
  });

  // The scanner reads each goroutine's frames into lists it reuses from one goroutine to the next
  // (a shallower stack after a deeper one leaves stale frames past its end): each must get its own.
  it('gives each goroutine its own frames, after deeper ones and after one deeper than the lists kept between goroutines', () => {
    const text = readFileSync(join(CORPUS_DIR, 'panicparse_static_panicweb_debug2.txt'), 'utf8');
    const blocks = text.split(/\n(?=goroutine \d+ \[)/).filter(b => b.startsWith('goroutine '));
    const calls = (block: string) => block.split('\n').slice(1)
      .filter(l => l !== '' && !l.startsWith('\t') && !l.startsWith('created by ')).map(l => l.slice(0, l.lastIndexOf('(')));
    const list = scanGoroutineDump(text).goroutines;
    assert.equal(list.length, blocks.length);
    const depths = blocks.map(b => calls(b).length);
    assert.ok(depths.some((d, i) => i > 0 && d < depths[i - 1]), 'the dump has a stack shallower than the one before it');
    blocks.forEach((b, i) => assert.deepEqual(list.get(i).frames.map(f => f.func), calls(b), `goroutine ${i}`));

    const deep = 1500;
    const frame = (name: string, line: number) => [`main.${name}(0x1)`, `\t/src/main.go:${line} +0x1d`];
    const made = [
      'goroutine 1 [running]:', ...Array.from({ length: deep }, (_, i) => frame(`f${i}`, i + 1)).flat(), '',
      'goroutine 2 [select]:', ...frame('g', 1), ...frame('h', 2), '',
      'goroutine 3 [chan receive]:', ...frame('k', 3), '',
    ].join('\n');
    const shallow = scanGoroutineDump(made).goroutines;
    assert.deepEqual([...shallow].map(g => g.frames.length), [deep, 2, 1]);
    assert.deepEqual(shallow.get(1).frames.map(f => f.func), ['main.g', 'main.h']);
    assert.deepEqual(shallow.get(2).frames.map(f => `${f.func} ${f.line}`), ['main.k 3']);
    assert.equal(shallow.get(0).frames[deep - 1].func, `main.f${deep - 1}`);
  });

  it('finds a stack again by the id its interner gave it, in any order and past the room it starts with', () => {
    const table = new GoroutineTable();
    const header = table.plainHeader('running');
    const stacks = Array.from({ length: 300 }, (_, i) => [{ func: `main.f${i}`, file: '/src/main.go', line: i + 1 }]);
    const order = [299, 0, 5, 299, 64, 0, 65, 5, 200, 1];
    order.forEach((id, row) => table.add(row + 1, header, stacks[id], null, null, null, row + 1, row + 1, null, null, id));
    assert.equal(table.stackCount, new Set(order).size);
    order.forEach((id, row) => {
      assert.equal(table.frames(row), stacks[id]);
      assert.equal(table.stackIndex(row), table.stackIndex(order.indexOf(id)), `row ${row} shares the index of the first row of stack ${id}`);
    });
  });

  it('lists each stack of a scanned dump once, goroutines read on their lines, replayed and race accesses alike', () => {
    for (const name of ['demo_debug2.txt', 'race_then_panic.txt']) {
      const table = scanGoroutineDump(readFileSync(join(DEMO_DIR, name))).goroutines;
      assert.ok(table instanceof GoroutineTable);
      const indexOfStack = new Map<readonly unknown[], number>();
      for (let row = 0; row < table.length; row++) {
        const frames: readonly unknown[] = table.frames(row);
        let index = indexOfStack.get(frames);
        if (index === undefined) { index = table.stackIndex(row); indexOfStack.set(frames, index); }
        assert.equal(table.stackIndex(row), index, `${name}: row ${row}'s stack has one index`);
        assert.equal(table.stackAt(index), frames);
      }
      assert.equal(table.stackCount, indexOfStack.size, name);
      assert.ok(table.length > indexOfStack.size, `${name} repeats stacks`);
    }
  });
});
