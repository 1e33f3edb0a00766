// The goroutine view crosses to the extension host within a budget in total, not only per text
// (src/core/report/goroutines/groupPages.ts): crafted dumps of many groups of long states, many
// groups of long distinct frames and one group of 10^5 labels cross a page of groups at a time,
// each page under the budget, every group reachable by "N more"; and the filter, run in the
// worker over the whole texts, finds text from the cut-off middle of a long name.
import assert from 'node:assert/strict';
import { serialize } from 'node:v8';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { goroutineQueryJob, goroutineReleaseJob, goroutinesJob, type GoroutineJobOutput } from '../../../src/host/worker/jobs/goroutines';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { PAGE_BUDGET_CHARS } from '../../../src/core/report/goroutines';
import type { GroupPage } from '../../../src/shared/goroutineProtocol';
import { hostileTexts } from '../../hostile/hostileTexts';
import { threadCpuMs } from '../../hostile/threadCpu';

useWorkerPlatform(nodeWorkerPlatform);

/** The first page's budget, what the rest of the model (summary, waits, stacks) adds, with room. */
const MODEL_BOUND_CHARS = PAGE_BUDGET_CHARS + 200_000;

function open(name: string, scale: number, context: JobContext): GoroutineJobOutput {
  return goroutinesJob.run({ text: new Uint8Array(hostileTexts[name](scale)), similarity: 'default', lineOffset: 0, title: name, viewId: name }, context) as GoroutineJobOutput;
}

/** Every group of the view, a page at a time as "N more" asks: each page within the budget. */
function pageThrough(name: string, out: GoroutineJobOutput, context: JobContext): { ranks: number[]; pages: number } {
  const ranks = out.view.groups.map(g => g.rank);
  let unsent = out.view.unsentGroups;
  let pages = 1;
  while (unsent > 0) {
    const page = goroutineQueryJob.run({ viewId: name, query: { filter: '', hideIdle: false }, more: true }, context) as GroupPage;
    assert.ok(page.groups.length > 0, 'a page holds a group');
    assert.ok(JSON.stringify(page).length < MODEL_BOUND_CHARS, `page ${pages}: ${JSON.stringify(page).length} characters`);
    ranks.push(...page.groups.map(g => g.rank));
    assert.equal(page.unsentGroups, unsent - page.groups.length);
    unsent = page.unsentGroups;
    pages++;
  }
  return { ranks, pages };
}

