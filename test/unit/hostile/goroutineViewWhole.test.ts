// The goroutine view bounded everywhere, not only its group list (src/core/report/goroutines/groupPages.ts):
// one group's stack crosses its first and last frames, the middle a page at a time when asked; the
// flame graph and the waits are computed over every group in the worker, so their totals are the
// CLI's on a dump of more groups than a page; stacks outside the groups cross the first of them; a
// worker that lost the view (started again) makes the view group again and ask again, no page of
// the old model shown under the new.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { goroutineFlameZoomJob, goroutineFramesJob, goroutineQueryJob, goroutinesJob, goroutineStacksJob, type GoroutineJobOutput } from '../../../src/host/worker/jobs/goroutines';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import {
  MAX_STACKS_SENT, PAGE_BUDGET_CHARS, STACK_HEAD_FRAMES, STACK_TAIL_FRAMES, withMiddleFrames,
} from '../../../src/core/report/goroutines';
import { parseGoroutineWebviewMessage, type FlameZoomPage, type StacksPage, type GoroutineGroupView, type GoroutineHostMessage, type GoroutineViewModel, type GroupPage, type StackFramesPage } from '../../../src/shared/goroutineProtocol';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { runCli } from '../../../src/cli/main';
import { ViewPaging } from '../../../src/host/goroutines/viewPaging';
import { crossingIncident, gatherCaptures, incidentFromCaptures, incidentHtml, incidentMarkdown } from '../../../src/core/report/incident';
import { buildIncidentViewModel } from '../../../src/host/incident/incidentViewModel';
import { hostileTexts } from '../../hostile/hostileTexts';
import { manyGroupsDump } from '../goroutines/manyGroupsDump';

useWorkerPlatform(nodeWorkerPlatform);

const sample = join(__dirname, '../../../samples/kube-apiserver-incident/goroutines.txt');
const context = (): JobContext => ({ store: new WorkerStore(), transfer: () => undefined });

function open(text: string, viewId: string, ctx: JobContext): GoroutineJobOutput {
  return goroutinesJob.run({ text: new TextEncoder().encode(text), similarity: 'default', lineOffset: 0, title: viewId, viewId }, ctx) as GoroutineJobOutput;
}

async function cliJson(text: string): Promise<{ total: number; groups: { count: number; isIdleRuntime: boolean; frames: { func: string; file: string; line: number }[]; waitTargets: { kind: string; address: string }[] }[]; waitTargets: { kind: string; address: string; waiters: number }[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'gpe-whole-'));
  const file = join(dir, 'dump.txt');
  writeFileSync(file, text);
  let out = '';
  assert.equal(await runCli(['goroutines', file, '--json'], { out: t => { out += t; }, err: () => undefined }), 0);
  return JSON.parse(out);
}

/** The outermost frame's `func file:line` → goroutines, from the flame's first row. */
function flameRoots(model: GoroutineJobOutput['view'], frames: GoroutineJobOutput['view']['frames'], flame = model.flame): Map<string, number> {
  const out = new Map<string, number>();
  flame.frames.forEach((f, i) => {
    if (flame.parents[i] !== -1) return;
    if (f < 0) { out.set('(narrow)', flame.values[i]); return; }
    const fr = frames[f];
    out.set(`${fr.func} ${fr.file}:${fr.line}`, flame.values[i]);
  });
  return out;
}

function cliRoots(groups: readonly { count: number; frames: { func: string; file: string; line: number }[] }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of groups) {
    const f = g.frames[g.frames.length - 1];
    if (!f) continue;
    const key = `${f.func} ${f.file}:${f.line}`;
    out.set(key, (out.get(key) ?? 0) + g.count);
  }
  return out;
}

/**
 * Each tower drawn as wide as the CLI's groups under it; a tower not drawn narrower than the graph
 * draws (1/2,000 of it), all of them together as wide as the one node that stands for them.
 */
