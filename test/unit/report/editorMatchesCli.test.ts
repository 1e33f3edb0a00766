// The editor and the CLI answer the same query with the same numbers: the worker's profile jobs
// (what the profile editor draws) against `goprof top|flame --json` on the same file, with and
// without filters, and for a -diff_base comparison where a function vanished since the base.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profileViewJob } from '../../../src/host/worker/jobs/profileView';
import { profileSetBaseJob } from '../../../src/host/worker/jobs/profileSetBase';
import { profileCallersJob } from '../../../src/host/worker/jobs/profileCallers';
import type { FlameTreeData, ProfileFilter, ProfileQuery } from '../../../src/shared/profileProtocol';
import { runCli } from '../../../src/cli/main';
import type { FlameJsonNode } from '../../../src/cli/flameCommand';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { type UnpackedView, unpackedCallers, unpackedView, WHOLE_TOP } from '../worker/unpackedView';

// The worker thread of the Node build: local files and zlib.
useWorkerPlatform(nodeWorkerPlatform);

const fixtures = path.join(__dirname, '../../fixtures');
const ALLOCS = path.join(fixtures, 'pprof/generated/allocs.pb.gz');
const CPU = path.join(fixtures, 'pprof/generated/cpu.pb.gz');
const HEAP_BASE = path.join(fixtures, 'pprof/diff/heap-base.pb.gz');
const HEAP_CURRENT = path.join(fixtures, 'pprof/diff/heap-current.pb.gz');
const WIDTH = 1200;

interface TopJson { sampleType: string; unit: string; total: number; rows: { func: string; flat: number; cum: number }[] }

/** The CLI's top rows as the editor's table holds them (the CLI adds pprof's "(inline)" mark). */
const rowsOf = (top: TopJson) => top.rows.map(({ func, flat, cum }) => ({ func, flat, cum }));

async function cliJson<T>(argv: string[]): Promise<T> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  assert.equal(code, 0, `goprof ${argv.join(' ')}: ${err}`);
  return JSON.parse(out) as T;
}

const context = (store: WorkerStore): JobContext => ({ store, transfer: () => undefined });

/** Opens the file as the editor does and returns its worker session and the query it opens on. */
function openInEditorWorker(file: string, base?: string): { store: WorkerStore; sampleTypeName: string; query: ProfileQuery } {
  const store = new WorkerStore();
  const opened = profileOpenJob.run({ documentId: 'doc', fileName: path.basename(file), bytes: { filePath: file } }, context(store)) as Awaited<ReturnType<typeof profileOpenJob.run>>;
  if (base) profileSetBaseJob.run({ documentId: 'doc', base: { fileName: path.basename(base), bytes: { filePath: base } } }, context(store));
  const sampleType = opened.summary.defaultSampleType;
  return { store, sampleTypeName: opened.summary.sampleTypes.listed[sampleType].type, query: { sampleType, granularity: 'functions', filters: [] } };
}

/** The flame tree as "a;b;c" path → [self, total], for either shape. */
function pathsOfTree(tree: FlameTreeData): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const pathOf: string[] = [];
  for (let i = 0; i < tree.parent.length; i++) {
    pathOf[i] = i === 0 ? '' : `${pathOf[tree.parent[i]]};${tree.names[tree.name[i]]}`;
    out.set(pathOf[i], [tree.self[i], tree.total[i]]);
  }
  return out;
}

function pathsOfJson(root: FlameJsonNode): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const walk = (n: FlameJsonNode, p: string) => {
    out.set(p, [n.self, n.total]);
    for (const c of n.children) walk(c, `${p};${c.name}`);
  };
  walk(root, '');
  return out;
}

function topOfView(view: UnpackedView): { func: string; flat: number; cum: number }[] {
  const { names, flat, cum } = view.top;
  return names.map((func, i) => ({ func, flat: flat[i], cum: cum[i] }));
}

/**
 * The editor's table lists every function; `goprof top` prints pprof's -top, which drops nodes
 * whose cum is at most 0.5% of the total (nodefraction). Every row the CLI prints is the editor's
 * row for that function, and every row it drops is under that threshold. (The order of rows with
 * equal flat differs: pprof breaks ties by name, the editor's table by cum; it sorts on click.)
 */
function assertSameTop(view: UnpackedView, top: TopJson): void {
  const editorRows = topOfView(view);
  const cliRows = rowsOf(top);
  const printed = new Set(cliRows.map(r => r.func));
  const byFunc = (a: { func: string }, b: { func: string }) => (a.func < b.func ? -1 : a.func > b.func ? 1 : 0);
  assert.deepEqual(editorRows.filter(r => printed.has(r.func)).sort(byFunc), cliRows.slice().sort(byFunc));
  assert.deepEqual(editorRows.filter(r => printed.has(r.func)).map(r => r.flat), cliRows.map(r => r.flat), 'both by flat, largest first');
  for (const r of editorRows) {
    if (!printed.has(r.func)) assert.ok(Math.abs(r.cum) <= 0.005 * Math.abs(top.total), `${r.func} (cum ${r.cum}) is only dropped under pprof's nodefraction`);
  }
}

