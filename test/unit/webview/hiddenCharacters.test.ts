// Names that read as one another once their hidden characters are applied (a zero-width space, a
// right-to-left override, a byte order mark, an isolate in a path, a C1 control): the crafted
// profile and dump of test/hostile, through the worker's jobs and the webview's DOM-free
// renderers. What is shown marks each hidden character; the data the views keep and search is
// the real name.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profileViewJob } from '../../../src/host/worker/jobs/profileView';
import { profileGraphJob } from '../../../src/host/worker/jobs/profileGraph';
import { goroutinesJob } from '../../../src/host/worker/jobs/goroutines';
import { unpackStrings } from '../../../src/shared/packedViews';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { shownName } from '../../../webview-ui/src/common/shownName';
import { nameLines } from '../../../webview-ui/src/profile/graphLayout';
import { shortName } from '../../../webview-ui/src/incident/names';
import { buildFlameTree } from '../../../webview-ui/src/goroutines/flameTree';
import { hostileProfiles } from '../../hostile/hostileProfiles';
import { hostileTexts } from '../../hostile/hostileTexts';
import { hasHiddenCharacters } from '../../../src/shared/visibleText';

useWorkerPlatform(nodeWorkerPlatform);

const HIDDEN = /[\u200b\u202e\u2066\ufeff\u0085]/;

describe('names with hidden characters are shown marked, searched by their real text', function () {
  this.timeout(120_000);
  const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
  let dir = '';
  before(() => { dir = mkdtempSync(join(tmpdir(), 'gpe-hidden-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a profile: five functions that look like main.Handle are five names on the page, marked in the flame, the top table, the graph', async () => {
    const file = join(dir, 'look-alike.pb');
    writeFileSync(file, hostileProfiles['look-alike-names'](1));
    const open = await profileOpenJob.run({ documentId: 'a', fileName: 'look-alike.pb', bytes: { filePath: file } }, context);
    const query = { sampleType: open.summary.sampleTypes.count - 1, granularity: 'functions' as const, filters: [] };
    const top = { sortKey: 'flat' as const, descending: true, filter: '', start: 0, count: 100 };
    const view = await profileViewJob.run({ documentId: 'a', query, widthPx: 1200, top }, context);
    const names = view.top.names.filter(n => n.startsWith('main.') && n !== 'main.f');
    assert.equal(names.length, 5);
    // The data is the real name; the page shows each apart, without a hidden character.
    assert.ok(names.filter(n => HIDDEN.test(n)).length === 4);
    const shown = names.map(shownName);
    assert.equal(new Set(shown).size, 5);
    for (const s of shown) assert.ok(!HIDDEN.test(s) && !hasHiddenCharacters(s.replaceAll('⟨', '')), s);
    assert.ok(shown.includes('main.Han⟨U+200B⟩dle') && shown.includes('main.⟨U+202E⟩eldnaH') && shown.includes('main.Handle⟨U+FEFF⟩') && shown.includes('main.Hand⟨U+0085⟩le'));
    for (const n of unpackStrings(view.flame.names)) assert.ok(!HIDDEN.test(shownName(n)));
    const graph = await profileGraphJob.run({ documentId: 'a', query, nodeCount: 80 }, context);
    for (const n of graph.nodes) for (const line of nameLines(n)) assert.ok(!HIDDEN.test(line), line);
    assert.ok(graph.nodes.some(n => nameLines(n).join('').includes('⟨U+200B⟩')));
    assert.ok(!HIDDEN.test(shortName('main.\u202eeldnaH')));
    // The top table's search is by the real name: the zero-width space finds only its own function.
    const searched = await profileViewJob.run({ documentId: 'a', query, widthPx: 1200, top: { ...top, filter: 'Han\u200bdle' } }, context);
    assert.deepEqual(searched.top.names, ['main.Han\u200bdle']);
  });

  it('a dump: look-alike frames, a state and a path with an isolate are marked in the goroutine flame graph', async () => {
    const out = await goroutinesJob.run({ text: new Uint8Array(hostileTexts['look-alike-dump'](1)), similarity: 'default', lineOffset: 0, title: 'dump' }, context);
    const model = { ...out.view, title: 'dump', origin: 'file', canReveal: false };
    assert.equal(model.summary.total, 3);
    assert.ok(model.frames.some(f => f.func === 'main.Han\u200bdle'), 'the model keeps the real name');
    const tree = buildFlameTree(model, model.groups.map((_, i) => i));
    const labels: string[] = [];
    const walk = (n: typeof tree): void => { labels.push(n.name); n.children.forEach(walk); };
    walk(tree);
    for (const l of labels) assert.ok(!HIDDEN.test(l), JSON.stringify(l));
    assert.ok(labels.some(l => l.includes('Han⟨U+200B⟩dle')), labels.join(' | '));
    assert.ok(labels.some(l => l.includes('⟨U+202E⟩eldnaH') && l.includes('ma⟨U+2066⟩in.go')), labels.join(' | '));
  });
});
