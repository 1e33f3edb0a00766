// The incident view's model: sentences cut into text and links to the right source lines, and the
// webview's messages checked against the model.
import * as assert from 'assert';
import type { Incident } from '../../../src/core/report/incident/incidentModel';
import { SentenceLinker, bareName, buildIncidentViewModel, nameForms, packageLastName } from '../../../src/host/incident/incidentViewModel';
import { parseIncidentWebviewMessage } from '../../../src/shared/incidentProtocol';

const PKG = 'k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/registry/generic/registry';
const STORE = 'k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/registry/generic/registry/store.go';
const UNMARSHAL = 'k8s.io/kubernetes/vendor/k8s.io/api/core/v1.(*ConfigMap).Unmarshal';

/** A hand-built incident in the shape of the sample's: one suspect whose creator path holds the heap. */
function sampleShaped(): Incident {
  return {
    files: [
      { path: 'goroutines.txt', kind: 'goroutine-dump', capturedAtMs: 1_700_000_000_000 },
      { path: 'heap.pb.gz', kind: 'heap', capturedAtMs: 1_700_000_000_000 },
      { path: 'cpu.pb.gz', kind: 'cpu' },
    ],
    unread: [{ path: 'notes.txt', reason: 'not a profile or a goroutine dump' }],
    answer: [
      '18,000 goroutines blocked on chan send for 1–2 minutes in registry.(*Store).DeleteCollection.func1 (store.go:181), created by (*Store).DeleteCollection — ' +
      'which is on the stacks holding 553 MiB (95%) of the in-use heap, allocated in (*ConfigMap).Unmarshal under (*Store).List.',
    ],
    suspects: [{
      sentence: '18,000 goroutines blocked on chan send in registry.(*Store).DeleteCollection.func1 (store.go:181)',
      count: 18000, state: 'chan send', waitMinutes: { min: 1, max: 2 },
      func: `${PKG}.(*Store).DeleteCollection.func1`, file: STORE, line: 181,
      createdBy: { func: `${PKG}.(*Store).DeleteCollection`, file: STORE, line: 170 },
      frames: [
        { func: 'runtime.gopark', file: '/usr/lib/go/src/runtime/proc.go', line: 363 },
        { func: `${PKG}.(*Store).DeleteCollection.func1`, file: STORE, line: 181 },
      ],
      heap: { sampleType: 'inuse_space', value: 580_000_000, fraction: 0.95, functions: [`${PKG}.(*Store).DeleteCollection`, `${PKG}.(*Store).List`], allocatedIn: [{ func: UNMARSHAL, value: 500_000_000 }] },
      allocs: null,
      stackBytes: 18000 * 8192,
    }],
    memory: { heapProfileTotal: 600_000_000, memStats: null, explained: 'The heap profile accounts for 572 MiB.' },
    overTime: [],
  };
}

