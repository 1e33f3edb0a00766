// `goprof graph --json` against `go tool pprof -dot` on every fixture profile, with and
// without filters, trimming flags and -base/-diff_base (goldens from `npm run golden -- graph`,
// scripts/golden-graph.ts): the same nodes in the same order with the same flat and cum, the
// same edges with the same weight, inline and residual marks, and the same "Dropped …" lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { scaledLabel } from '../../../src/core/pprof/measurement';
import { selectOutputUnit, type ReportContext } from '../../../src/core/report/pprofText';
import type { GraphNode } from '../../../src/core/report/callGraph';
import type { DotGraphJson } from '../../../src/core/report/dotGraph';
import type { GraphGoldenCase } from '../../../scripts/golden-graph';
import { repoRoot } from '../pprof/goldenTop';

const goldenDir = join(repoRoot, 'test/fixtures/pprof/golden/graph');
const cases = JSON.parse(readFileSync(join(goldenDir, 'manifest.json'), 'utf8')) as GraphGoldenCase[];

async function goprof(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv.map(a => (a.startsWith('test/fixtures/') ? join(repoRoot, a) : a)), { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

interface ParsedDot {
  nodes: { name: string; flat: string; cum: string }[];
  edges: Set<string>;
  legend: string[];
}

const unescapeDot = (s: string): string => s.replace(/\\(["\\])/g, '$1');

/** The nodes, edges and legend of pprof's DOT (values as pprof formatted them). */
function parseDot(text: string): ParsedDot {
  const nodes: ParsedDot['nodes'] = [];
  const ids = new Map<string, string>();
  const edges = new Set<string>();
  let legend: string[] = [];
  for (const line of text.split('\n')) {
    const legendMatch = /^subgraph cluster_L \{ ".*?" \[shape=box fontsize=16 label="(.*)\\l"/.exec(line);
    if (legendMatch) { legend = legendMatch[1].split('\\l').map(unescapeDot); continue; }
    const node = /^N(\d+) \[label="(.*)" id="node\d+" fontsize=\d+ shape=box tooltip="(.*) \((\S+)\)"/.exec(line);
    if (node) {
      const values = /\\n(?:([^\s\\]+) \([^()]*\)|0)(?:(?:\\n| )of ([^\s\\]+) \([^()]*\))?$/.exec(node[2]);
      assert.ok(values, `node label ${node[2]}`);
      const flat = values[1] ?? '0';
      const name = unescapeDot(node[3]);
      ids.set(node[1], name);
      nodes.push({ name, flat, cum: values[2] ?? flat });
      continue;
    }
    const edge = /^N(\d+) -> N(\d+) \[label=" (\S+)(\\n \(inline\))?"(.*)\]$/.exec(line);
    if (edge) {
      const residual = / style="dotted"/.test(edge[5]);
      // pprof numbers an edge's end N0 when that node nets to zero and is not drawn; its tooltip names it.
      const tooltip = / tooltip="(.*) (?:->|\.\.\.) (.*) \(\S+\)" labeltooltip=/.exec(edge[5]);
      const from = ids.get(edge[1]) ?? unescapeDot(tooltip?.[1] ?? '?'), to = ids.get(edge[2]) ?? unescapeDot(tooltip?.[2] ?? '?');
      edges.add(`${from} -> ${to} ${edge[3]}${edge[4] ? ' inline' : ''}${residual ? ' residual' : ''}`);
    }
  }
  return { nodes, edges, legend };
}

/** Our JSON in the shape parseDot gives pprof's DOT, formatted in the report's unit as pprof does. */
function formatJson(json: DotGraphJson & { unit: string; total: number }, outputUnit: string): ParsedDot {
  const ctx = { sampleUnit: json.unit, total: json.total, outputUnit } as ReportContext;
  const unit = selectOutputUnit(ctx, json.nodes as unknown as GraphNode[]);
  const f = (v: number) => scaledLabel(v, json.unit, unit);
  const d = json.dropped;
  const legend: string[] = [];
  if (json.total !== 0) {
    const dropped = (n: number, what: string, by: string, cutoff: number) => `Dropped ${n} ${what}${n > 1 ? 's' : ''} (${by} <= ${f(cutoff)})`;
    if (d.nodes > 0) legend.push(dropped(d.nodes, 'node', 'cum', d.nodeCutoff));
    if (d.edges > 0) legend.push(dropped(d.edges, 'edge', 'freq', d.edgeCutoff));
    if (d.shownNodes > 0 && d.shownNodes < d.totalNodes) legend.push(`Showing top ${d.shownNodes} nodes out of ${d.totalNodes}`);
  }
  return {
    nodes: json.nodes.map(n => ({ name: n.func, flat: f(n.flat), cum: f(n.cum) })),
    edges: new Set(json.edges.map(e => `${e.from} -> ${e.to} ${f(e.weight)}${e.inline ? ' inline' : ''}${e.residual ? ' residual' : ''}`)),
    legend: [`Showing nodes accounting for ${f(d.shownFlat)}`, ...legend],
  };
}

/** The legend lines both tools print the same way (pprof's also has the profile's labels). */
function comparableLegend(lines: string[]): string[] {
  return lines.flatMap(l => {
    const shown = /^(Showing nodes accounting for [^,]+)/.exec(l);
    if (shown) return [shown[1]];
    return /^(Dropped|Showing top)/.test(l) ? [l] : [];
  });
}

describe('goprof graph vs go tool pprof -dot', () => {
  it('covers the fixtures with filters, trimming flags and diffs', () => {
    assert.ok(cases.length >= 40, 'too few cases');
    for (const flag of ['--focus', '--ignore', '--hide', '--show', '--tagfocus', '--tagroot', '--diff-base', '--base', '--normalize', '--nodecount', '--nodefraction', '--edgefraction']) {
      assert.ok(cases.some(c => c.goprofArgs.includes(flag)), `no case with ${flag}`);
    }
    // pprof dropping nodes, edges and keeping fewer than all in some of them: the trimming is exercised.
    const legends = cases.filter(c => !c.pprofFailed).map(c => readFileSync(join(goldenDir, c.golden), 'utf8'));
    for (const what of ['Dropped \\d+ nodes', 'Dropped \\d+ edges', 'Showing top \\d+ nodes', 'style="dotted"', '\\(inline\\)']) {
      assert.ok(legends.some(t => new RegExp(what).test(t)), `no golden shows ${what}`);
    }
  });

  for (const c of cases) {
    it(`${c.profile.split('/').pop()} ${c.pprofArgs.join(' ')}`, async function () {
      this.timeout(30000);
      const r = await goprof([...c.goprofArgs, '--json']);
      if (c.pprofFailed) {
        if (r.code !== 0) assert.equal(r.err.trim().split('\n').length, 1);
        return;
      }
      assert.equal(r.err, '');
      const theirs = parseDot(readFileSync(join(goldenDir, c.golden), 'utf8'));
      const unitAt = c.goprofArgs.indexOf('--unit');
      const ours = formatJson(JSON.parse(r.out), unitAt >= 0 ? c.goprofArgs[unitAt + 1] : 'minimum');
      if (c.profile.endsWith('.txt') && theirs.nodes.some(n => n.name === '<unknown>')) {
        // pprof cannot symbolize a legacy text profile without its binary: only the total can agree.
        const json = JSON.parse(r.out) as { unit: string; total: number };
        const theirTotal = /of (\S+) total/.exec(theirs.legend.join('\n'))?.[1];
        assert.equal(scaledLabel(json.total, json.unit, unitAt >= 0 ? c.goprofArgs[unitAt + 1] : json.unit), theirTotal);
        return;
      }
      assert.deepEqual(ours.nodes, theirs.nodes, 'nodes');
      assert.deepEqual([...ours.edges].sort(), [...theirs.edges].sort(), 'edges');
      assert.deepEqual(comparableLegend(ours.legend), comparableLegend(theirs.legend), 'legend');
    });
  }
});
