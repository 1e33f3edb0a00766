// The top table's windows (core/report topWindow.ts), what the editor's table asks the worker
// for: on real profiles, every order and filter the table offers, its windows put end to end are
// the whole table in that order, with pprof's order as the tie-break and sum% running on.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseProfile } from '../../../src/core/pprof';
import { QueriedProfile, TopTableWindows, topRowMatcher, topRows, type TopTableData, type TopTableOrder, type TopWindow } from '../../../src/core/report';

const FIXTURES = path.join(__dirname, '../../fixtures');

function tableOf(file: string, granularity: 'functions' | 'lines'): TopTableData {
  const profile = parseProfile(fs.readFileSync(path.join(FIXTURES, file)));
  return topRows(new QueriedProfile(profile, { sampleType: profile.sampleTypes.length - 1, granularity, filters: [] }));
}

/** Every row of the table in `order`, asked for `size` rows at a time. */
function walk(windows: TopTableWindows, order: TopTableOrder, size: number): TopWindow[] {
  const out: TopWindow[] = [];
  for (let start = 0; ; start += size) {
    const w = windows.window({ ...order, start, count: size });
    out.push(w);
    if (start + size >= w.matched) return out;
  }
}

const ORDERS: TopTableOrder[] = [
  { sortKey: 'flat', descending: true, filter: '' },
  { sortKey: 'flat', descending: false, filter: '' },
  { sortKey: 'cum', descending: true, filter: '' },
  { sortKey: 'cum', descending: false, filter: '' },
  { sortKey: 'name', descending: false, filter: '' },
  { sortKey: 'name', descending: true, filter: '' },
  { sortKey: 'cum', descending: true, filter: 'RUNTIME.' },
  { sortKey: 'name', descending: false, filter: '/^(runtime|syscall)\\.[a-m]/' },
  { sortKey: 'flat', descending: true, filter: '/^RUNTIME\\./i' },
];

