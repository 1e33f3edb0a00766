// The incident worker jobs in plain Node on the kube-apiserver sample: the job adds no numbers of
// its own (its incident is `goprof incident`'s), local files read by the worker and bytes from the
// host give the same answer, and the view model links the answer's names to the right lines.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { incidentJob, incidentReportJob, incidentSameProcessJob, type IncidentFolderFile } from '../../../src/host/worker/jobs/incident';
import { incidentOfFolder } from '../../../src/cli/incidentCommand';
import { buildIncidentViewModel } from '../../../src/host/incident/incidentViewModel';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';

// The worker thread of the Node build: local files and zlib.
useWorkerPlatform(nodeWorkerPlatform);

const SAMPLE = path.join(__dirname, '../../../samples/kube-apiserver-incident');
const CAPTURES = ['cpu.pb.gz', 'goroutine.pb.gz', 'goroutines-debug1.txt', 'goroutines.txt', 'heap.pb.gz'];
const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };

function localFiles(): IncidentFolderFile[] {
  return CAPTURES.map(name => ({ path: name, mtimeMs: statSync(path.join(SAMPLE, name)).mtimeMs, data: { filePath: path.join(SAMPLE, name) } }));
}

describe('incident worker jobs on the kube-apiserver sample', () => {
  it('the job\'s incident is the CLI\'s, from local files and from bytes alike', async () => {
    const cli = incidentOfFolder(SAMPLE);
    const local = await incidentJob.run({ files: localFiles() }, context);
    const fromBytes = await incidentJob.run({ files: localFiles().map(f => ({ ...f, data: new Uint8Array(readFileSync((f.data as { filePath: string }).filePath)) })) }, context);
    // The CLI walks the whole sample tree; the five captures are all it reads (source and docs are skipped).
    assert.deepEqual(local.incident, cli);
    assert.deepEqual(fromBytes.incident, local.incident);
    assert.match(local.incident.answer[0], /^18,000 goroutines blocked on chan send/);
  });

  it('names only the heap profile knows get its declaration; the answer links the blocking send and Unmarshal', async () => {
    const out = await incidentJob.run({ files: localFiles() }, context);
    const positions = new Map(out.positions);
    const unmarshal = [...positions.keys()].find(name => name.endsWith('.(*ConfigMap).Unmarshal'));
    assert.ok(unmarshal, `Unmarshal has a position: ${[...positions.keys()].join(', ')}`);
    const model = buildIncidentViewModel(out.incident, { title: 'kube-apiserver-incident', folder: 'kube-apiserver-incident', positions });
    const links = model.answer[0].filter(p => p.link !== undefined).map(p => ({ text: p.text, ...model.links[p.link as number] }));
    const top = out.incident.suspects[0];
    assert.equal(links[0].text, 'registry.(*Store).DeleteCollection.func1');
    assert.deepEqual({ file: links[0].file, line: links[0].line }, { file: top.file, line: top.line });
    assert.match(top.file, /\/registry\/store\.go$/);
    const unmarshalLink = links.find(l => l.func === unmarshal);
    assert.ok(unmarshalLink, `the answer links Unmarshal: ${links.map(l => l.text).join(', ')}`);
    assert.deepEqual({ file: unmarshalLink.file, line: unmarshalLink.line }, positions.get(unmarshal));
    assert.equal(model.answer[0].map(p => p.text).join(''), out.incident.answer[0]);
  });

  it('the report job writes the core\'s HTML and Markdown, with the source lines it is given', async () => {
    const { incident } = await incidentJob.run({ files: localFiles() }, context);
    const top = incident.suspects[0];
    const store = readFileSync(path.join(SAMPLE, 'staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go'), 'utf8');
    const report = await incidentReportJob.run({ incident, title: 'Incident: sample', sources: [[top.file, store]], writtenAtMs: Date.UTC(2026, 0, 1) }, context);
    const blockingLine = store.split('\n')[top.line - 1].trim();
    assert.match(blockingLine, /toProcess <- /);
    assert.ok(report.markdown.includes(blockingLine), 'the Markdown shows the blocking line');
    assert.ok(report.html.includes('toProcess &lt;- '), 'the HTML shows the blocking line, escaped');
    assert.match(report.html, /default-src 'none'/);
  });
});

describe('incident worker job: is an open profile and dump of one process (the offer\'s check)', () => {
  const FIXTURES = path.join(__dirname, '../../fixtures/incident');
  const file = (dir: string, name: string): IncidentFolderFile => ({ path: name, mtimeMs: 0, data: { filePath: path.join(dir, name) } });
  const verdict = async (...files: IncidentFolderFile[]) => (await incidentSameProcessJob.run({ files }, context)).verdict;

  it('a heap profile and a dump of one program are; the same heap profile beside another program\'s dump is not', async () => {
    const chanLeak = path.join(FIXTURES, 'chan-leak');
    assert.deepEqual(await verdict(file(chanLeak, 'heap.pb.gz'), file(chanLeak, 'goroutines.txt')), { same: true });
    const different = path.join(FIXTURES, 'different-processes');
    const other = await verdict(file(different, 'heap.pb.gz'), file(different, 'goroutines.txt'));
    assert.equal(other?.same, false);
    assert.match(other?.same === false ? other.reason : '', /main\.main is in incidentgen\/chanleak\/main\.go in the dump and in incidentgen\/blowup\/main\.go in the profile/);
  });

  it('a goroutine profile and a heap profile are compared by their binaries too; the sample\'s are one process', async () => {
    assert.deepEqual(await verdict(file(SAMPLE, 'heap.pb.gz'), file(SAMPLE, 'goroutine.pb.gz')), { same: true });
    const blowupHeap = file(path.join(FIXTURES, 'heap-blowup'), 'heap.pb.gz');
    assert.deepEqual(await verdict(blowupHeap, file(SAMPLE, 'goroutine.pb.gz')), { same: false, reason: 'they name different binaries (kube-apiserver and blowup)' });
  });

  it('two files that are not a profile and a dump give no verdict', async () => {
    const chanLeak = path.join(FIXTURES, 'chan-leak');
    assert.equal(await verdict(file(chanLeak, 'heap.pb.gz'), file(chanLeak, 'notes.txt')), null);
    assert.equal(await verdict(file(chanLeak, 'goroutines.txt'), file(chanLeak, 'goroutines.txt')), null);
  });
});
