// The goroutine flame graph's grey node (the towers under one parent each narrower than 1/2,000 of
// the graph, drawn together) opens into what it holds: the worker draws those towers against their
// own sum, the widest first, a page of as many as each stays 3 px of the chart's width the webview says
// (1/400 of a 1,200 px chart), the next page on asking,
// until every tower the node held was drawn once (src/core/report/goroutines/goroutineFlame.ts
// `narrowTowerRanks`, the `goroutines.flameZoom` job, the webview's `flameZoom` message).
import assert from 'node:assert/strict';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { goroutineFlameZoomJob, goroutineQueryJob, goroutinesJob, type GoroutineJobOutput } from '../../../src/host/worker/jobs/goroutines';
import { ViewPaging } from '../../../src/host/goroutines/viewPaging';
import { parseGoroutineWebviewMessage, type FlameOpenStep, type FlameZoomPage, type GoroutineFlameView, type GoroutineFrameView, type GoroutineHostMessage, type GroupPage } from '../../../src/shared/goroutineProtocol';
import { MAX_FLAME_ZOOM_STEPS, openedWidthUnits } from '../../../src/core/report/goroutines/flameBounds';
import { manyGroupsDump } from './manyGroupsDump';

function open(text: string, viewId: string, ctx: JobContext): GoroutineJobOutput['view'] {
  return (goroutinesJob.run({ text: new TextEncoder().encode(text), similarity: 'default', lineOffset: 0, title: viewId, viewId }, ctx) as GoroutineJobOutput).view;
}

/** `n` goroutines of one each under one outermost frame, each then its own function: one grey node of n equal towers. */
function equalTowersDump(n: number): string {
  const parts = ['goroutine 1 [running]:\nmain.main()\n\t/app/main.go:3 +0x30\n'];
  for (let i = 0; i < n; i++) {
    parts.push(`goroutine ${10 + i} [chan receive]:\nmain.step${i}()\n\t/app/steps.go:${10 + i} +0x1d\nmain.run()\n\t/app/main.go:5 +0x25\ncreated by main.main in goroutine 1\n\t/app/main.go:4 +0x30\n`);
  }
  return parts.join('\n');
}

/** A node's frames from the outermost (frame indices of the flame's own numbering). */
function pathOf(flame: GoroutineFlameView, node: number): number[] {
  const path: number[] = [];
  for (let p = flame.parents[node]; p >= 0; p = flame.parents[p]) path.unshift(flame.frames[p]);
  return path;
}

function frameKey(frames: readonly GoroutineFrameView[], f: number): string {
  return `${frames[f].func} ${frames[f].file}:${frames[f].line}`;
}

/** The towers right under `path` in `flame`: each child's frame (as `func file:line`) → its width; a grey child as '(narrow)'. */
function towersUnder(flame: GoroutineFlameView, frames: readonly GoroutineFrameView[], path: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  flame.frames.forEach((f, i) => {
    const p = pathOf(flame, i);
    if (p.length !== path.length || p.some((x, j) => x !== path[j])) return;
    out.set(f < 0 ? '(narrow)' : frameKey(frames, f), flame.values[i]);
  });
  return out;
}

/** Opens the grey node under `path` page by page as the webview asks (each message through its check); returns the pages. */
function openEveryPage(ctx: JobContext, viewId: string, frames: GoroutineFrameView[], before: FlameOpenStep[], path: number[], width = 1_200): FlameZoomPage[] {
  const pages: FlameZoomPage[] = [];
  let from = 0;
  for (;;) {
    const msg = parseGoroutineWebviewMessage({ type: 'flameZoom', query: { filter: '', hideIdle: false }, steps: [...before, { path, from }], width }, { frames: frames.length, groups: 0 });
    assert.ok(msg && msg.type === 'flameZoom', 'the webview\'s ask passes the host\'s check');
    const page = goroutineFlameZoomJob.run({ viewId, query: msg.query, steps: msg.steps, width: msg.width }, ctx) as FlameZoomPage;
    frames.push(...page.frames);
    pages.push(page);
    assert.ok(page.towers > 0);
    if (page.towersLeft === 0) return pages;
    from += page.towers;
  }
}

