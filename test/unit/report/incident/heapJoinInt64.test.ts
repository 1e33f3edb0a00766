// The incident's heap join shows pprof's numbers past 2^53: the joined value is pprof's -focus on
// the joined functions, summed as int64 and rounded once. The goldens are go tool pprof on a Go
// heap profile whose in-use bytes pass 2^53 (test/fixtures/pprof/heapjoin/SOURCES.md); the sums
// of the unfixed join, in doubles, lose the units each value past 2^53 rounds off.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../../../../src/core/pprof';
import { joinHeap, joinView } from '../../../../src/core/report/incident/heapJoin';
import type { IncidentFlameNode } from '../../../../src/core/report/incident/incidentModel';
import { repoRoot } from '../../pprof/goldenTop';

const profile = parseProfile(readFileSync(join(repoRoot, 'test/fixtures/pprof/producers/handrolled_heap_past_2p53.pb.gz')));
const put = 'github.com/acme/blobd/store.(*Store).Put';

/** pprof's -top (-unit=B): the shown total and per function its flat and cum, as the doubles it prints. */
function pprofTop(name: string): { shown: number; total: number; rows: Map<string, { flat: number; cum: number }> } {
  const text = readFileSync(join(repoRoot, 'test/fixtures/pprof/heapjoin', name), 'utf8');
  const bytes = (s: string) => Number(s.replace(/B$/, ''));
  const rows = new Map<string, { flat: number; cum: number }>();
  for (const line of text.split('\n')) {
    const m = /^\s*(-?\d+B?)\s+\S+%\s+\S+%\s+(-?\d+B?)\s+\S+%\s+(\S+)$/.exec(line);
    if (m) rows.set(m[3], { flat: bytes(m[1]), cum: bytes(m[2]) });
  }
  const head = /accounting for (-?\d+)B, \S+ of (-?\d+)B total/.exec(text)!;
  return { shown: Number(head[1]), total: Number(head[2]), rows };
}

function child(node: IncidentFlameNode, name: string): IncidentFlameNode {
  const found = node.children.find(c => c.name === name);
  assert.ok(found, `no ${name} under ${node.name}`);
  return found;
}

describe('the incident\'s heap join sums as pprof\'s int64 past 2^53', () => {
  it('in-use bytes: the joined value, its share, the function and the flame are pprof\'s -focus numbers', () => {
    const view = joinView(profile, 'inuse_space')!;
    const joined = joinHeap(view, [put])!;
    const focus = pprofTop('inuse_space.focus_put.top.txt');
    assert.equal(joined.value, focus.shown);
    assert.equal(joined.value, focus.rows.get(put)!.cum);
    assert.equal(joined.fraction, focus.shown / focus.total);
    assert.deepEqual(joined.functions, [put]);
    const putNode = child(joined.flame!, put);
    assert.equal(joined.flame!.value, focus.shown);
    assert.equal(putNode.value, focus.rows.get(put)!.cum);
    assert.equal(child(putNode, 'runtime.makeslice').value, focus.rows.get('runtime.makeslice')!.flat);
    // decode's one byte is under the drawn tree's least share.
    assert.deepEqual(putNode.children.map(c => c.name), ['runtime.makeslice']);
  });

  it('in-use bytes: the allocation sites (the runtime\'s frames hidden) are pprof\'s flat with -hide', () => {
    const joined = joinHeap(joinView(profile, 'inuse_space')!, [put], { flame: false })!;
    const hidden = pprofTop('inuse_space.focus_put.hide_runtime.top.txt');
    assert.deepEqual(joined.allocatedIn.map(s => [s.func, s.value]), [...hidden.rows].filter(([, r]) => r.flat !== 0).map(([func, r]) => [func, r.flat]));
  });

  it('allocated bytes wrapping past 2^63: the joined value is pprof\'s wrapped int64', () => {
    const joined = joinHeap(joinView(profile, 'alloc_space')!, [put], { flame: false })!;
    const focus = pprofTop('alloc_space.focus_put.top.txt');
    assert.equal(joined.value, focus.rows.get(put)!.cum);
    assert.equal(joined.value, focus.shown);
  });
});
