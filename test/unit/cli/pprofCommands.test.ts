// The pprof view commands beyond their text: help from the command table, the default sample
// type, --json carrying the numbers the text shows (raw, signed), and `flame --json` being the
// editor's flame tree.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { commands } from '../../../src/cli/commands';
import { flameTree, QueriedProfile } from '../../../src/core/report';
import { parseProfile } from '../../../src/core/pprof';
import type { PprofViewCase } from '../../../scripts/golden-pprof';
import { repoRoot } from '../pprof/goldenTop';

const viewDir = join(repoRoot, 'test/fixtures/pprof/golden/views');
const generated = (f: string) => join(repoRoot, 'test/fixtures/pprof/generated', f);
const corpus = (f: string) => join(repoRoot, 'test/fixtures/corpus', f);

async function goprof(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv.map(a => (a.startsWith('test/fixtures/') ? join(repoRoot, a) : a)), { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

// "6303657B", "-2940000000ns", "1400us", "0": a value printed in the profile's own unit (-unit=B / ns / us) or a count.
const raw = (text: string): number => {
  const m = /^(-?\d+)(?:B|ns|us)?$/.exec(text);
  if (!m) throw new Error(`not a raw value: "${text}"`);
  return Number(m[1]);
};

interface Edge { func: string; weight: number }
interface TreeNode { func: string; flat: number; cum: number; callers: Edge[]; callees: Edge[] }

/** Reads pprof's -tree / -peek text into numbers per node. */
function readTreeText(text: string): TreeNode[] {
  const nodes: TreeNode[] = [];
  let pending: Edge[] = [];
  let current: TreeNode | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('-----')) { current = undefined; pending = []; continue; }
    const edge = /^ {2,}(-?\d+(?:B|ns|us)?) +\S+% \| {3}(.*?)(?: \(inline\))?$/.exec(line);
    if (edge) {
      (current ? current.callees : pending).push({ func: edge[2], weight: raw(edge[1]) });
      continue;
    }
    const node = /^ *(\S+) +\S+% +\S+% +(\S+) +\S+% +\| (.*)$/.exec(line);
    if (node) {
      current = { func: node[3], flat: raw(node[1]), cum: raw(node[2]), callers: pending, callees: [] };
      nodes.push(current);
      pending = [];
    }
  }
  return nodes;
}