describe('incident view model', () => {
  it('name forms: full, package-last and bare', () => {
    assert.strictEqual(packageLastName(`${PKG}.(*Store).List`), 'registry.(*Store).List');
    assert.strictEqual(bareName(`${PKG}.(*Store).List`), '(*Store).List');
    assert.strictEqual(bareName('main.main'), 'main');
    assert.deepStrictEqual(nameForms('main.main'), ['main.main', 'main']);
  });

  it('the answer links each function name to its line: the blocking send, the creator, the heap functions', () => {
    const model = buildIncidentViewModel(sampleShaped(), {
      title: 'incident', folder: 'incident',
      positions: new Map([[UNMARSHAL, { file: 'k8s.io/kubernetes/vendor/k8s.io/api/core/v1/generated.pb.go', line: 90 }]]),
    });
    const linked = model.answer[0].filter(p => p.link !== undefined).map(p => ({ text: p.text, ...model.links[p.link as number] }));
    assert.deepStrictEqual(linked.map(l => [l.text, l.line]), [
      ['registry.(*Store).DeleteCollection.func1', 181],
      ['(*Store).DeleteCollection', 170],
      ['(*ConfigMap).Unmarshal', 90],
      ['(*Store).List', 0],
    ]);
    assert.strictEqual(linked[0].file, STORE);
    // Nothing lost: the pieces are the sentence.
    assert.strictEqual(model.answer[0].map(p => p.text).join(''), sampleShaped().answer[0]);
  });

  it('a name inside a longer one is not linked twice, and an unknown name stays text', () => {
    const linker = new SentenceLinker();
    linker.add({ func: `${PKG}.(*Store).DeleteCollection`, file: STORE, line: 170 });
    const pieces = linker.link('in registry.(*Store).DeleteCollection.func1 and (*Store).DeleteCollection.');
    assert.deepStrictEqual(pieces.map(p => [p.text, p.link]), [
      ['in registry.(*Store).DeleteCollection.func1 and ', undefined],
      ['(*Store).DeleteCollection', 0],
      ['.', undefined],
    ]);
  });

  it('frames and files: each frame has its link, each file the view that opens it', () => {
    const model = buildIncidentViewModel(sampleShaped(), { title: 't', folder: 'f' });
    assert.strictEqual(model.suspectFrameLinks[0].length, 2);
    assert.strictEqual(model.links[model.suspectFrameLinks[0][0]].func, 'runtime.gopark');
    assert.deepStrictEqual(model.fileViewers, ['goroutines', 'profile', 'profile']);
  });

  it('every frame of a joined flame graph has a link (to focus the profile on it), without catching words of the sentences', () => {
    const incident = sampleShaped();
    const suspect = incident.suspects[0];
    const flame = {
      name: 'joined', value: 10, children: [{
        name: `${PKG}.(*Store).DeleteCollection`, value: 10, children: [{ name: 'runtime.send', value: 4, children: [] }, { name: 'main.main', value: 6, children: [] }],
      }],
    };
    const withFlame: Incident = { ...incident, suspects: [{ ...suspect, heap: { ...suspect.heap!, flame } }] };
    const model = buildIncidentViewModel(withFlame, { title: 't', folder: 'f' });
    for (const name of ['runtime.send', 'main.main']) assert.ok(model.links.some(l => l.func === name), name);
    // "chan send" and "main" in a sentence stay text: flame-only names register no short forms.
    const plain = buildIncidentViewModel(incident, { title: 't', folder: 'f' });
    assert.deepStrictEqual(model.answer, plain.answer);
    assert.ok(model.answer[0].some(p => p.link === undefined && p.text.includes('chan send')));
  });

  it('webview messages are checked against the model', () => {
    const bounds = { links: 3, files: 2, suspects: 1 };
    assert.deepStrictEqual(parseIncidentWebviewMessage({ type: 'openLink', link: 2 }, bounds), { type: 'openLink', link: 2 });
    assert.strictEqual(parseIncidentWebviewMessage({ type: 'openLink', link: 3 }, bounds), undefined);
    assert.strictEqual(parseIncidentWebviewMessage({ type: 'openLink', link: '1' }, bounds), undefined);
    assert.deepStrictEqual(parseIncidentWebviewMessage({ type: 'openFile', file: 1, func: 0 }, bounds), { type: 'openFile', file: 1, func: 0 });
    assert.strictEqual(parseIncidentWebviewMessage({ type: 'openFile', file: 1, func: 9 }, bounds), undefined);
    assert.strictEqual(parseIncidentWebviewMessage({ type: 'openFile', file: -1 }, bounds), undefined);
    assert.deepStrictEqual(parseIncidentWebviewMessage({ type: 'openFile', file: 0, suspect: 0 }, bounds), { type: 'openFile', file: 0, suspect: 0 });
    assert.strictEqual(parseIncidentWebviewMessage({ type: 'openFile', file: 0, suspect: 1 }, bounds), undefined);
    assert.strictEqual(parseIncidentWebviewMessage({ type: 'openFile', file: 0, suspect: 0.5 }, bounds), undefined);
    assert.deepStrictEqual(parseIncidentWebviewMessage({ type: 'export', path: '/etc/passwd' }, bounds), { type: 'export' });
    assert.strictEqual(parseIncidentWebviewMessage({ type: 'run', command: 'x' }, bounds), undefined);
    assert.strictEqual(parseIncidentWebviewMessage(null, bounds), undefined);
  });
});
