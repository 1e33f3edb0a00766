// Comparing two dumps, the groups of the base that are gone in this one cross a page at a time, as
// the groups do: the first 50 with the model (most goroutines first), the rest when the view asks
// ("Show more"), each once, until the view holds every one; they are the CLI's `--base` rows that
// fell to 0 (src/core/report/goroutines/groupPages.ts `moreVanished`, the `goroutines.vanished` job,
// the webview's `moreVanished` message, src/shared/vanishedPage.ts).
import assert from 'node:assert/strict';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { goroutinesJob, goroutineVanishedJob, type GoroutineJobOutput } from '../../../src/host/worker/jobs/goroutines';
import { ViewPaging } from '../../../src/host/goroutines/viewPaging';
import { FIRST_VANISHED_SENT, PAGE_BUDGET_CHARS, VANISHED_PAGE_ROWS } from '../../../src/core/report/goroutines/groupPages';
import { analyzeGoroutineDump, compareGroups, shortFuncName } from '../../../src/core/goroutines';
import { parseGoroutineWebviewMessage, type GoroutineHostMessage, type GoroutineViewModel, type VanishedPage } from '../../../src/shared/goroutineProtocol';

/** A dump of `n` groups, group i of `1 + i % 7` goroutines blocked in main.worker<i>, and main.main. */
function manyGroups(n: number, name = 'worker'): string {
  const parts = ['goroutine 1 [running]:\nmain.main()\n\t/app/main.go:3 +0x30\n'];
  let id = 10;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k <= i % 7; k++) {
      parts.push(`goroutine ${id++} [chan receive, 5 minutes]:\nmain.${name}${i}()\n\t/app/${name}.go:${10 + i} +0x1d\ncreated by main.main in goroutine 1\n\t/app/main.go:4 +0x30\n`);
    }
  }
  return parts.join('\n');
}

function open(text: string, base: string, viewId: string, ctx: JobContext): GoroutineViewModel {
  const encode = (t: string) => new TextEncoder().encode(t);
  const out = goroutinesJob.run({ text: encode(text), base: { text: encode(base), title: 'base.txt' }, similarity: 'default', lineOffset: 0, title: viewId, viewId }, ctx) as GoroutineJobOutput;
  return { ...out.view, title: viewId, origin: 'whole file', canReveal: false };
}

function pagingOf(ctx: JobContext, viewId: string, posted: GoroutineHostMessage[]): ViewPaging {
  return new ViewPaging({
    query: async () => { throw new Error('not asked'); },
    frames: async () => { throw new Error('not asked'); },
    flameZoom: async () => { throw new Error('not asked'); },
    stacks: async () => { throw new Error('not asked'); },
    vanished: async input => goroutineVanishedJob.run(input, ctx) as VanishedPage,
  }, viewId, { regroup: async () => undefined, post: m => posted.push(m) });
}

describe('groups gone since the base, paged as the groups are', function () {
  this.timeout(300_000);

  it('5,000 groups gone: 50 with the model, then pages until all 5,000, each once, most goroutines first, the CLI\'s rows that fell to 0', async () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const base = manyGroups(5_000, 'gone');
    const now = manyGroups(3);
    const posted: GoroutineHostMessage[] = [];
    const paging = pagingOf(ctx, 'gone', posted);
    paging.model = open(now, base, 'gone', ctx);
    const compare = paging.model.compare!;
    assert.equal(compare.vanished.length, FIRST_VANISHED_SENT);
    assert.equal(compare.vanishedLeftOut, 5_000 - FIRST_VANISHED_SENT);
    assert.ok(JSON.stringify(compare).length < 10_000, 'the first crossing holds a page, not the 5,000');
    for (let asks = 0; paging.model.compare!.vanishedLeftOut; asks++) {
      assert.ok(asks < Math.ceil(5_000 / VANISHED_PAGE_ROWS), 'a full page each ask');
      assert.deepEqual(parseGoroutineWebviewMessage({ type: 'moreVanished' }), { type: 'moreVanished' });
      await paging.moreVanished();
      const m = posted[posted.length - 1];
      assert.ok(m.type === 'vanished');
      assert.ok(m.page.vanished.length <= VANISHED_PAGE_ROWS && JSON.stringify(m.page).length < PAGE_BUDGET_CHARS);
      assert.equal(m.page.vanishedLeftOut, paging.model.compare!.vanishedLeftOut ?? 0);
    }
    const shown = paging.model.compare!.vanished;
    assert.equal(shown.length, 5_000);
    // The CLI's rows (`goprof goroutines --base`) that fell to 0, by goroutines before.
    const cli = compareGroups(analyzeGoroutineDump(base).groups, analyzeGoroutineDump(now).groups).filter(r => r.after === 0);
    assert.equal(cli.length, 5_000);
    const key = (name: string, count: number) => `${name} ${count}`;
    assert.deepEqual(shown.map(v => key(v.topFrame, v.count)).sort(), cli.map(r => key(shortFuncName(r.frames[0].func), r.before)).sort());
    assert.equal(new Set(shown.map(v => v.topFrame)).size, 5_000, 'each gone group once');
    for (let i = 1; i < shown.length; i++) assert.ok(shown[i - 1].count >= shown[i].count, 'most goroutines first');
    assert.equal(shown[0].count, 7);
    // Asked again with none left: nothing more crosses.
    const before = posted.length;
    await paging.moreVanished();
    assert.equal(posted.length, before);
  });

  it('a page holds what fits the 1 MB budget: gone groups of 19,000-character names come fewer than a full page', () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const long = manyGroups(300, `${'x'.repeat(19_000)}_`);
    const model = open(manyGroups(1), long, 'wide', ctx);
    let from = model.compare!.vanished.length;
    assert.equal(from + (model.compare!.vanishedLeftOut ?? 0), 300);
    while (from < 300) {
      const page = goroutineVanishedJob.run({ viewId: 'wide', from }, ctx) as VanishedPage;
      assert.ok(page.vanished.length >= 1 && page.vanished.length < 100, `${page.vanished.length} gone groups`);
      assert.ok(JSON.stringify(page).length < PAGE_BUDGET_CHARS + 40_000);
      from += page.vanished.length;
      assert.equal(page.vanishedLeftOut, 300 - from);
    }
  });

  it('a comparison with few gone groups crosses whole, with nothing left out', () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const model = open(manyGroups(3), manyGroups(10), 'few', ctx);
    assert.equal(model.compare!.vanished.length, 7);
    assert.equal(model.compare!.vanishedLeftOut, undefined);
  });
});