describe('goprof pprof commands', () => {
  it('help lists every command of the table, and each command has its own help', async () => {
    const help = await goprof('help');
    assert.equal(help.code, 0);
    for (const c of commands) assert.match(help.out, new RegExp(`^  ${c.name} `, 'm'));
    // Commands load on demand: each entry's module holds the command of its name.
    for (const c of commands) assert.equal((await c.load()).name, c.name);
    const top = await goprof('help', 'top');
    assert.match(top.out, /^usage: goprof top FILE… .*--diff-base FILE/);
    assert.match(top.out, /--show-from RE/);
    assert.equal((await goprof('peek', '--help')).code, 0);
    assert.equal((await goprof('bogus')).code, 2);
    assert.equal((await goprof()).code, 2);
  });

  it('top on an allocs profile shows alloc_space (its default_sample_type), a heap profile inuse_space (the last type)', async () => {
    assert.match((await goprof('top', generated('allocs.pb.gz'))).out, /^Type: alloc_space$/m);
    assert.equal(JSON.parse((await goprof('top', generated('allocs.pb.gz'), '--json')).out).sampleType, 'alloc_space');
    assert.equal(JSON.parse((await goprof('top', generated('heap.pb.gz'), '--json')).out).sampleType, 'inuse_space');
    assert.equal(JSON.parse((await goprof('top', generated('allocs.pb.gz'), '--sample-index', '0', '--json')).out).sampleType, 'alloc_objects');
  });

  describe('--json has the numbers pprof prints', function () {
    this.timeout(20000);
    const cases = (JSON.parse(readFileSync(join(viewDir, 'manifest.json'), 'utf8')) as PprofViewCase[])
      .filter(c => !c.pprofFailed && !c.digest && !c.profile.endsWith('.txt') && c.pprofArgs.some(a => a.startsWith('-unit=')));
    it('has cases of each graph view', () => {
      for (const view of ['top', 'peek', 'tree']) assert.ok(cases.filter(c => c.view === view).length >= 10, view);
    });
    for (const c of cases.filter(x => x.view === 'peek' || x.view === 'tree')) {
      it(`${c.view} ${c.profile.split('/').pop()} ${c.pprofArgs.slice(1).join(' ')}`, async () => {
        const json = JSON.parse((await goprof(...c.goprofArgs, '--json')).out) as { nodes: TreeNode[] };
        const theirs = readTreeText(readFileSync(join(viewDir, c.golden), 'utf8'));
        const strip = (n: TreeNode): TreeNode => ({
          func: n.func, flat: n.flat, cum: n.cum,
          callers: n.callers.map(e => ({ func: e.func, weight: e.weight })).sort((a, b) => (a.func < b.func ? -1 : 1)),
          callees: n.callees.map(e => ({ func: e.func, weight: e.weight })).sort((a, b) => (a.func < b.func ? -1 : 1)),
        });
        assert.deepEqual(json.nodes.map(strip), theirs.map(strip));
      });
    }
    for (const c of cases.filter(x => x.view === 'top')) {
      it(`top ${c.profile.split('/').pop()} ${c.pprofArgs.slice(1).join(' ')}`, async () => {
        const json = JSON.parse((await goprof(...c.goprofArgs, '--json')).out) as { rows: { func: string; flat: number; cum: number }[] };
        const text = readFileSync(join(viewDir, c.golden), 'utf8').split('\n');
        const rows = text.slice(text.findIndex(l => /^\s+flat\s+flat%/.test(l)) + 1).filter(l => l !== '').map(l => {
          const m = /^\s*(\S+)\s+\S+%\s+\S+%\s+(\S+)\s+\S+%\s+(.*?)(?: \((?:partial-)?inline\))?$/.exec(l)!;
          return { func: m[3], flat: raw(m[1]), cum: raw(m[2]) };
        });
        assert.deepEqual(json.rows.map(r => ({ func: r.func, flat: r.flat, cum: r.cum })), rows);
      });
    }
  });

  it('a diff has negative numbers where the profile lost', async () => {
    const top = JSON.parse((await goprof('top', corpus('real_mtg_default_pgo_cpu.pprof'), '--diff-base', corpus('real_hodis_cpu.pprof'), '--json')).out);
    assert.ok(top.rows.some((r: { flat: number }) => r.flat < 0), 'some function lost');
    assert.ok(top.rows.some((r: { flat: number }) => r.flat > 0), 'some function gained');
    const traces = JSON.parse((await goprof('traces', corpus('real_hodis_heap.pprof'), '--base', corpus('gpn_heap.pprof'), '--json')).out);
    assert.ok(traces.traces.some((t: { value: number }) => t.value < 0), 'the base\'s samples, negated');
    // An allocs profile against the heap profile of the same moment: the same samples cancel out.
    const same = JSON.parse((await goprof('traces', generated('allocs.pb.gz'), '--base', generated('heap.pb.gz'), '--json')).out);
    assert.deepEqual(same.traces, []);
  });

  it('traces --json: every sample with its value, labels and frames (leaf first)', async () => {
    const json = JSON.parse((await goprof('traces', generated('cpu.pb.gz'), '--tagfocus', 'worker=hasher', '--json')).out);
    assert.equal(json.unit, 'nanoseconds');
    assert.ok(json.traces.length > 0);
    for (const t of json.traces) assert.deepEqual(t.labels.worker, ['hasher']);
    assert.equal(json.traces.reduce((s: number, t: { value: number }) => s + t.value, 0),
      JSON.parse((await goprof('top', generated('cpu.pb.gz'), '--tagfocus', 'worker=hasher', '--json')).out).rows
        .reduce((s: number, r: { flat: number }) => s + r.flat, 0));
  });

  it('flame --json is the editor\'s flame tree (core/report flameTree) for the same query', async () => {
    const r = await goprof('flame', generated('cpu.pb.gz'), '--focus', 'hashLoop', '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    const profile = parseProfile(readFileSync(generated('cpu.pb.gz')));
    const tree = flameTree(new QueriedProfile(profile, { sampleType: profile.defaultSampleTypeIndex, granularity: 'functions', filters: [{ kind: 'focus', pattern: 'hashLoop' }] }));
    const names: string[] = [];
    const walk = (n: { name: string; total: number; children: unknown[] }) => { names.push(`${n.name}=${n.total}`); (n.children as typeof n[]).forEach(walk); };
    walk(json.root);
    assert.deepEqual(names, Array.from(tree.parent, (_, i) => `${tree.names[tree.name[i]]}=${tree.total[i]}`));
    assert.equal(json.root.total, tree.total[0]);
    assert.equal((await goprof('flame', generated('cpu.pb.gz'))).code, 2, 'flame is JSON only');
  });
});
