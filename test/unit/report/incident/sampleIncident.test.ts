import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../../src/cli/main';
import { buildIncident, INCIDENT_FOLDER_LIMITS, joinName, reportSourceFiles, type Incident } from '../../../../src/core/report/incident';
import { readIncidentFolder } from '../../../../src/cli/incidentCommand';
import { formatBytes } from '../../../../src/core/format';

const sampleDir = join(__dirname, '../../../../samples/kube-apiserver-incident');
const sample = (name: string) => join(sampleDir, name);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

async function json<T>(argv: string[]): Promise<T> {
  const { code, out, err } = await run(argv);
  assert.equal(code, 0, err);
  return JSON.parse(out) as T;
}

interface TopJson { total: number; rows: { func: string; flat: number; cum: number }[] }

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
const focusOn = (functions: readonly string[]) => `^(?:${functions.map(escapeRe).join('|')})$`;
const sumFlat = (top: TopJson) => top.rows.reduce((sum, r) => sum + r.flat, 0);

describe('goprof incident on the sample workspace', function () {
  this.timeout(120000);
  let incident: Incident;
  before(async () => { incident = await json<Incident>(['incident', sampleDir, '--json']); });

  it('answers first with the DeleteCollection.func1 leak joined to the heap it pins', () => {
    const s = incident.suspects[0];
    assert.match(incident.answer[0], /^18,000 goroutines blocked on chan send .*in registry\.\(\*Store\)\.DeleteCollection\.func1 \(store\.go:181\), created by registry\.\(\*Store\)\.DeleteCollection — which is on the stacks holding /);
    assert.ok(incident.answer[0].includes(`holding ${formatBytes(s.heap!.value)} (${Math.round(s.heap!.fraction * 100)}%) of the in-use heap, allocated in v1.(*ConfigMap).Unmarshal under registry.(*Store).List`), incident.answer[0]);
    assert.equal(s.sentence + '.', incident.answer[0]);
    assert.equal(s.file.endsWith('registry/store.go'), true);
    assert.equal(s.line, 181);
  });

  it('counts equal goprof goroutines on the dump it used', async () => {
    const dump = await json<{ total: number; groups: { count: number; suspect: string | null; state: string }[] }>(['goroutines', sample('goroutines.txt'), '--json']);
    assert.equal(incident.dumpPath, 'goroutines.txt');
    assert.equal(incident.goroutineTotal, dump.total);
    const suspects = dump.groups.filter(g => g.suspect !== null);
    assert.equal(incident.suspects.length, suspects.length);
    incident.suspects.forEach((s, i) => {
      assert.equal(s.count, suspects[i].count);
      assert.equal(s.state, suspects[i].state);
      assert.ok(s.sentence.startsWith(suspects[i].suspect!));
    });
  });

  it('heap numbers equal goprof top on heap.pb.gz: the total, the top rows, and the joined functions focused', async () => {
    const top = await json<TopJson>(['top', sample('heap.pb.gz'), '--json']);
    assert.equal(incident.heapPath, 'heap.pb.gz');
    assert.equal(incident.memory.heapProfileTotal, top.total);
    assert.deepEqual(incident.heapTop, top.rows.slice(0, 20).map(r => ({ func: r.func, flat: r.flat, cum: r.cum })));
    const heap = incident.suspects[0].heap!;
    assert.equal(heap.sampleType, 'inuse_space');
    const focused = await json<TopJson>(['top', sample('heap.pb.gz'), '--json', '--nodefraction', '0', '--focus', focusOn(heap.functions)]);
    assert.ok(Math.abs(heap.value - sumFlat(focused)) < 1e-6 * top.total, `${heap.value} vs ${sumFlat(focused)}`);
    assert.equal(heap.fraction, heap.value / top.total);
    // The creator alone is pprof's cum of DeleteCollection; the group's own frame adds what it allocated.
    const creator = top.rows.find(r => r.func.endsWith('registry.(*Store).DeleteCollection'))!;
    assert.ok(heap.value >= creator.cum && creator.cum / top.total > 0.9);
    assert.match(heap.allocatedIn[0].func, /v1\.\(\*ConfigMap\)\.Unmarshal$/);
    assert.match(heap.allocatedIn[0].under!, /registry\.\(\*Store\)\.List$/);
  });

  it('allocations joined equal goprof top --sample-index alloc_space focused on the same functions', async () => {
    const allocs = incident.suspects[0].allocs!;
    const focused = await json<TopJson>(['top', sample('heap.pb.gz'), '--json', '--sample-index', 'alloc_space', '--nodefraction', '0', '--focus', focusOn(allocs.functions)]);
    assert.ok(Math.abs(allocs.value - sumFlat(focused)) < 1, `${allocs.value} vs ${sumFlat(focused)}`);
    assert.equal(allocs.fraction, allocs.value / focused.total);
  });

  it('lists what it found: the dump, the goroutine profiles, the heap and the cpu profile, dated', () => {
    const kinds = Object.fromEntries(incident.files.map(f => [f.path, f.kind]));
    assert.deepEqual(kinds, {
      'goroutines.txt': 'goroutine-dump', 'goroutines-debug1.txt': 'goroutine-profile', 'goroutine.pb.gz': 'goroutine-profile',
      'heap.pb.gz': 'heap', 'cpu.pb.gz': 'cpu',
    });
    assert.ok(incident.files.every(f => f.capturedAtMs !== undefined));
    assert.equal(incident.files.find(f => f.path === 'heap.pb.gz')!.capturedAtFrom, 'profile');
    // Go source, go.mod and the README of the workspace are not captures: not listed as unread either.
    assert.deepEqual(incident.unread, []);
  });

  it('joins a module build\'s dump with a GOPATH build\'s heap: vendored names are the same functions', () => {
    const dumpText = readFileSync(sample('goroutines.txt'), 'utf8').replaceAll('k8s.io/kubernetes/vendor/', '');
    const moduleBuild = buildIncident([
      { path: 'goroutines.txt', bytes: new TextEncoder().encode(dumpText) },
      { path: 'heap.pb.gz', bytes: readFileSync(sample('heap.pb.gz')) },
    ]);
    assert.equal(moduleBuild.suspects[0].func, 'k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection.func1');
    assert.equal(moduleBuild.suspects[0].heap!.value, incident.suspects[0].heap!.value);
    assert.equal(joinName('k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/registry/generic/registry.(*Store).List'),
      'k8s.io/apiserver/pkg/registry/generic/registry.(*Store).List');
    assert.equal(joinName('vendor/golang.org/x/net/http2.(*Framer).ReadFrame'), 'golang.org/x/net/http2.(*Framer).ReadFrame');
    assert.equal(joinName('example.com/m/cache.(*LRU[go.shape.string,go.shape.int]).Add'), 'example.com/m/cache.(*LRU[...]).Add');
  });
});

