// The editor's bottom-up and export jobs against `goprof` on the same query: the bottom-up roots
// are top's flat, the exported .pb.gz reads back with top's rows, and the label views and files
// granularity of the editor are the CLI's --tagroot/--tagleaf/--granularity files.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profileBottomUpJob, type ProfileBottomUpOutput } from '../../../src/host/worker/jobs/profileBottomUp';
import { profileExportJob } from '../../../src/host/worker/jobs/profileExport';
import { profileViewJob } from '../../../src/host/worker/jobs/profileView';
import type { ProfileQuery } from '../../../src/shared/profileProtocol';
import { runCli } from '../../../src/cli/main';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { unpackedFlame, unpackedView, WHOLE_TOP } from './unpackedView';

// The worker thread of the Node build: local files and zlib.
useWorkerPlatform(nodeWorkerPlatform);

const CPU = path.join(__dirname, '../../fixtures/pprof/generated/cpu.pb.gz');
const context = (store: WorkerStore): JobContext => ({ store, transfer: () => undefined });

interface TopJson { total: number; rows: { func: string; flat: number; cum: number }[] }

async function cliTop(...argv: string[]): Promise<TopJson> {
  let out = '', err = '';
  const code = await runCli(['top', ...argv, '--nodefraction', '0', '--edgefraction', '0', '--json'], { out: t => { out += t; }, err: t => { err += t; } });
  assert.equal(code, 0, err);
  return JSON.parse(out) as TopJson;
}

const rowsOf = (t: TopJson) => t.rows.map(r => `${r.func} ${r.flat} ${r.cum}`).sort();

describe('worker jobs: bottom-up, export, label views', () => {
  let store: WorkerStore;
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gpe-export-job-'));
    store = new WorkerStore();
    profileOpenJob.run({ documentId: 'doc', fileName: 'cpu.pb.gz', bytes: { filePath: CPU } }, context(store));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const query = (extra: Partial<ProfileQuery> = {}): ProfileQuery => ({ sampleType: 1, granularity: 'functions', filters: [], ...extra });

  it('the bottom-up roots are the flat column of goprof top, with filters', async () => {
    const q = query({ filters: [{ kind: 'ignore', pattern: 'recurse' }] });
    const out = unpackedFlame<ProfileBottomUpOutput>(profileBottomUpJob.run({ documentId: 'doc', query: q, widthPx: 100000 }, context(store)));
    const roots = new Map<string, number>();
    for (let i = 1; i < out.flame.parent.length; i++) if (out.flame.parent[i] === 0) roots.set(out.flame.names[out.flame.name[i]], out.flame.total[i]);
    const top = await cliTop(CPU, '--ignore', 'recurse');
    assert.deepEqual(new Map([...roots].sort()), new Map(top.rows.filter(r => r.flat !== 0).map(r => [r.func, r.flat] as [string, number]).sort()));
    assert.equal(out.total, top.total);
  });

  it('the exported .pb.gz has the rows of the same query in goprof top', async () => {
    const q = query({ filters: [{ kind: 'focus', pattern: 'hash' }, { kind: 'hide', pattern: 'runtime' }], tagLeaf: ['worker'] });
    const { bytes } = await profileExportJob.run({ documentId: 'doc', query: q, format: 'pb.gz', view: 'flame', order: 'alphabetical', icicle: true, zoomPath: [], widthPx: 1200, title: 'cpu.pb.gz', subtitle: '' }, context(store));
    const file = path.join(dir, 'out.pb.gz');
    writeFileSync(file, bytes);
    assert.deepEqual(rowsOf(await cliTop(file)), rowsOf(await cliTop(CPU, '--focus', 'hash', '--hide', 'runtime', '--tagleaf', 'worker')));
  });

  it('label views and files granularity in the editor equal --tagroot, --tagleaf and --granularity files', async () => {
    for (const [extra, flags] of [
      [{ tagLeaf: ['worker'] }, ['--tagleaf', 'worker']],
      [{ tagRoot: ['worker'] }, ['--tagroot', 'worker']],
      [{ tagRoot: ['worker'], granularity: 'files' }, ['--tagroot', 'worker', '--granularity', 'files']],
      [{ granularity: 'files' }, ['--granularity', 'files']],
    ] as const) {
      const view = unpackedView(profileViewJob.run({ documentId: 'doc', query: query(extra as Partial<ProfileQuery>), widthPx: 1200, top: WHOLE_TOP }, context(store)));
      const top = await cliTop(CPU, ...flags);
      const editor = view.top.names.map((n, i) => `${n} ${view.top.flat[i]} ${view.top.cum[i]}`).sort();
      assert.deepEqual(editor, rowsOf(top), flags.join(' '));
    }
    // -tagroot: the label values at the root split the whole, as pprof's tagroot golden.
    const view = unpackedView(profileViewJob.run({ documentId: 'doc', query: query({ tagRoot: ['worker'] }), widthPx: 1200, top: WHOLE_TOP }, context(store)));
    const rootChildren = [...view.flame.parent].map((p, i) => (p === 0 ? `${view.flame.names[view.flame.name[i]]} ${view.flame.total[i]}` : '')).filter(Boolean).sort();
    const hasher = await cliTop(CPU, '--tagfocus', 'worker=hasher'), recurser = await cliTop(CPU, '--tagfocus', 'worker=recurser');
    const sum = (t: TopJson) => t.rows.reduce((s, r) => s + r.flat, 0);
    assert.deepEqual(rootChildren, [`hasher ${sum(hasher)}`, `recurser ${sum(recurser)}`]);
  });
});
