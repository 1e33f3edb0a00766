// The source listing's costs beyond pprof's text: the calls inlined at a line (weblist lists
// them under it) and the folding of quiet lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readProfile } from '../../../src/core/input';
import { createStackView } from '../../../src/core/pprof';
import { foldQuietLines, listingCosts, routineLines, sourceLinesOf, type LineCost } from '../../../src/core/report/sourceListing';
import { functionPeek, peekReport } from '../../../src/core/report/peek';
import { treeJson } from '../../../src/core/report/tree';
import { compileLinearRegex } from '../../../src/core/linearRegex';

const fixtures = path.join(__dirname, '../../fixtures');

describe('report: source listing', () => {
  const profile = readProfile(readFileSync(path.join(fixtures, 'pprof/generated/cpu.pb.gz')));
  const view = createStackView(profile, { granularity: 'lines' });

  it('lists a call inlined at a line with the cost of that call, the same as the inlined function\'s own line', () => {
    const costs = listingCosts(view, n => n === 'main.hashLoop' || n === 'main.mix');
    const hashLoop = costs.routines.find(r => r.func === 'main.hashLoop')!;
    const mix = costs.routines.find(r => r.func === 'main.mix')!;
    const callLine = hashLoop.lines.find(l => l.inlined.length > 0)!;
    assert.equal(callLine.line, 123);
    assert.deepEqual(callLine.inlined.map(c => [c.depth, c.func, c.line]), [[0, 'main.mix', 128]]);
    // mix exists only inlined at that line: its line's cost is the inlined call's.
    assert.equal(mix.lines.length, 1);
    assert.equal(callLine.inlined[0].cum, mix.lines[0].cum);
    assert.equal(callLine.inlined[0].flat, mix.lines[0].flat);
    assert.ok(callLine.inlined[0].cum <= callLine.cum && callLine.inlined[0].cum > 0);
  });

  it('keeps the routine totals equal to the sum of its lines', () => {
    for (const r of listingCosts(view, () => true).routines) {
      assert.equal(r.flat, r.lines.reduce((s, l) => s + l.flat, 0));
      assert.equal(r.cum, r.lines.reduce((s, l) => s + l.cum, 0));
    }
  });

  it('without the source, lists only the lines the profile has', () => {
    const r = listingCosts(view, n => n === 'main.recurse').routines[0];
    assert.deepEqual(routineLines(r, undefined).map(l => [l.line, l.text]), [[133, undefined], [135, undefined]]);
    const text = sourceLinesOf('a\r\nb\n\nc\n');
    assert.deepEqual(text, ['a', 'b', '', 'c']);
  });

  it('folds runs of quiet lines away from the costly ones', () => {
    const line = (n: number, cum = 0): LineCost => ({ line: n, flat: 0, cum, inlined: [] });
    const lines = [line(1), line(2), line(3), line(4), line(5), line(6), line(7, 10), line(8), line(9), line(10), line(11), line(12), line(13), line(14)];
    assert.deepEqual(foldQuietLines(lines, 2, 4), [
      { folded: true, from: 0, to: 4 },
      { folded: false, from: 4, to: 9 },
      { folded: true, from: 9, to: 14 },
    ]);
    // A short quiet run stays.
    assert.deepEqual(foldQuietLines(lines.slice(2, 11), 2, 4), [{ folded: false, from: 0, to: 9 }]);
  });
});

describe('report: the peek of one function', () => {
  for (const file of ['pprof/generated/cpu.pb.gz', 'corpus/real_mtg_default_pgo_cpu.pprof', 'corpus/pyro_go_heap.pb.gz']) {
    it(`${file}: equals pprof's -peek (peekReport) for its ten heaviest functions, at function and line granularity`, () => {
      const profile = readProfile(readFileSync(path.join(fixtures, file)));
      for (const granularity of ['functions', 'lines'] as const) {
        const view = createStackView(profile, { granularity });
        const names = [...new Set(treeJson(peekReport(view, compileLinearRegex('.', 'test'))).nodes.sort((a, b) => Math.abs(b.flat) - Math.abs(a.flat)).map(n => view.granularity === 'lines' ? n.func.slice(0, n.func.indexOf(' ') < 0 ? undefined : n.func.indexOf(' ')) : n.func))].slice(0, 10);
        for (const name of names) {
          const re = compileLinearRegex(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: |$)`, 'test');
          assert.deepEqual(functionPeek(view, name).nodes, treeJson(peekReport(view, re)).nodes, `${granularity} ${name}`);
        }
      }
    });
  }
});