describe('goroutine flame: the grey node of narrow towers opens into them', function () {
  this.timeout(300_000);

  it('a dump of ~5,000 groups: each grey node\'s towers drawn page by page, each once, as wide as the node in sum, none grey right under it', () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const view = open(manyGroupsDump(), 'many', ctx);
    const frames = [...view.frames];
    const greys = view.flame.frames.flatMap((f, i) => f < 0 ? [i] : []);
    assert.ok(greys.length > 0, 'the dump has grey nodes');
    for (const grey of greys) {
      const path = pathOf(view.flame, grey);
      const pages = openEveryPage(ctx, 'many', frames, [], path);
      const seen = new Map<string, number>();
      let goroutines = 0;
      for (const page of pages) {
        assert.equal(page.flame.total, page.flame.values.filter((_, i) => page.flame.parents[i] === -1).reduce((a, b) => a + b, 0));
        const towers = towersUnder(page.flame, frames, path);
        assert.equal(towers.has('(narrow)'), false, 'every tower of a page drawn');
        assert.equal(towers.size, page.towers);
        for (const [key, width] of towers) {
          assert.equal(seen.has(key), false, `${key} drawn twice`);
          seen.set(key, width);
          assert.ok(width * 400 >= page.flame.total, `${key}: ${width} of ${page.flame.total}`);
        }
        goroutines += page.flame.total;
      }
      assert.equal(goroutines, view.flame.values[grey], 'the pages hold what the grey node stood for');
      // Widest first: each page's narrowest no narrower than the next page's widest.
      for (let i = 1; i < pages.length; i++) {
        const before = Math.min(...towersUnder(pages[i - 1].flame, frames, path).values());
        assert.ok(before >= Math.max(...towersUnder(pages[i].flame, frames, path).values()));
      }
    }
  });

  it('3,000 towers of one goroutine each: 400 drawn a page, 8 pages, the last of 200', () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const view = open(equalTowersDump(3_000), 'equal', ctx);
    const frames = [...view.frames];
    // Goroutine 1 (main.main) is a tower of 1 at the root, narrow too: the grey node under main.run is the 3,000.
    const grey = view.flame.frames.findIndex((f, i) => f < 0 && view.flame.parents[i] >= 0);
    assert.equal(view.flame.values[grey], 3_000);
    const path = pathOf(view.flame, grey);
    assert.deepEqual(path.map(f => frames[f].func), ['main.run']);
    const pages = openEveryPage(ctx, 'equal', frames, [], path);
    assert.deepEqual(pages.map(p => [p.towers, p.groups, p.flame.total, p.towersLeft]),
      Array.from({ length: 8 }, (_, i) => i < 7 ? [400, 400, 400, 2_600 - 400 * i] : [200, 200, 200, 0]));
    const names = pages.flatMap(p => [...towersUnder(p.flame, frames, path).keys()]);
    assert.equal(new Set(names).size, 3_000);
  });

  it('the page is sized from the chart\'s width the webview says: 3 px a tower at least, kept within a screen\'s', () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const view = open(equalTowersDump(3_000), 'widths', ctx);
    const frames = [...view.frames];
    const grey = view.flame.frames.findIndex((f, i) => f < 0 && view.flame.parents[i] >= 0);
    const path = pathOf(view.flame, grey);
    const firstPage = (width: number) => openEveryPage(ctx, 'widths', [...frames], [], path, width).map(p => p.towers);
    // 600 px: 200 towers a page (15 pages); 3,000 px: 1,000 (3 pages); 0 (a hidden chart): a usual 1,200 px chart's 400.
    assert.deepEqual(firstPage(600), Array.from({ length: 15 }, () => 200));
    assert.deepEqual(firstPage(3_000), [1_000, 1_000, 1_000]);
    assert.deepEqual(firstPage(0), [400, 400, 400, 400, 400, 400, 400, 200]);
    // Narrower than the chart's least (300 px): 100 towers; wider than any screen: 16,384 px, 5,461.
    assert.equal(firstPage(100)[0], 100);
    assert.deepEqual(firstPage(1_000_000), [3_000]);
    assert.deepEqual([openedWidthUnits(1_200), openedWidthUnits(940), openedWidthUnits(1_000_000), openedWidthUnits(Number.NaN)], [400, 313, 5_461, 400]);
    // Through the host: the width the webview said reaches the worker.
    const bounds = { frames: frames.length, groups: 0 };
    const msg = parseGoroutineWebviewMessage({ type: 'flameZoom', query: { filter: '', hideIdle: false }, steps: [{ path, from: 0 }], width: 750 }, bounds);
    assert.ok(msg && msg.type === 'flameZoom');
    assert.equal(msg.width, 750);
  });

  it('a grey node inside an opened one opens too: the steps lead through both', () => {
    // Under main.run: a tower of 20,000, 1,000 towers of 6 and main.mid of 10 (each under 1/2,000 of
    // 26,010: one grey node); its first page main.mid and 398 towers of 6, 2,398 wide, where main.mid's
    // 10 leaves of 1 are each under 1/2,000: a grey node of their own.
    const parts = ['goroutine 1 [running]:\nmain.main()\n\t/app/main.go:3 +0x30\n'];
    let id = 10;
    const goroutine = (calls: string[]) => parts.push(`goroutine ${id++} [chan receive]:\n${calls.map((c, k) => `main.${c}()\n\t/app/${c}.go:${10 + k} +0x1d\n`).join('')}main.run()\n\t/app/main.go:5 +0x25\ncreated by main.main in goroutine 1\n\t/app/main.go:4 +0x30\n`);
    for (let i = 0; i < 20_000; i++) goroutine(['big']);
    for (let i = 0; i < 1_000; i++) for (let k = 0; k < 6; k++) goroutine([`step${i}`]);
    for (let i = 0; i < 10; i++) goroutine([`leaf${i}`, 'mid']);
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const view = open(parts.join('\n'), 'nested', ctx);
    const frames = [...view.frames];
    const grey = view.flame.frames.findIndex((f, i) => f < 0 && view.flame.parents[i] >= 0);
    assert.equal(view.flame.values[grey], 6_010);
    const first = { path: pathOf(view.flame, grey), from: 0 };
    const [outer] = openEveryPage(ctx, 'nested', frames, [], first.path);
    assert.deepEqual([outer.towers, outer.towersLeft, outer.flame.total], [399, 602, 2_398]);
    const inner = outer.flame.frames.findIndex(f => f < 0);
    const innerPath = pathOf(outer.flame, inner);
    assert.deepEqual(innerPath.map(f => frames[f].func), ['main.run', 'main.mid']);
    assert.equal(outer.flame.values[inner], 10);
    const [leaves] = openEveryPage(ctx, 'nested', frames, [first], innerPath);
    assert.deepEqual([leaves.towers, leaves.towersLeft, leaves.flame.total, leaves.groups], [10, 0, 10, 10]);
    assert.deepEqual([...towersUnder(leaves.flame, frames, innerPath).keys()].map(k => k.split(' ')[0]).sort(), Array.from({ length: 10 }, (_, i) => `main.leaf${i}`).sort());
  });

  it('the host applies the opened flame\'s frames to its model and posts it to the webview', async () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    // The tail of ~5,000 groups: their frames are not in the first page's.
    const out = open(manyGroupsDump(), 'host', ctx);
    const posted: GoroutineHostMessage[] = [];
    const paging = new ViewPaging({
      query: async input => goroutineQueryJob.run(input, ctx) as GroupPage,
      frames: async () => { throw new Error('not asked'); },
      flameZoom: async input => goroutineFlameZoomJob.run(input, ctx) as FlameZoomPage,
      stacks: async () => { throw new Error('not asked'); },
      vanished: async () => { throw new Error('not asked'); },
    }, 'host', { regroup: async () => undefined, post: m => posted.push(m) });
    paging.model = { ...out, title: 'host', origin: 'whole file', canReveal: false };
    const grey = out.flame.frames.indexOf(-1);
    const path = pathOf(out.flame, grey);
    // Every page of the grey node, as the webview asks them: the tail's groups were not in the first page.
    let brought = 0;
    for (let from = 0, page = 0; ; page++) {
      const before: number = paging.model.frames.length;
      await paging.flameZoom({ filter: '', hideIdle: false }, [{ path, from }]);
      assert.equal(posted.length, page + 1);
      const m = posted[page];
      assert.ok(m.type === 'flameZoom');
      assert.equal(paging.model.frames.length, before + m.page.frames.length);
      for (const f of m.page.flame.frames) assert.ok(f < paging.model.frames.length);
      brought += m.page.frames.length;
      if (m.page.towersLeft === 0) break;
      from += m.page.towers;
    }
    assert.ok(brought > 0, 'the opened towers brought frames not sent before');
  });

  it('the host refuses an ask naming a frame the view does not hold, a negative page, or steps past the bound', () => {
    const bounds = { frames: 10, groups: 0 };
    const query = { filter: '', hideIdle: false };
    const ask = (steps: unknown, width: unknown = 1_200) => parseGoroutineWebviewMessage({ type: 'flameZoom', query, steps, width }, bounds);
    assert.ok(ask([{ path: [1, 2], from: 0 }]));
    assert.ok(ask([{ path: [], from: 4_000 }]));
    assert.equal(ask([{ path: [10], from: 0 }]), undefined);
    assert.equal(ask([{ path: [1], from: -1 }]), undefined);
    assert.equal(ask([{ path: [1.5], from: 0 }]), undefined);
    assert.equal(ask([]), undefined);
    // The chart's width: a whole number of pixels, or the ask is refused.
    assert.equal(parseGoroutineWebviewMessage({ type: 'flameZoom', query, steps: [{ path: [1], from: 0 }] }, bounds), undefined, 'no width');
    for (const width of [-1, 1.5, '800', Number.NaN, 2 ** 31]) assert.equal(ask([{ path: [1], from: 0 }], width), undefined, String(width));
    assert.equal(ask(Array.from({ length: MAX_FLAME_ZOOM_STEPS + 1 }, () => ({ path: [], from: 0 }))), undefined);
    assert.equal(parseGoroutineWebviewMessage({ type: 'flameZoom', query: { filter: 'a', hideIdle: 'no' }, steps: [{ path: [], from: 0 }] }, bounds), undefined);
  });
});
