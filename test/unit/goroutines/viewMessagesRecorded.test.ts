// The goroutine view's messages for a fixed run of requests (the first model, filtered and unfiltered
// pages of groups, a deep stack's middle, the stacks outside the groups, a grey bar opened), on real
// dumps and on the hostile shapes whose every frame is distinct or cut: each message's SHA-256 against
// those recorded at aaed243c, before what the worker keeps for a view was shrunk. The worker may hold
// less; the view must get the same bytes. GPE_RECORD_VIEW_MESSAGES=<file> writes the record instead.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { goroutineFlameZoomJob, goroutineFramesJob, goroutineQueryJob, goroutinesJob, goroutineStacksJob, type GoroutineJobOutput } from '../../../src/host/worker/jobs/goroutines';
import { hostileTexts } from '../../hostile/hostileTexts';

const RECORD = join(__dirname, '../../fixtures/goroutines-view-messages.json');

const inputs: Record<string, () => Uint8Array> = {
  'kube-apiserver goroutines.txt': () => readFileSync(join(__dirname, '../../../samples/kube-apiserver-incident/goroutines.txt')),
  'kube-apiserver goroutine.pb.gz': () => readFileSync(join(__dirname, '../../../samples/kube-apiserver-incident/goroutine.pb.gz')),
  'crash_nested_panics.txt': () => readFileSync(join(__dirname, '../../fixtures/goroutines/crash_nested_panics.txt')),
  'million-frames 0.1': () => hostileTexts['million-frames'](0.1),
  'long-frame-groups 0.05': () => hostileTexts['long-frame-groups'](0.05),
  'huge-fields 0.02': () => hostileTexts['huge-fields'](0.02),
  'huge-names 0.02': () => hostileTexts['huge-names'](0.02),
  'headless-creators 0.01': () => hostileTexts['headless-creators'](0.01),
};

const sha = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

/** The messages of one view, by request. */
function messages(text: Uint8Array): Record<string, string> {
  const ctx: JobContext = { store: new WorkerStore(), transfer: () => undefined };
  const viewId = 'v';
  const out: Record<string, string> = {};
  const first = goroutinesJob.run({ text, similarity: 'default', lineOffset: 0, title: 't', viewId }, ctx) as GoroutineJobOutput;
  // Its time spent reading is no part of what is compared.
  out.first = sha({ ...first.view, summary: { ...first.view.summary, elapsedMs: 0 } });
  out.figures = sha(first.figures);
  for (const filter of ['', 'main', 'chan', 'f00000001', 'xxxxxxxxxx', 'p00000001', 'main.go:3']) {
    for (const more of [false, true]) {
      try {
        out[`query ${filter} ${more}`] = sha(goroutineQueryJob.run({ viewId, query: { filter, hideIdle: false }, more }, ctx));
      } catch (e) { out[`query ${filter} ${more}`] = `error ${(e as Error).message}`; }
    }
  }
  const deep = first.view.groups.find(g => g.framesLeftOut);
  if (deep) out.frames = sha(goroutineFramesJob.run({ viewId, rank: deep.rank, from: deep.framesLeftOut!.at }, ctx));
  try { out.stacks = sha(goroutineStacksJob.run({ viewId, from: first.view.stacks.length }, ctx)); } catch (e) { out.stacks = `error ${(e as Error).message}`; }
  try { out.flame = sha(goroutineFlameZoomJob.run({ viewId, query: { filter: '', hideIdle: false }, steps: [], width: 1200 }, ctx)); } catch (e) { out.flame = `error ${(e as Error).message}`; }
  return out;
}

describe('the goroutine view\'s messages, recorded', function () {
  this.timeout(600_000);

  const recording = process.env.GPE_RECORD_VIEW_MESSAGES;
  if (recording) {
    it('records them', () => {
      const all: Record<string, Record<string, string>> = {};
      for (const [name, read] of Object.entries(inputs)) all[name] = messages(read());
      writeFileSync(recording, `${JSON.stringify(all, null, 1)}\n`);
    });
    return;
  }

  const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, Record<string, string>>;
  for (const [name, read] of Object.entries(inputs)) {
    it(`${name}: every message as recorded`, () => {
      assert.deepEqual(messages(read()), recorded[name]);
    });
  }
});
