// The worker's goroutine job in plain Node: every form of a dump (document text, bytes from
// vscode.workspace.fs, a local file the worker streams, gzipped or not) gives the same view.
import assert from 'node:assert/strict';
import { gzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { goroutinesJob, type DumpInput } from '../../../src/host/worker/jobs/goroutines';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';

// The worker thread of the Node build: local files and zlib.
useWorkerPlatform(nodeWorkerPlatform);

const DUMP = path.join(__dirname, '../../fixtures/corpus/panicparse_static_panicweb_debug2.txt');
const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };

async function view(text: DumpInput) {
  const out = await goroutinesJob.run({ text, similarity: 'default', lineOffset: 0, title: 'dump' }, context);
  return { total: out.view.summary.total, groups: out.view.groups.map(g => `${g.count} ${g.state}`), warnings: out.view.summary.warningCount };
}

describe('worker goroutine job: one input path for every source', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(path.join(tmpdir(), 'gpe-dumps-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a local .txt.gz, streamed by the worker, groups like the text (not 0 goroutines)', async () => {
    const bytes = new Uint8Array(readFileSync(DUMP));
    const expected = await view(new TextDecoder().decode(bytes));
    assert.equal(expected.total, 71);
    const gz = path.join(dir, 'dump.txt.gz');
    writeFileSync(gz, gzipSync(bytes));
    const plain = path.join(dir, 'dump.txt');
    writeFileSync(plain, bytes);
    assert.deepEqual(await view({ filePath: gz }), expected);
    assert.deepEqual(await view({ filePath: plain }), expected);
    assert.deepEqual(await view(gzipSync(bytes)), expected);
    assert.deepEqual(await view(bytes), expected);
  });

  it('a file that is no dump is one clear error', async () => {
    const notDump = path.join(dir, 'notes.txt.gz');
    writeFileSync(notDump, gzipSync(new TextEncoder().encode('just some notes\n')));
    await assert.rejects(view({ filePath: notDump }), /^InputError: no goroutine dump found in the 1 line read\.\nLine 1: skipped 1 line/);
  });
});
