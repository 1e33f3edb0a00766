// The stacks outside the groups (a crash's runtime stack, stacks whose goroutine header is not in the
// text) cross a page at a time, as the groups do: the first 100 with the model, then 100 more each
// time the view asks ("Show more"), each once and in the text's order, until the view holds every
// one; a burst of asks brings no more than the pages asked in turn (src/core/report/goroutines/groupPages.ts
// `moreStacks`, the `goroutines.stacks` job, the webview's `moreStacks` message). Past the first
// pages the view goes to any stack by its number or to the page before those it shows, a page in
// place of those it holds (`stacksAt`, src/shared/stacksWindow.ts).
import assert from 'node:assert/strict';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { goroutineFramesJob, goroutineStacksJob, goroutinesJob, type GoroutineJobOutput } from '../../../src/host/worker/jobs/goroutines';
import { ViewPaging } from '../../../src/host/goroutines/viewPaging';
import { MAX_STACKS_SENT, PAGE_BUDGET_CHARS } from '../../../src/core/report/goroutines';
import { parseGoroutineWebviewMessage, type GoroutineHostMessage, type GoroutineViewModel, type StackFramesPage, type StacksPage } from '../../../src/shared/goroutineProtocol';
import { allStacks } from '../../../src/shared/stacksWindow';
import { hostileTexts } from '../../hostile/hostileTexts';

function open(text: Uint8Array, viewId: string, ctx: JobContext): GoroutineViewModel {
  const out = goroutinesJob.run({ text, similarity: 'default', lineOffset: 0, title: viewId, viewId }, ctx) as GoroutineJobOutput;
  return { ...out.view, title: viewId, origin: 'whole file', canReveal: true };
}

function pagingOf(ctx: JobContext, viewId: string, posted: GoroutineHostMessage[]): ViewPaging {
  return new ViewPaging({
    query: async () => { throw new Error('not asked'); },
    frames: async input => goroutineFramesJob.run(input, ctx) as StackFramesPage,
    flameZoom: async () => { throw new Error('not asked'); },
    stacks: async input => goroutineStacksJob.run(input, ctx) as StacksPage,
    vanished: async () => { throw new Error('not asked'); },
  }, viewId, { regroup: async () => undefined, post: m => posted.push(m) });
}

