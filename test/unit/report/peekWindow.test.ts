// A peek's windows (core/report peekWindow.ts), what the Peek view and the callers/callees
// sandwich ask the worker for: each node's first edges come with the peek, and the windows after
// them, end to end, are every caller and callee pprof's -peek prints, in its order, with the
// weight still hidden after each. On a real profile's hot functions and on a function of 10^5
// callers (test/hostile's many-callers), where the first answer stays a few KB.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { parseProfile } from '../../../src/core/pprof';
import { PEEK_EDGES_SHOWN, PEEK_ROLES, PeekWindows, QueriedProfile, topRows, type PeekEdge, type PeekRole } from '../../../src/core/report';
import { functionPeek } from '../../../src/core/report/peek';
import { hostileProfiles } from '../../hostile/hostileProfiles';

const FIXTURES = path.join(__dirname, '../../fixtures');

function queried(bytes: Uint8Array, granularity: 'functions'): QueriedProfile {
  const profile = parseProfile(bytes);
  return new QueriedProfile(profile, { sampleType: profile.sampleTypes.length - 1, granularity, filters: [] });
}

/** Every edge of the node's role as the view gets them: the first window, then windows of `size` from where it left off. */
function edgesEndToEnd(windows: PeekWindows, node: number, role: PeekRole, size: number): { edges: PeekEdge[]; hiddenAfter: number[] } {
  const first = windows.head().nodes[node][role === 'caller' ? 'callers' : 'callees'];
  const edges = [...first.edges], hiddenAfter = [first.weightAfter];
  while (edges.length < first.count) {
    const w = windows.window({ node, role, start: edges.length, count: size });
    assert.equal(w.start, edges.length);
    assert.equal(w.count, first.count);
    assert.ok(w.edges.length > 0 && w.edges.length <= size);
    edges.push(...w.edges);
    hiddenAfter.push(w.weightAfter);
  }
  return { edges, hiddenAfter };
}

function assertWindowsAreThePeek(windows: PeekWindows, size: number): void {
  const whole = windows.peek;
  const head = windows.head();
  assert.deepEqual([head.functionName, head.total, head.nodes.length], [whole.functionName, whole.total, whole.nodes.length]);
  whole.nodes.forEach((n, i) => {
    assert.deepEqual([head.nodes[i].func, head.nodes[i].flat, head.nodes[i].cum], [n.func, n.flat, n.cum]);
    for (const role of PEEK_ROLES) {
      const all = role === 'caller' ? n.callers : n.callees;
      const first = head.nodes[i][role === 'caller' ? 'callers' : 'callees'];
      assert.equal(first.count, all.length);
      assert.ok(first.edges.length <= PEEK_EDGES_SHOWN + 1);
      const { edges, hiddenAfter } = edgesEndToEnd(windows, i, role, size);
      assert.deepEqual(edges, all, `${n.func}'s ${role}s`);
      // What the "more" row says is hidden after a window: the weight of the edges after it.
      const total = all.reduce((sum, e) => sum + e.weight, 0);
      let drawn = first.edges.length, before = all.slice(0, drawn).reduce((sum, e) => sum + e.weight, 0);
      for (const after of hiddenAfter) {
        const rest = total - before;
        assert.ok(Math.abs(after - rest) <= 1e-9 * Math.max(1, Math.abs(total)), `${after} after ${drawn} ${role}s, ${rest} summed`);
        const next = Math.min(all.length, drawn + size);
        for (let k = drawn; k < next; k++) before += all[k].weight;
        drawn = next;
      }
    }
  });
}

describe('peek windows', () => {
  it('pprof_td_large.cpu: the three heaviest functions\' windows end to end are their whole peeks (one of them called from thousands of places)', () => {
    const q = queried(fs.readFileSync(path.join(FIXTURES, 'corpus/pprof_td_large.cpu')), 'functions');
    const top = topRows(q);
    const order = Array.from(top.cum.keys()).sort((a, b) => top.cum[b] - top.cum[a]).slice(0, 3);
    let most = 0;
    for (const row of order) {
      const windows = new PeekWindows(functionPeek(q.view, top.names[row]));
      assertWindowsAreThePeek(windows, 997);
      for (const n of windows.peek.nodes) most = Math.max(most, n.callers.length, n.callees.length);
    }
    assert.ok(most > 1000, `the most edges of a role: ${most}`);
  });

  it('a function of 20,000 callers: its first answer is a few KB, its windows end to end every caller in pprof\'s order', () => {
    const n = 20_000;
    const q = queried(hostileProfiles['many-callers'](n / 100_000), 'functions');
    const windows = new PeekWindows(functionPeek(q.view, 'main.f'));
    const [node] = windows.peek.nodes;
    assert.equal(node.callers.length, n);
    assert.deepEqual(node.callees.map(e => e.func), ['main.g']);
    assertWindowsAreThePeek(windows, 1000);
    // Heaviest first (weights 10..970 by the caller's number mod 97).
    assert.ok(node.callers.every((e, i) => i === 0 || node.callers[i - 1].weight >= e.weight));
    const head = windows.head();
    assert.equal(head.nodes[0].callers.edges.length, PEEK_EDGES_SHOWN + 1);
    const bytes = v8.serialize(head).length, wholeBytes = v8.serialize(windows.peek).length;
    assert.ok(bytes < 4096, `the first answer is ${bytes} bytes`);
    assert.ok(wholeBytes > 100 * bytes, `the whole peek is ${wholeBytes} bytes`);
  });

  it('a window past the end or of a node the peek has not is empty', () => {
    const q = queried(hostileProfiles['many-callers'](0.001), 'functions');
    const windows = new PeekWindows(functionPeek(q.view, 'main.f'));
    assert.deepEqual(windows.window({ node: 0, role: 'caller', start: 1e6, count: 10 }), { start: 100, count: 100, edges: [], weightAfter: 0 });
    assert.deepEqual(windows.window({ node: 5, role: 'callee', start: 0, count: 10 }), { start: 0, count: 0, edges: [], weightAfter: 0 });
  });
});
