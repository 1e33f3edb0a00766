// A dump whose every field a view shows is 1 MB (hostileTexts' `huge-fields`: the state, a label's
// key and value, the function, its file, the creator) through the worker's goroutine job: what
// crosses to the extension host and the webview is bounded per text, each long text a reference to
// the whole one (src/shared/nameLimit.ts), and the view's filter, the incident's group join and the
// code lenses' figures still find each goroutine by what they carry.
import assert from 'node:assert/strict';
import { serialize } from 'node:v8';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { goroutineQueryJob, goroutinesJob } from '../../../src/host/worker/jobs/goroutines';
import type { GroupPage } from '../../../src/shared/goroutineProtocol';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { crossingName, MAX_CROSSING_NAME_CHARS, parseNameReference, refersTo } from '../../../src/shared/nameLimit';
import { visibleGroups as visibleInWebview } from '../../../webview-ui/src/goroutines/groupFilter';
import { hostileTexts } from '../../hostile/hostileTexts';

useWorkerPlatform(nodeWorkerPlatform);
const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };

/** Every string of `value`, with where it is. */
function strings(value: unknown, path = '', out: { path: string; text: string }[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('goroutine view of a dump of 1 MB names: cut to cross, each a reference', () => {
  // 4 goroutines × 7 fields of 1 MB: 28 MB of text.
  const SCALE = 0.02;
  const GOROUTINES = 4;
  const id = (i: number) => String(i).padStart(8, '0');
  const whole = (i: number, c: string) => c + id(i) + c.repeat(1_000_000);
  let out: Awaited<ReturnType<typeof goroutinesJob.run>>;

  const groupOf = (i: number) => {
    const g = out.view.groups.find(x => out.view.frames[x.frames[0]].func.startsWith(`main.f${id(i)}`));
    assert.ok(g, `goroutine ${i}'s group`);
    return g;
  };

  before(async () => {
    out = await goroutinesJob.run({ text: new Uint8Array(hostileTexts['huge-fields'](SCALE)), similarity: 'default', lineOffset: 0, title: 'huge', viewId: 'huge' }, context);
  });

  it('what crosses is bounded: no text past the limit, under 0.2 MB of JSON a goroutine (7 MB before)', () => {
    assert.equal(out.view.groups.length, GOROUTINES);
    for (const s of strings(out)) assert.ok(s.text.length <= MAX_CROSSING_NAME_CHARS, `${s.path}: ${s.text.length} characters`);
    const posted = JSON.stringify(out.view).length;
    const crossed = serialize(out).length;
    assert.ok(posted < GOROUTINES * 200_000, `the webview's model is ${posted} bytes`);
    // A cut text holds `…`, so V8 writes it two bytes a character: ~12 texts of 40 KB a goroutine (6 MB before).
    assert.ok(crossed < GOROUTINES * 500_000, `the worker's answer is ${crossed} bytes`);
  });

  it('each cut state, label, file and creator is a reference to its whole text, one per goroutine', () => {
    for (let i = 0; i < GOROUTINES; i++) {
      const g = groupOf(i);
      // Every other goroutine's state is 1 MB; the rest wait on a channel.
      if (i % 2 === 0) {
        assert.ok(refersTo(g.state, whole(i, 's')), 'state');
        assert.equal(g.state, crossingName(whole(i, 's')));
      } else {
        assert.equal(g.state, 'chan receive');
      }
      assert.ok(refersTo(g.labels[0].value, `"${whole(i, 'v')}"`) || refersTo(g.labels[0].value, whole(i, 'v')), 'label value');
      const top = out.view.frames[g.frames[0]];
      assert.ok(refersTo(top.file, `/src/${whole(i, 'p')}.go`), 'file');
      const creator = out.view.frames[g.createdBy];
      assert.ok(refersTo(creator.file, `/src/${whole(i, 'q')}.go`), "creator's file");
      // The reader keeps a function name's first 16 KiB (its own warning says so): under the limit, whole.
      assert.equal(parseNameReference(top.func), undefined);
      assert.ok(top.func.startsWith(`main.f${id(i)}`));
    }
  });

  it("the filter, the incident's join of a group (func and state) and a code lens's function find each goroutine, in the webview and in the worker", () => {
    const model = { ...out.view, title: 'huge', origin: 'file' as const, canReveal: false };
    // The worker's search (the whole texts and the cut ones) keeps what the webview's provisional filter does.
    const inWorker = (filter: string) => (goroutineQueryJob.run({ viewId: 'huge', query: { filter, hideIdle: false }, more: false }, context) as GroupPage).matches;
    const visibleGroups = (m: typeof model, options: { text: string; hideIdle: boolean }) => {
      const shown = visibleInWebview(m, options);
      assert.deepEqual(inWorker(options.text), shown, options.text.slice(0, 60));
      return shown;
    };
    for (let i = 0; i < GOROUTINES; i++) {
      const g = model.groups.indexOf(groupOf(i));
      const func = model.frames[model.groups[g].frames[0]].func;
      const state = model.groups[g].state;
      // GoroutinePanel.showGroup's filter: the function, then every word of the state.
      const filter = [`func:${func}`, ...state.split(/\s+/).map(w => `state:${w}`)].join(' ');
      assert.deepEqual(visibleGroups(model, { text: filter, hideIdle: false }), [g]);
      assert.deepEqual(visibleGroups(model, { text: `file:${model.frames[model.groups[g].frames[0]].file.slice(0, 40)}`, hideIdle: false }), [g]);
      const figure = out.figures.functions.find(f => f.name === func);
      assert.ok(figure, 'a figure names the function as the view does');
      assert.deepEqual(visibleGroups(model, { text: `func:${figure.name}`, hideIdle: false }), [g]);
    }
    for (const line of out.figures.lines) assert.ok(parseNameReference(line.file), 'a lens line names its file by reference');
  });
});