describe('goroutine view bounded in total: pages of groups, search in the worker', function () {
  this.timeout(600_000);

  it('1,000 groups of 20,000-character states: ~50 groups a page (20 MB whole), every group reached by "more"', () => {
    const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const out = open('long-state-groups', 0.1, context);
    const posted = JSON.stringify(out.view).length;
    assert.ok(posted < MODEL_BOUND_CHARS, `the model is ${posted} characters`);
    assert.ok(serialize(out).length < 2 * MODEL_BOUND_CHARS + 1_000_000, 'the worker\'s answer');
    assert.equal(out.view.summary.groups, 1_000);
    assert.ok(out.view.groups.length < 100 && out.view.groups.length > 10, `${out.view.groups.length} groups sent`);
    assert.equal(out.view.unsentGroups, 1_000 - out.view.groups.length);
    const { ranks } = pageThrough('long-state-groups', out, context);
    assert.deepEqual(ranks, Array.from({ length: 1_000 }, (_, i) => i), 'each group once, in rank order');
    goroutineReleaseJob.run({ viewId: 'long-state-groups' }, context);
    assert.throws(() => goroutineQueryJob.run({ viewId: 'long-state-groups', query: { filter: '', hideIdle: false }, more: true }, context), /no longer held/);
  });

  it('10^4 groups of distinct 1,000-character frames: the frames cross with their page; a search past the first page sends the group it finds', () => {
    const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const out = open('long-frame-groups', 0.1, context);
    assert.ok(JSON.stringify(out.view).length < MODEL_BOUND_CHARS);
    assert.equal(out.view.summary.groups, 10_000);
    assert.ok(out.view.unsentGroups > 9_000, `${out.view.unsentGroups} not sent`);
    // Every frame the groups sent name is in the frames sent, and no other (apart from the stacks', none here).
    const named = new Set(out.view.groups.flatMap(g => [...g.frames, g.createdBy]));
    assert.equal(out.view.frames.length, named.size);
    // A group far down, found by its function: sent with its frames, appended after the first page's.
    const id = '00009876';
    const page = goroutineQueryJob.run({ viewId: 'long-frame-groups', query: { filter: `func:main.g${id}`, hideIdle: false }, more: false }, context) as GroupPage;
    assert.equal(page.groups.length, 1);
    assert.deepEqual(page.matches, [out.view.groups.length]);
    const frames = [...out.view.frames, ...page.frames];
    assert.ok(frames[page.groups[0].frames[1]].func.startsWith(`main.g${id}`));
    assert.ok(frames[page.groups[0].frames[0]].func.startsWith(`main.f${id}`));
    assert.equal(page.unsentMatches, 0);
    // The same query again: the group is sent already, nothing more crosses.
    const again = goroutineQueryJob.run({ viewId: 'long-frame-groups', query: { filter: `func:main.g${id}`, hideIdle: false }, more: false }, context) as GroupPage;
    assert.deepEqual([again.groups.length, again.matches], [0, [out.view.groups.length]]);
  });

  it('a search over 10^5 names of 1,000 characters takes under ~1 s of CPU (5 × 10^4 groups), each query after the first faster', () => {
    const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    open('long-frame-groups', 0.5, context);
    const search = (filter: string) => {
      const started = threadCpuMs();
      const page = goroutineQueryJob.run({ viewId: 'long-frame-groups', query: { filter, hideIdle: false }, more: false }, context) as GroupPage;
      return { page, ms: threadCpuMs() - started };
    };
    // A term from the names' middle, matching none: every name read whole (the first query lowers them).
    const first = search('ffffx');
    const second = search('gggx');
    const all = search('main');
    console.log(`      search CPU: first ${first.ms.toFixed(0)} ms, second ${second.ms.toFixed(0)} ms, one matching all ${all.ms.toFixed(0)} ms`);
    assert.deepEqual([first.page.matches.length, second.page.matches.length, first.page.unsentMatches], [0, 0, 0]);
    assert.equal(all.page.matches.length + all.page.unsentMatches, 50_000);
    assert.ok(first.ms < 3_000 && second.ms < 3_000 && all.ms < 3_000, 'the usual loose bound (1 s on a quiet machine)');
  });

  it('one group of 10^5 labels: 100 cross (the rest counted), and the filter finds the group by its last label', () => {
    const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const out = open('many-labels', 1, context);
    assert.equal(out.view.groups.length, 1);
    const g = out.view.groups[0];
    assert.deepEqual([g.labels.length, g.labelsLeftOut], [100, 99_900]);
    assert.ok(JSON.stringify(out.view).length < 20_000, `${JSON.stringify(out.view).length} characters (4 MB of labels whole)`);
    const page = goroutineQueryJob.run({ viewId: 'many-labels', query: { filter: 'label:key99999=value99999', hideIdle: false }, more: false }, context) as GroupPage;
    assert.deepEqual(page.matches, [0]);
    const none = goroutineQueryJob.run({ viewId: 'many-labels', query: { filter: 'label:key100000=', hideIdle: false }, more: false }, context) as GroupPage;
    assert.deepEqual(none.matches, []);
  });

  it('text from the cut-off middle of a 1 MB state, file and label value finds its group; the cut form (a reference\'s words) still does', () => {
    const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const out = open('huge-fields', 0.02, context);
    const id = (i: number) => String(i).padStart(8, '0');
    const ask = (filter: string) => (goroutineQueryJob.run({ viewId: 'huge-fields', query: { filter, hideIdle: false }, more: false }, context) as GroupPage).matches;
    const groupOf = (i: number) => out.view.groups.findIndex(g => out.view.frames[g.frames[0]].func.startsWith(`main.f${id(i)}`));
    for (let i = 0; i < 4; i++) {
      const g = groupOf(i);
      const whole = (c: string) => c + id(i) + c.repeat(1_000_000);
      const cut = out.view.frames[out.view.groups[g].frames[0]].file;
      // What crosses holds no run of 30,000 of the letter: the filter on it could not find the term.
      assert.ok(cut.length <= 20_000 && !whole('p').startsWith(cut));
      // Each goroutine's texts start with its id, then 10^6 of one letter: a term of the id and the
      // letter past the 20,000 cut matches that goroutine's whole text alone.
      assert.deepEqual(ask(`file:${id(i)}${'p'.repeat(30_000)}`), [g], `file ${i}`);
      assert.deepEqual(ask(`label:${id(i)}${'v'.repeat(30_000)}`), [g], `label ${i}`);
      if (i % 2 === 0) assert.deepEqual(ask(`state:${id(i)}${'s'.repeat(30_000)}`), [g], `state ${i}`);
      // The cut form, as a code lens or the incident view asks by it.
      assert.deepEqual(ask(`file:${cut.slice(0, 40)}`), [g]);
    }
  });
});
