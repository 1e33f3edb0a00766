// A suspect's deep stack in the incident view: the incident crosses its first and last frames and the
// count between (`stackEnds`); the view asks for the middle 10,000 frames at a time, as the goroutine
// view does (the worker keeps the suspects' whole stacks under the view: `incident.frames`; the host and
// the webview put a page in alike, `withSuspectFrames`). Every frame is reached, in the dump's order,
// each once; no message carries more than a page within the budget.
import assert from 'node:assert/strict';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { incidentFramesJob, incidentJob, incidentReleaseJob, type IncidentJobOutput } from '../../../src/host/worker/jobs/incident';
import { buildIncidentViewModel, SentenceLinker, suspectFramesPage } from '../../../src/host/incident/incidentViewModel';
import { withSuspectFrames } from '../../../src/shared/suspectFramesPage';
import { parseIncidentWebviewMessage, type IncidentHostMessage, type IncidentViewModel, type SourceRef } from '../../../src/shared/incidentProtocol';
import { PAGE_BUDGET_CHARS, STACK_PAGE_FRAMES } from '../../../src/core/report/goroutines/groupPages';
import { MAX_CROSSING_NAME_CHARS } from '../../../src/shared/nameLimit';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';

useWorkerPlatform(nodeWorkerPlatform);

/** Three goroutines stuck on a send for 42 minutes under `depth` frames of a runaway recursion (a debug=2 dump). */
function deepDump(depth: number, name: (i: number) => string): Uint8Array {
  const out: string[] = ['goroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x1\n\n'];
  for (let g = 0; g < 3; g++) {
    out.push(`goroutine ${10 + g} [chan send, 42 minutes]:\nmain.stuck(0xc000010000)\n\t/app/stuck.go:12 +0x3d\n`);
    for (let i = 0; i < depth; i++) out.push(`${name(i)}(0x${i.toString(16)})\n\t/app/recurse.go:${i + 1} +0x20\n`);
    out.push('created by main.main in goroutine 1\n\t/app/main.go:9 +0x5a\n\n');
  }
  return new TextEncoder().encode(out.join(''));
}

interface Paged {
  readonly host: IncidentViewModel;
  readonly webview: IncidentViewModel;
  readonly asks: number;
  readonly largestMessage: number;
}

/** The incident job run for a view, then every page of suspect 0's middle asked as the view asks it, until none is left out. */
function pageAll(bytes: Uint8Array, viewId: string, ctx: JobContext): Paged {
  const out = incidentJob.run({ files: [{ path: 'goroutines.txt', mtimeMs: 0, data: bytes }], viewId }, ctx) as IncidentJobOutput;
  const linker = new SentenceLinker();
  let host = buildIncidentViewModel(out.incident, { title: viewId, folder: viewId, linker });
  let webview = JSON.parse(JSON.stringify(host)) as IncidentViewModel;
  let asks = 0;
  let largestMessage = 0;
  for (let leftOut = host.incident.suspects[0].framesLeftOut; leftOut; leftOut = host.incident.suspects[0].framesLeftOut) {
    assert.ok(asks++ < 1_000, 'each ask brings frames');
    const ask = parseIncidentWebviewMessage({ type: 'moreSuspectFrames', suspect: 0 }, { links: host.links.length, files: host.incident.files.length, suspects: host.incident.suspects.length });
    assert.deepEqual(ask, { type: 'moreSuspectFrames', suspect: 0 });
    const frames = incidentFramesJob.run({ viewId, suspect: 0, from: leftOut.at }, ctx) as SourceRef[];
    const message: IncidentHostMessage = { type: 'suspectFrames', page: suspectFramesPage(linker, 0, frames) };
    const json = JSON.stringify(message);
    largestMessage = Math.max(largestMessage, json.length);
    assert.ok(frames.length >= 1 && frames.length <= STACK_PAGE_FRAMES && json.length < PAGE_BUDGET_CHARS, `page of ${frames.length} frames, ${json.length} chars`);
    host = withSuspectFrames(host, message.page);
    webview = withSuspectFrames(webview, (JSON.parse(json) as { page: typeof message.page }).page);
  }
  return { host, webview, asks, largestMessage };
}