const filterFlags = (filters: ProfileFilter[]) => filters.flatMap(f => [`--${f.kind}`, f.pattern]);

describe('the editor and the CLI give the same numbers for the same query', () => {
  const cases: { name: string; file: string; filters: ProfileFilter[] }[] = [
    { name: 'an allocs profile (default type alloc_space)', file: ALLOCS, filters: [] },
    { name: 'a CPU profile', file: CPU, filters: [] },
    { name: 'a CPU profile with focus and hide', file: CPU, filters: [{ kind: 'focus', pattern: 'main\\.' }, { kind: 'hide', pattern: 'runtime\\.' }] },
  ];
  for (const c of cases) {
    it(`${c.name}: sample type, top table and flame tree`, async () => {
      const editor = openInEditorWorker(c.file);
      const query = { ...editor.query, filters: c.filters };
      const view = unpackedView(profileViewJob.run({ documentId: 'doc', query, widthPx: WIDTH, top: WHOLE_TOP }, context(editor.store)));
      const top = await cliJson<TopJson>(['top', c.file, ...filterFlags(c.filters), '--json']);
      assert.equal(editor.sampleTypeName, top.sampleType);
      assert.equal(view.total, top.total);
      assertSameTop(view, top);
      const flame = await cliJson<{ root: FlameJsonNode }>(['flame', c.file, ...filterFlags(c.filters), '--width', String(WIDTH), '--json']);
      assert.deepEqual(pathsOfTree(view.flame), pathsOfJson(flame.root));
      assert.ok(view.flame.parent.length > 3);
    });
  }

  it('the allocs profile opens on alloc_space in both', async () => {
    assert.equal(openInEditorWorker(ALLOCS).sampleTypeName, 'alloc_space');
    assert.equal((await cliJson<TopJson>(['top', ALLOCS, '--json'])).sampleType, 'alloc_space');
  });

  it('the callers view of a function totals its cum in the CLI top table', async () => {
    const editor = openInEditorWorker(CPU);
    const top = await cliJson<TopJson>(['top', CPU, '--json']);
    const row = top.rows.find(r => r.func.startsWith('main.') && r.cum > 0)!;
    const { callers, callees } = unpackedCallers(profileCallersJob.run({ documentId: 'doc', query: editor.query, functionName: row.func, widthPx: WIDTH }, context(editor.store)));
    assert.equal(callers.total[0], row.cum);
    assert.equal(callees.total[0], row.cum);
  });

  for (const [mode, flags] of [['subtract base (-base)', ['--base']], ['normalize (-diff_base -normalize)', ['--diff-base', '--normalize']]] as const) {
    it(`${mode}: the table and the flame tree of both`, async () => {
      const editor = openInEditorWorker(HEAP_CURRENT, HEAP_BASE);
      const diff = { subtractBase: flags[0] === '--base', normalize: (flags as readonly string[]).includes('--normalize') };
      const view = unpackedView(profileViewJob.run({ documentId: 'doc', query: { ...editor.query, diff }, widthPx: WIDTH, top: WHOLE_TOP }, context(editor.store)));
      const cliFlags = [flags[0], HEAP_BASE, ...flags.slice(1)];
      assertSameTop(view, await cliJson<TopJson>(['top', HEAP_CURRENT, ...cliFlags, '--json']));
      const flame = await cliJson<{ root: FlameJsonNode }>(['flame', HEAP_CURRENT, ...cliFlags, '--width', String(WIDTH), '--json']);
      assert.deepEqual(pathsOfTree(view.flame), pathsOfJson(flame.root));
    });
  }

  it('a -diff_base comparison: the vanished function loses in the table and the flame tree of both', async () => {
    const editor = openInEditorWorker(HEAP_CURRENT, HEAP_BASE);
    const view = unpackedView(profileViewJob.run({ documentId: 'doc', query: editor.query, widthPx: WIDTH, top: WHOLE_TOP }, context(editor.store)));
    const top = await cliJson<TopJson>(['top', HEAP_CURRENT, '--diff-base', HEAP_BASE, '--json']);
    assertSameTop(view, top);
    const losers = top.rows.filter(r => r.flat < 0);
    assert.ok(losers.length > 0, 'the base has a function the current profile lost');
    const flame = await cliJson<{ root: FlameJsonNode }>(['flame', HEAP_CURRENT, '--diff-base', HEAP_BASE, '--width', String(WIDTH), '--json']);
    const editorPaths = pathsOfTree(view.flame);
    assert.deepEqual(editorPaths, pathsOfJson(flame.root));
    for (const loser of losers) {
      assert.ok([...editorPaths.keys()].some(p => p.endsWith(`;${loser.func}`) && editorPaths.get(p)![1] < 0), `${loser.func} is drawn with its loss`);
    }
  });
});
