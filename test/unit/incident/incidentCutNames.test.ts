// An incident of a dump whose suspects name 1 MB files and labels (hostileTexts'
// `huge-fields-debug1`: records of 1,000 goroutines blocked on a channel) beside a real heap
// profile: what the worker sends the host and the host posts the webview is bounded, each long name
// a reference to its whole (src/shared/nameLimit.ts), its sentences still link the suspects'
// functions, and the incident's join into the goroutine view finds each suspect's group.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { serialize } from 'node:v8';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { incidentJob } from '../../../src/host/worker/jobs/incident';
import { goroutineQueryJob, goroutinesJob } from '../../../src/host/worker/jobs/goroutines';
import type { GroupPage } from '../../../src/shared/goroutineProtocol';
import { buildIncidentViewModel } from '../../../src/host/incident/incidentViewModel';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { gatherCaptures, incidentFromCaptures } from '../../../src/core/report/incident';
import { crossingName, MAX_CROSSING_NAME_CHARS, MAX_NAME_IN_TEXT_CHARS, referenceWithinLimit, refersTo } from '../../../src/shared/nameLimit';
import { visibleGroups } from '../../../webview-ui/src/goroutines/groupFilter';
import { hostileTexts } from '../../hostile/hostileTexts';

useWorkerPlatform(nodeWorkerPlatform);
const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
const HEAP = path.join(__dirname, '../../fixtures/incident/chan-leak/heap.pb.gz');

function longestString(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((n: number, v) => Math.max(n, longestString(v)), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => Math.max(n, longestString(v)), 0);
  return 0;
}

describe('incident of a dump of 1 MB names: cut to cross, each a reference, still joined', () => {
  // 4 records of 1,000 goroutines, each naming its own 1 MB file, label key and label value: 12 MB.
  const SCALE = 0.2;
  const RECORDS = 4;
  const dump = new Uint8Array(hostileTexts['huge-fields-debug1'](SCALE));
  const files = [
    { path: 'goroutines.txt', mtimeMs: 2e12, data: dump },
    { path: 'heap.pb.gz', mtimeMs: 2e12, data: new Uint8Array(readFileSync(HEAP)) },
  ];

  it('crosses under 0.3 MB a suspect (over 2 MB whole), no text past the limit', async () => {
    const whole = incidentFromCaptures(gatherCaptures(files.map(f => ({ path: f.path, mtimeMs: f.mtimeMs, bytes: f.data }))));
    const out = await incidentJob.run({ files }, context);
    assert.equal(out.incident.suspects.length, RECORDS);
    const model = buildIncidentViewModel(out.incident, { title: 'huge', folder: 'huge', positions: new Map(out.positions) });
    assert.ok(longestString(whole) > 1_000_000, 'the incident as read names 1 MB texts');
    assert.ok(longestString(out) <= MAX_CROSSING_NAME_CHARS && longestString(model) <= MAX_CROSSING_NAME_CHARS);
    const crossed = serialize(out).length, posted = JSON.stringify(model).length;
    const before = serialize({ incident: whole }).length;
    assert.ok(before > RECORDS * 2_000_000, `${before} bytes whole`);
    // V8 writes a cut text (it holds `…`) two bytes a character.
    assert.ok(crossed < RECORDS * 300_000, `the worker's answer is ${crossed} bytes`);
    assert.ok(posted < RECORDS * 200_000, `the view's model is ${posted} bytes`);
    for (const [i, s] of out.incident.suspects.entries()) {
      const w = whole.suspects[i];
      assert.ok(w.file.length > MAX_CROSSING_NAME_CHARS);
      assert.equal(s.file, crossingName(w.file));
      assert.ok(refersTo(s.file, w.file));
      assert.equal(s.func, w.func, 'a function name the reader kept (16 KiB) crosses whole');
      // The sentence names the file by its short reference, and links the function.
      const base = w.file.slice(w.file.lastIndexOf('/') + 1);
      assert.ok(s.sentence.includes(referenceWithinLimit(base, MAX_NAME_IN_TEXT_CHARS)), 'the sentence writes the file as a reference');
      const linked = model.suspectSentences[i].filter(p => p.link !== undefined).map(p => model.links[p.link!].func);
      assert.ok(linked.includes(s.func), 'the sentence links its function');
    }
  });

  it("the incident's join into the goroutine view (function and state) finds each suspect's group", async () => {
    const incident = (await incidentJob.run({ files }, context)).incident;
    const view = (await goroutinesJob.run({ text: dump, similarity: 'default', lineOffset: 0, title: 'goroutines.txt', viewId: 'join' }, context)).view;
    const model = { ...view, title: 'goroutines.txt', origin: 'file', canReveal: false };
    for (const s of incident.suspects) {
      const filter = [`func:${s.func}`, ...s.state.split(/\s+/).map(w => `state:${w}`)].join(' ');
      const shown = visibleGroups(model, { text: filter, hideIdle: false });
      assert.equal(shown.length, 1, s.func.slice(0, 20));
      // The worker's search, which the view asks: the same group.
      assert.deepEqual((goroutineQueryJob.run({ viewId: 'join', query: { filter, hideIdle: false }, more: false }, context) as GroupPage).matches, shown);
      assert.equal(model.groups[shown[0]].count, s.count);
      assert.equal(model.frames[model.groups[shown[0]].topUserFrame].file, s.file, 'both views carry the one reference');
    }
  });
});