describe('a suspect\'s deep stack in the incident view, its middle a page at a time', function () {
  this.timeout(300_000);

  it('10^5 frames: the first 200 and last 50 with the incident, then 10,000 a page, every frame in order, each once, linked', () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const depth = 100_000;
    const { host, webview, asks } = pageAll(deepDump(depth, i => `main.recurse${i}`), 'deep', ctx);
    assert.equal(asks, 10);
    const s = host.incident.suspects[0];
    assert.equal(s.count, 3);
    assert.equal(s.framesLeftOut, undefined);
    const expected = ['main.stuck', ...Array.from({ length: depth }, (_, i) => `main.recurse${i}`)];
    assert.deepEqual(s.frames.map(f => f.func), expected);
    assert.deepEqual(s.frames.map(f => f.line), [12, ...Array.from({ length: depth }, (_, i) => i + 1)]);
    // Each frame's link opens its own line.
    const links = host.suspectFrameLinks[0];
    assert.equal(links.length, expected.length);
    s.frames.forEach((f, i) => assert.deepEqual(host.links[links[i]], { func: f.func, file: f.file, line: f.line }));
    // The webview, which puts in the pages it is posted, holds what the host holds.
    assert.deepEqual(webview, host);
    // Asked past the middle, or for a suspect whose stack crossed whole, the worker refuses.
    assert.throws(() => incidentFramesJob.run({ viewId: 'deep', suspect: 0, from: depth + 1 - 50 }, ctx), /not in suspect 0's middle/);
    assert.throws(() => incidentFramesJob.run({ viewId: 'deep', suspect: 0, from: -1 }, ctx), /not in suspect 0's middle/);
    assert.equal(parseIncidentWebviewMessage({ type: 'moreSuspectFrames', suspect: 1 }, { links: 0, files: 1, suspects: 1 }), undefined);
    assert.equal(parseIncidentWebviewMessage({ type: 'moreSuspectFrames', suspect: '0' }, { links: 0, files: 1, suspects: 1 }), undefined);
    // Closed: the worker lets the stacks go.
    incidentReleaseJob.run({ viewId: 'deep' }, ctx);
    assert.throws(() => incidentFramesJob.run({ viewId: 'deep', suspect: 0, from: 200 }, ctx), /no longer held/);
  });

  it('frames of long names: fewer a page, each message within the budget, the names cut as the incident cuts them', () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const depth = 2_000;
    const long = (i: number) => `main.${String(i).padStart(6, '0')}${'x'.repeat(MAX_CROSSING_NAME_CHARS * 2)}`;
    const { host, asks, largestMessage } = pageAll(deepDump(depth, long), 'long', ctx);
    assert.ok(asks > 1, `${asks} asks`);
    assert.ok(largestMessage > PAGE_BUDGET_CHARS / 2, `pages filled to the budget: ${largestMessage}`);
    const frames = host.incident.suspects[0].frames;
    assert.equal(frames.length, depth + 1);
    // Each cut name is a reference within the limit, and keeps its frame's place (its number first).
    frames.slice(1).forEach((f, i) => {
      assert.ok(f.func.length <= MAX_CROSSING_NAME_CHARS);
      assert.ok(f.func.startsWith(`main.${String(i).padStart(6, '0')}`), f.func.slice(0, 20));
    });
    // The pages cut names as the incident's own first and last frames are cut.
    const first = incidentJob.run({ files: [{ path: 'goroutines.txt', mtimeMs: 0, data: deepDump(depth, long) }] }, ctx) as IncidentJobOutput;
    assert.deepEqual(frames.slice(0, 200), first.incident.suspects[0].frames.slice(0, 200));
    assert.deepEqual(frames.slice(-50), first.incident.suspects[0].frames.slice(-50));
  });

  it('a new reading of the view drops the stacks kept for the one before; a stack that crossed whole keeps nothing', () => {
    const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    incidentJob.run({ files: [{ path: 'goroutines.txt', mtimeMs: 0, data: deepDump(1_000, i => `main.r${i}`) }], viewId: 'v' }, ctx);
    assert.equal((incidentFramesJob.run({ viewId: 'v', suspect: 0, from: 200 }, ctx) as SourceRef[]).length, 1_001 - 250);
    incidentJob.run({ files: [{ path: 'goroutines.txt', mtimeMs: 0, data: deepDump(10, i => `main.r${i}`) }], viewId: 'v' }, ctx);
    assert.throws(() => incidentFramesJob.run({ viewId: 'v', suspect: 0, from: 200 }, ctx), /no longer held/);
  });
});