describe('goprof incident: reports and the folder walk', function () {
  this.timeout(120000);

  it('--markdown and --html write the report, with the source lines found under DIR around the blocking send', async () => {
    const out = mkdtempSync(join(tmpdir(), 'incident-'));
    const md = join(out, 'incident.md'), html = join(out, 'incident.html');
    const { code, out: printed } = await run(['incident', sampleDir, '--markdown', md, '--html', html]);
    assert.equal(code, 0);
    assert.ok(printed.startsWith('18,000 goroutines blocked on chan send'));
    const markdown = readFileSync(md, 'utf8');
    const store = readFileSync(join(sampleDir, 'staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go'), 'utf8').split('\n');
    assert.ok(markdown.includes(`>  181  ${store[180]}`), 'store.go:181 marked in the Markdown');
    assert.match(store[180], /toProcess <- i/);
    const page = readFileSync(html, 'utf8');
    assert.ok(page.includes(`<span class="cur">  181  ${store[180].replace(/</g, '&lt;')}</span>`));
    assert.ok(page.startsWith('<!DOCTYPE html>'));
  });

  it('reads captures only: source, docs and vendored folders are skipped, symbolic links not followed, limits reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'incident-walk-'));
    writeFileSync(join(dir, 'main.go'), 'package main\n');
    writeFileSync(join(dir, 'README.md'), '# notes\n');
    mkdirSync(join(dir, 'vendor'));
    writeFileSync(join(dir, 'vendor', 'heap.pb.gz'), readFileSync(sample('heap.pb.gz')));
    mkdirSync(join(dir, 'captures'));
    writeFileSync(join(dir, 'captures', 'heap.pb.gz'), readFileSync(sample('heap.pb.gz')));
    writeFileSync(join(dir, 'captures', 'big.pb.gz'), new Uint8Array(2 * 1024 * 1024));
    symlinkSync(join(dir, 'captures', 'heap.pb.gz'), join(dir, 'linked.pb.gz'));
    const folder = readIncidentFolder(dir, { ...INCIDENT_FOLDER_LIMITS, maxFileBytes: 1024 * 1024 });
    assert.deepEqual(folder.files.map(f => f.path), ['captures/heap.pb.gz']);
    assert.deepEqual(folder.unread.map(u => u.path), ['captures/big.pb.gz', 'linked.pb.gz']);
    assert.match(folder.unread[0].reason, /^larger than 1 MiB/);
    assert.equal(folder.unread[1].reason, 'a symbolic link: not followed');
  });

  it('an empty folder answers that there is nothing to read together', () => {
    const empty = buildIncident([]);
    assert.deepEqual(empty.answer, ['The folder holds no goroutine dump and no heap profile to read together.']);
    assert.deepEqual(reportSourceFiles(empty), []);
  });
});