describe('top table windows', () => {
  for (const [file, granularity] of [['corpus/pprof_td_large.cpu', 'functions'], ['corpus/pprof_td_large.cpu', 'lines']] as const) {
    const table = tableOf(file, granularity);
    const rowOf = (i: number) => ({ name: table.names[i], functionName: table.functionNames?.[i], file: table.files[i], line: table.lines[i], flat: table.flat[i], cum: table.cum[i] });

    for (const order of ORDERS) {
      it(`${path.basename(file)} by ${granularity}, ${order.sortKey} ${order.descending ? 'descending' : 'ascending'}${order.filter ? `, filter ${order.filter}` : ''}: windows end to end are the table in that order`, () => {
        const windows = new TopTableWindows(table);
        const match = topRowMatcher(order.filter);
        const kept = table.names.flatMap((n, i) => (match(n) ? [i] : []));
        assert.ok(kept.length > 1, 'the filter keeps rows to order');
        const parts = walk(windows, order, 37);
        const rows = parts.flatMap(w => w.names.map((name, k) => ({
          name, functionName: w.functionNames?.[k], file: w.files[k], line: w.lines[k], flat: w.flat[k], cum: w.cum[k], running: w.runningFlat[k],
        })));
        assert.equal(rows.length, kept.length);
        for (const w of parts) assert.deepEqual([w.matched, w.rowCount, w.sortKey, w.descending, w.filter], [kept.length, table.names.length, order.sortKey, order.descending, order.filter]);
        // The same rows as the table's, each once, in the order asked, ties in pprof's order.
        const place = new Map(kept.map(i => [JSON.stringify(rowOf(i)), i]));
        const at = rows.map(({ running: _, ...r }) => place.get(JSON.stringify(r)));
        assert.ok(at.every(i => i !== undefined));
        assert.equal(new Set(at).size, kept.length);
        const key = (i: number) => (order.sortKey === 'name' ? table.names[i] : table[order.sortKey][i]);
        for (let k = 1; k < at.length; k++) {
          const a = key(at[k - 1]!), b = key(at[k]!);
          const inOrder = order.descending ? a > b : a < b;
          assert.ok(inOrder || (a === b && at[k - 1]! < at[k]!), `rows ${k - 1} and ${k}: ${a} then ${b}`);
        }
        // pprof's sum%: flat summed down the table in this order.
        let sum = 0;
        rows.forEach((r, k) => { sum += r.flat; assert.ok(Math.abs(r.running - sum) <= 1e-9 * Math.max(1, Math.abs(sum)), `sum at row ${k}`); });
      });
    }
  }

  it('a window past the end is empty, one across it is cut there, and the last order asked is kept', () => {
    const table = tableOf('corpus/pprof_td_large.cpu', 'functions');
    const windows = new TopTableWindows(table);
    const order: TopTableOrder = { sortKey: 'name', descending: false, filter: 'runtime' };
    const all = windows.window({ ...order, start: 0, count: 1e9 });
    const tail = windows.window({ ...order, start: all.matched - 3, count: 10 });
    assert.deepEqual(tail.names, all.names.slice(-3));
    const past = windows.window({ ...order, start: all.matched + 100, count: 10 });
    assert.deepEqual([past.start, past.names.length, past.matched], [all.matched, 0, all.matched]);
    // Asked again in the same order (a filter with spaces around it is the same filter), the rows are those already sorted.
    assert.deepEqual(windows.window({ ...order, filter: ' runtime ', start: 5, count: 5 }).names, all.names.slice(5, 10));
  });

  it('filters: a substring whatever its case, /regex/ and /regex/i; a pattern that does not compile keeps nothing; a hostile one runs in linear time', () => {
    assert.ok(topRowMatcher('Runtime.MALLOC')('runtime.mallocgc'));
    assert.ok(!topRowMatcher('/Runtime/')('runtime.mallocgc'));
    assert.ok(topRowMatcher('/Runtime/i')('runtime.mallocgc'));
    assert.ok(topRowMatcher('  ')('anything'));
    assert.ok(!topRowMatcher('/(?<=a)b/')('ab'), 'lookbehind is not RE2: nothing matches');
    assert.ok(!topRowMatcher('/(/')('('));
    const started = performance.now();
    assert.ok(!topRowMatcher('/(a+)+b/')(`${'a'.repeat(100_000)}!`));
    assert.ok(performance.now() - started < 5000, 'a backtracking engine would never end');
  });

  it('400,000 distinct names: one window costs its rows, the sort and filter are done once per order', () => {
    const n = 400_000;
    const names = Array.from({ length: n }, (_, i) => `example.com/svc/pkg${i % 97}.(*Type${i}).Method${i}`);
    const flat = Float64Array.from({ length: n }, (_, i) => 1 + (i % 13));
    // Names read through a counter: a window's cost is told by how many names it reads, not by a clock.
    let namesRead = 0;
    const countedNames = new Proxy(names, { get: (target, key, receiver) => { if (typeof key === 'string' && /^\d+$/.test(key)) namesRead++; return Reflect.get(target, key, receiver); } });
    const table: TopTableData = { names: countedNames, files: Array.from({ length: n }, () => ''), lines: new Uint32Array(n), flat, cum: flat.slice() };
    const windows = new TopTableWindows(table);
    const order: TopTableOrder = { sortKey: 'name', descending: true, filter: '' };
    const first = windows.window({ ...order, start: 0, count: 60 });
    assert.equal(first.names.length, 60);
    assert.ok(namesRead > n, 'the first window of an order filters and sorts every name');
    namesRead = 0;
    const deep = windows.window({ ...order, start: n - 60, count: 60 });
    assert.equal(namesRead, 60, 'a window of an order already sorted reads its own rows only, it does not sort again');
    assert.equal(deep.names[59], [...names].sort()[0]);
    const one = windows.window({ sortKey: 'flat', descending: true, filter: '(*Type399999).', start: 0, count: 60 });
    assert.deepEqual([one.matched, one.names], [1, ['example.com/svc/pkg68.(*Type399999).Method399999']]);
  });
});