describe('stacks outside the groups, paged as the groups are', function () {
  this.timeout(300_000);

  it('2,000 stacks without their goroutine header: 100 with the model, then 100 a page until all 2,000, each once in the text\'s order', async () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    // hostileTexts' 2×10^5 `created by` stacks at 1/100: 2,000 of them, main.g0 … main.g1999.
    const posted: GoroutineHostMessage[] = [];
    const paging = pagingOf(ctx, 'headless', posted);
    paging.model = open(hostileTexts['headless-creators'](0.01), 'headless', ctx);
    assert.equal(paging.model.stacks.length, MAX_STACKS_SENT);
    assert.equal(paging.model.stacksLeftOut, 1_900);
    for (let asks = 0; paging.model.stacksLeftOut; asks++) {
      assert.ok(asks < 19, 'a page each ask');
      // The webview's ask passes the host's check; so does revealing the last stack it holds.
      assert.deepEqual(parseGoroutineWebviewMessage({ type: 'moreStacks' }), { type: 'moreStacks' });
      await paging.moreStacks();
      const m = posted[posted.length - 1];
      assert.ok(m.type === 'stacks');
      assert.ok(m.page.stacks.length <= MAX_STACKS_SENT && JSON.stringify(m.page).length < PAGE_BUDGET_CHARS);
      assert.equal(m.page.stacksLeftOut, paging.model.stacksLeftOut ?? 0);
      const last = paging.model.stacks.length - 1;
      assert.ok(parseGoroutineWebviewMessage({ type: 'revealStack', stack: last }, { frames: paging.model.frames.length, groups: 0, stacks: paging.model.stacks.length }));
    }
    assert.equal(paging.model.stacks.length, 2_000);
    assert.equal(paging.model.stacksLeftOut, undefined);
    const creators = paging.model.stacks.map(s => paging.model!.frames[s.createdBy].func);
    assert.deepEqual(creators, Array.from({ length: 2_000 }, (_, i) => `main.g${i}`));
    assert.deepEqual(paging.model.stacks.map(s => s.lines.start), [...paging.model.stacks.map(s => s.lines.start)].sort((a, b) => a - b));
    // Asked again with none left: nothing more crosses.
    const before = posted.length;
    await paging.moreStacks();
    assert.equal(posted.length, before);
  });

  it('stacks of 19,000-character names: a page holds what fits the 1 MB budget, fewer than 100', () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const frame = (i: number) => `main.${String(i).padStart(4, '0')}${'x'.repeat(19_000)}(0x1)\n\t/src/main.go:${i + 1} +0x1\n`;
    // 200 headless stacks of one 19,000-character frame each (names are cut at 20,000: each crosses whole).
    const text = Array.from({ length: 200 }, (_, i) => frame(i)).join('\n');
    const model = open(new TextEncoder().encode(text), 'wide', ctx);
    assert.equal(model.stacks.length + (model.stacksLeftOut ?? 0), 200);
    let from = model.stacks.length;
    while (from < 200) {
      const page = goroutineStacksJob.run({ viewId: 'wide', from }, ctx) as StacksPage;
      assert.ok(page.stacks.length >= 1 && page.stacks.length < MAX_STACKS_SENT, `${page.stacks.length} stacks`);
      assert.ok(JSON.stringify(page).length < PAGE_BUDGET_CHARS + 40_000, `${JSON.stringify(page).length} characters`);
      from += page.stacks.length;
      assert.equal(page.stacksLeftOut, 200 - from);
    }
  });

  it('10^5 stacks: any one reached by its number, a page in place of those held; the page before, Show more after it; each page bounded', async () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const posted: GoroutineHostMessage[] = [];
    const paging = pagingOf(ctx, 'long', posted);
    // 10^5 headless stacks, main.g0 … main.g99999, each its own creator.
    paging.model = open(hostileTexts['headless-creators'](0.5), 'long', ctx);
    assert.equal(allStacks(paging.model), 100_000);
    const creators = () => paging.model!.stacks.map(s => paging.model!.frames[s.createdBy].func);
    const names = (from: number, n: number) => Array.from({ length: n }, (_, i) => `main.g${from + i}`);
    const go = async (from: number) => {
      // The webview's ask passes the host's check against the whole list's length, not the held run's.
      const bounds = { frames: paging.model!.frames.length, groups: 0, stacks: paging.model!.stacks.length, allStacks: allStacks(paging.model!) };
      const msg = parseGoroutineWebviewMessage({ type: 'stacksAt', from }, bounds);
      assert.deepEqual(msg, { type: 'stacksAt', from });
      await paging.stacksAt(from);
      const m = posted[posted.length - 1];
      assert.ok(m.type === 'stacks' && m.page.from === from);
      assert.ok(m.page.stacks.length <= MAX_STACKS_SENT && JSON.stringify(m.page).length < PAGE_BUDGET_CHARS);
    };
    // The middle, by its number (the 50,001st): 100 from it, in place of the first 100.
    await go(50_000);
    assert.equal(paging.model.stacksFrom, 50_000);
    assert.deepEqual(creators(), names(50_000, 100));
    assert.equal(paging.model.stacksLeftOut, 49_900);
    assert.equal(allStacks(paging.model), 100_000);
    // Show more after it appends; the page before replaces.
    await paging.moreStacks();
    assert.deepEqual(creators(), names(50_000, 200));
    await go(49_900);
    assert.deepEqual(creators(), names(49_900, 100));
    // The last and the first: every stack is one ask away.
    await go(99_999);
    assert.deepEqual(creators(), ['main.g99999']);
    assert.equal(paging.model.stacksLeftOut, undefined);
    await go(0);
    assert.equal(paging.model.stacksFrom, undefined);
    assert.deepEqual(creators(), names(0, 100));
    // Revealing a held stack names its own lines (an index into the held run).
    const bounds = { frames: paging.model.frames.length, groups: 0, stacks: paging.model.stacks.length, allStacks: 100_000 };
    for (const from of [-1, 100_000, 1.5, '7']) assert.equal(parseGoroutineWebviewMessage({ type: 'stacksAt', from }, bounds), undefined, String(from));
    // What the host holds is the run asked for (100 stacks), not every page seen.
    assert.equal(paging.model.stacks.length, 100);
  });

  it('a stack outside the groups 20,000 frames deep, past a jump: its middle comes a page at a time until whole, in order', async () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const posted: GoroutineHostMessage[] = [];
    const paging = pagingOf(ctx, 'deep', posted);
    // 150 headless stacks; the 121st (index 120) 20,000 distinct frames deep.
    const stacks = Array.from({ length: 150 }, (_, i) => i === 120
      ? Array.from({ length: 20_000 }, (_, k) => `main.deep${k}(0x1)\n\t/src/deep.go:${k + 1} +0x1\n`).join('')
      : `main.w${i}(0x1)\n\t/src/w.go:${i + 1} +0x1\n`);
    paging.model = open(new TextEncoder().encode(stacks.join('\n')), 'deep', ctx);
    assert.equal(allStacks(paging.model), 150);
    // Stack #111 on: in place of the first 100 (a page right after them would be appended).
    await paging.stacksAt(110);
    assert.equal(paging.model.stacksFrom, 110);
    const held = 10;
    const deep = () => paging.model!.stacks[held];
    assert.deepEqual(deep().framesLeftOut, { at: 200, count: 19_750 });
    for (let asks = 0; deep().framesLeftOut; asks++) {
      assert.ok(asks < 4, 'up to 10,000 frames an ask, within the 1 MB budget');
      const model: GoroutineViewModel = paging.model;
      const asked = { frames: model.frames.length, groups: 0, stacks: model.stacks.length, allStacks: 150 };
      assert.deepEqual(parseGoroutineWebviewMessage({ type: 'moreStackFrames', stack: held }, asked), { type: 'moreStackFrames', stack: held });
      await paging.moreStackFrames(held);
      const m = posted[posted.length - 1];
      assert.ok(m.type === 'stackFrames' && m.stack === held);
      assert.ok(JSON.stringify(m).length < PAGE_BUDGET_CHARS + 40_000);
    }
    assert.deepEqual(deep().frames.map(f => paging.model!.frames[f].func), Array.from({ length: 20_000 }, (_, k) => `main.deep${k}`));
    // An index past the held run is refused.
    const bounds = { frames: paging.model.frames.length, groups: 0, stacks: paging.model.stacks.length, allStacks: 150 };
    assert.equal(parseGoroutineWebviewMessage({ type: 'moreStackFrames', stack: paging.model.stacks.length }, bounds), undefined);
  });
});