function assertRootsAsCli(drawn: Map<string, number>, cli: Map<string, number>, total: number): void {
  for (const [key, value] of drawn) if (key !== '(narrow)') assert.equal(value, cli.get(key), key);
  let narrow = 0;
  for (const [key, value] of cli) {
    if (drawn.has(key)) continue;
    assert.ok(value < total / 2_000, `${key}: ${value} goroutines not drawn`);
    narrow += value;
  }
  assert.ok(drawn.size > 1);
  assert.ok(narrow > 0, 'the dump has towers too narrow to draw');
  assert.equal(drawn.get('(narrow)'), narrow);
  assert.equal([...drawn.values()].reduce((a, b) => a + b, 0), total, 'the first row as wide as the root');
}

describe('goroutine view bounded everywhere: stacks paged, flame and waits over every group', function () {
  this.timeout(600_000);

  it('a stack of 10^5 distinct frames crosses its first 200 and last 50; the middle comes a page at a time, each within the budget, until the stack is whole', () => {
    const ctx = context();
    const text = new TextDecoder().decode(hostileTexts['million-frames'](0.1));
    const out = open(text, 'deep', ctx);
    const analysis = analyzeGoroutineDump(text);
    const whole = analysis.groups[0].frames;
    assert.equal(whole.length, 100_000);
    let group: GoroutineGroupView = out.view.groups[0];
    assert.equal(group.frames.length, STACK_HEAD_FRAMES + STACK_TAIL_FRAMES);
    assert.deepEqual(group.framesLeftOut, { at: STACK_HEAD_FRAMES, count: 100_000 - STACK_HEAD_FRAMES - STACK_TAIL_FRAMES });
    assert.ok(JSON.stringify(out.view).length < 200_000, `the model is ${JSON.stringify(out.view).length} characters`);
    // Its flame graph drawn to 1,000 rows from the outermost frame, and says so.
    assert.equal(out.view.flame.frames.length, 1_000);
    assert.equal(out.view.flame.cutAtDepth, true);
    assert.equal(out.view.frames[out.view.flame.frames[0]].func, whole[whole.length - 1].func);
    const frames = [...out.view.frames];
    let pages = 0;
    while (group.framesLeftOut) {
      const page = goroutineFramesJob.run({ viewId: 'deep', rank: group.rank, from: group.framesLeftOut.at }, ctx) as StackFramesPage;
      assert.ok(page.ids.length > 0);
      assert.ok(JSON.stringify(page).length < PAGE_BUDGET_CHARS + 1_000, `page ${pages}: ${JSON.stringify(page).length} characters`);
      frames.push(...page.frames);
      group = withMiddleFrames(group, page);
      pages++;
    }
    assert.ok(pages >= 10, `${pages} pages`);
    assert.equal(group.frames.length, 100_000);
    assert.deepEqual(group.frames.map(f => `${frames[f].func} ${frames[f].line}`), whole.map(f => `${f.func} ${f.line}`), 'every frame once, in order');
    // Asked of a group the view does not hold: refused.
    assert.throws(() => goroutineFramesJob.run({ viewId: 'deep', rank: 5, from: 0 }, ctx), /not sent/);
  });

  it('the webview\'s ask for more frames names a group the model holds, nothing else', () => {
    const bounds = { frames: 10, groups: 3 };
    assert.deepEqual(parseGoroutineWebviewMessage({ type: 'moreFrames', group: 2 }, bounds), { type: 'moreFrames', group: 2 });
    for (const group of [3, -1, 1.5, '1', null, undefined]) assert.equal(parseGoroutineWebviewMessage({ type: 'moreFrames', group }, bounds), undefined, String(group));
  });

  it('a dump of ~5,000 groups (the sample\'s shape): the flame graph and the waits in the view model are the CLI\'s totals, before any page and with a query that narrows', async () => {
    const text = manyGroupsDump();
    const json = await cliJson(text);
    assert.ok(json.groups.length > 5_000, `${json.groups.length} groups`);
    const ctx = context();
    const out = open(text, 'many', ctx);
    const view = out.view;
    assert.equal(view.summary.groups, json.groups.length);
    assert.ok(view.unsentGroups > 0 && view.groups.length <= 2_000, `${view.groups.length} groups sent, ${view.unsentGroups} not`);
    // The flame of every group, the ones not sent too.
    assert.equal(view.flame.total, json.total);
    assert.equal(view.flame.total, json.groups.reduce((n, g) => n + g.count, 0));
    assertRootsAsCli(flameRoots(view, view.frames), cliRoots(json.groups), view.flame.total);
    // Each node is as wide as the goroutines under it: its children never wider in sum.
    const below = new Array<number>(view.flame.frames.length).fill(0);
    view.flame.parents.forEach((p, i) => { if (p >= 0) below[p] += view.flame.values[i]; });
    below.forEach((sum, i) => assert.ok(sum <= view.flame.values[i]));
    // The waits: every wait object's total is the CLI's.
    assert.deepEqual(view.waits.map(w => [w.kind, w.address, w.total]), json.waitTargets.slice(0, view.waits.length).map(t => [t.kind, t.address, t.waiters]));
    // A query that narrows (idle runtime goroutines hidden): its flame and waits over every group it keeps.
    const page = goroutineQueryJob.run({ viewId: 'many', query: { filter: '', hideIdle: true }, more: false }, ctx) as GroupPage;
    const kept = json.groups.filter(g => !g.isIdleRuntime);
    assert.ok(kept.length > 2_000 && kept.length < json.groups.length, `${kept.length} groups kept`);
    const frames = [...view.frames, ...page.frames];
    assert.equal(page.flame?.total, kept.reduce((n, g) => n + g.count, 0));
    assertRootsAsCli(flameRoots(view, frames, page.flame), cliRoots(kept), page.flame!.total);
    const keptWaits = new Set(kept.flatMap(g => g.waitTargets.map(t => `${t.kind} ${t.address}`)));
    assert.deepEqual(page.waitMatches, view.waits.flatMap((w, i) => keptWaits.has(`${w.kind} ${w.address}`) ? [i] : []));
    assert.ok((page.waitMatches ?? []).length > 0);
  });

  it('stacks outside the groups: the first 100 cross, each its first and last frames; the rest counted', () => {
    const ctx = context();
    // 300 stacks without their goroutine header, one of 1,000 frames.
    const frame = (i: number) => `main.f${i}(0x1)\n\t/src/main.go:${i + 1} +0x1\n`;
    const deep = Array.from({ length: 1_000 }, (_, i) => frame(i)).join('');
    const text = [deep, ...Array.from({ length: 299 }, (_, i) => frame(i))].join('\n');
    const out = open(text, 'headless', ctx);
    assert.equal(out.view.stacks.length, MAX_STACKS_SENT);
    assert.equal(out.view.stacksLeftOut, 200);
    const first = out.view.stacks[0];
    assert.equal(first.frames.length, STACK_HEAD_FRAMES + STACK_TAIL_FRAMES);
    assert.deepEqual(first.framesLeftOut, { at: STACK_HEAD_FRAMES, count: 1_000 - STACK_HEAD_FRAMES - STACK_TAIL_FRAMES });
    assert.equal(out.view.frames[first.frames[first.frames.length - 1]].func, 'main.f999');
  });

  it('the incident of a leak whose stack is 10^4 frames deep: its suspect crosses the first and last frames, the view and both reports say how many between', () => {
    const frames = Array.from({ length: 10_000 }, (_, i) => `main.f${i}(0x1)\n\t/src/main.go:${i + 1} +0x1d\n`).join('');
    const text = Array.from({ length: 50 }, (_, i) => `goroutine ${i + 2} [chan receive, 30 minutes]:\n${frames}created by main.main in goroutine 1\n\t/src/main.go:9 +0x1d\n`).join('\n');
    const incident = incidentFromCaptures(gatherCaptures([{ path: 'goroutines.txt', mtimeMs: 2e12, bytes: new TextEncoder().encode(text) }]));
    const suspect = incident.suspects[0];
    assert.ok(suspect, 'the 50 goroutines are a suspect');
    assert.equal(suspect.frames.length, STACK_HEAD_FRAMES + STACK_TAIL_FRAMES);
    assert.deepEqual(suspect.framesLeftOut, { at: STACK_HEAD_FRAMES, count: 10_000 - STACK_HEAD_FRAMES - STACK_TAIL_FRAMES });
    assert.equal(suspect.frames[STACK_HEAD_FRAMES].func, 'main.f9950');
    // As the worker sends it: each name and key cut (the group's key is its stack's text).
    const model = buildIncidentViewModel(crossingIncident(incident), { title: 'deep', folder: 'deep', positions: new Map() });
    assert.ok(JSON.stringify(model).length < 100_000, `the view's model is ${JSON.stringify(model).length} characters`);
    assert.match(incidentMarkdown(incident), /- … 9,750 frames between not shown \(the dump holds them\) …\n- main\.f9950/);
    assert.match(incidentHtml(incident), /… 9,750 frames between not shown \(the dump holds them\) …<\/div>\s*<div class="frame"><code>main\.f9950<\/code>/);
  });

  it('the code lens figures say when their budget left functions out, and say nothing of the kind when none is', () => {
    const ctx = context();
    const long = open(new TextDecoder().decode(hostileTexts['long-frame-groups'](0.02)), 'lens', ctx).figures;
    const note = /lenses on the ([\d,]+) busiest of ([\d,]+) functions/.exec(long.label);
    assert.ok(note, long.label);
    assert.equal(Number(note[1].replace(/,/g, '')), long.functions.length);
    assert.equal(Number(note[2].replace(/,/g, '')), 2_000);
    assert.ok(long.functions.length < 2_000 && long.functions.length > 100, `${long.functions.length} functions`);
    const plain = open(readFileSync(sample, 'utf8'), 'plain', ctx).figures;
    assert.equal(plain.label, 'plain · 18,410 goroutines');
  });

  it('a worker started again (it lost the view): the view groups the dump again, asks its page again of the new model and shows no page of the old', async () => {
    const text = manyGroupsDump();
    let ctx = context();
    const posted: GoroutineHostMessage[] = [];
    let regroups = 0;
    const worker = {
      query: async (input: Parameters<typeof goroutineQueryJob.run>[0]) => goroutineQueryJob.run(input, ctx) as GroupPage,
      frames: async (input: Parameters<typeof goroutineFramesJob.run>[0]) => goroutineFramesJob.run(input, ctx) as StackFramesPage,
      flameZoom: async (input: Parameters<typeof goroutineFlameZoomJob.run>[0]) => goroutineFlameZoomJob.run(input, ctx) as FlameZoomPage,
      stacks: async (input: Parameters<typeof goroutineStacksJob.run>[0]) => goroutineStacksJob.run(input, ctx) as StacksPage,
      vanished: async () => { throw new Error('not asked'); },
    };
    const asModel = (out: GoroutineJobOutput): GoroutineViewModel => ({ ...out.view, title: 'many', origin: 'whole file', canReveal: false });
    const paging: ViewPaging = new ViewPaging(worker, 'v', {
      regroup: async () => { regroups++; paging.model = asModel(open(text, 'v', ctx)); posted.push({ type: 'model', model: paging.model }); },
      post: m => posted.push(m),
    });
    paging.model = asModel(open(text, 'v', ctx));
    const firstPage = paging.model.groups.length;
    await paging.query({ filter: '', hideIdle: false }, true);
    const twoPages = paging.model.groups.length;
    assert.ok(twoPages > firstPage);
    // The worker starts again: its store is new, the view is gone.
    ctx = context();
    posted.length = 0;
    await paging.query({ filter: '', hideIdle: false }, true);
    assert.equal(regroups, 1);
    assert.deepEqual(posted.map(m => m.type), ['model', 'page'], 'the new model, then the page asked again of it');
    const ranks = paging.model.groups.map(g => g.rank);
    assert.deepEqual(ranks, Array.from({ length: ranks.length }, (_, i) => i), 'the first page and the next, each group once: no page of the old model');
    assert.equal(ranks.length, twoPages);
    // Frames asked of a lost view: grouped again, asked again of the same group by its rank.
    const deepText = new TextDecoder().decode(hostileTexts['million-frames'](0.01));
    const deep = new ViewPaging(worker, 'd', {
      regroup: async () => { regroups++; deep.model = asModel(open(deepText, 'd', ctx)); posted.push({ type: 'model', model: deep.model }); },
      post: m => posted.push(m),
    });
    deep.model = asModel(open(deepText, 'd', ctx));
    ctx = context();
    posted.length = 0;
    await deep.moreFrames(0);
    assert.deepEqual(posted.map(m => m.type), ['model', 'groupFrames']);
    assert.equal(deep.model.groups[0].frames.length, 10_000);
    assert.equal(deep.model.groups[0].framesLeftOut, undefined);
  });
});
