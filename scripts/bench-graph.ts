// The Graph view on the ~1,000,000-sample heap profile (scripts/go/pprofgen -bench, as
// bench-pprof.ts): what switching to the Graph tab costs once the profile is open. The worker's
// profile.graph job (pprof's -dot graph and its trimming over every sample) and Graphviz, in
// WebAssembly, laying the graph out as the webview does (the same module, here under Node).
// Target: the graph appears within 1 s of switching. Medians of BENCH_REPS runs (default 3);
// Graphviz's one-time compile is reported apart (the webview does it ahead, while the flame
// graph shows).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseProfile } from '../src/core/pprof';
import { QueriedProfile } from '../src/core/report';
import { graphViewData } from '../src/host/worker/jobs/profileGraph';
import { layoutGraph, preloadGraphviz } from '../webview-ui/src/profile/graphLayout';

const root = resolve(__dirname, '..');
const dataFile = join(root, 'bench-data/pprof-heap-1m.pb.gz');

function ensureData(): boolean {
  if (existsSync(dataFile)) return true;
  try { execFileSync('go', ['version'], { stdio: 'ignore' }); } catch {
    console.log('graph: Go not installed and bench-data/pprof-heap-1m.pb.gz missing; skipped');
    return false;
  }
  mkdirSync(join(root, 'bench-data'), { recursive: true });
  console.log('graph: generating bench-data/pprof-heap-1m.pb.gz (about a minute)…');
  execFileSync('go', ['run', '.', '-bench', dataFile], { cwd: join(root, 'scripts/go/pprofgen'), stdio: 'inherit' });
  return true;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time<T>(f: () => T | Promise<T>): Promise<[T, number, number]> {
  const t0 = performance.now(), c0 = process.cpuUsage();
  const v = await f();
  const c = process.cpuUsage(c0);
  return [v, performance.now() - t0, (c.user + c.system) / 1000];
}

export async function run(): Promise<void> {
  if (!ensureData()) return;
  const reps = Number(process.env.BENCH_REPS ?? 3);
  const profile = parseProfile(new Uint8Array(readFileSync(dataFile)), { gunzip: (b, n) => gunzipSync(b, { chunkSize: n }) });
  const [, compileMs] = await time(() => preloadGraphviz());
  console.log(`graph: ${profile.samples.count.toLocaleString('en-US')} samples; Graphviz compiled in ${compileMs.toFixed(0)} ms (once per webview, ahead of the first graph)`);
  console.log('| sample type | nodes asked | nodes, edges drawn | view (once per query) | graph job (CPU) | layout (CPU) | job + layout | twice the nodes, same query (CPU) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const sampleType of ['inuse_space', 'alloc_space']) {
    const index = profile.sampleTypes.findIndex(t => t.type === sampleType);
    for (const nodeCount of [80, 320]) {
      const viewMs: number[] = [], jobMs: number[] = [], layoutMs: number[] = [], jobCpu: number[] = [], layoutCpu: number[] = [], moreMs: number[] = [], moreCpu: number[] = [];
      let shape = '';
      for (let r = 0; r < reps; r++) {
        const [q, v] = await time(() => new QueriedProfile(profile, { sampleType: index, granularity: 'functions', filters: [] }));
        const [data, j, jc] = await time(() => graphViewData(q.view, nodeCount, false));
        const [, l, lc] = await time(() => layoutGraph(data));
        // "Show more" on the same query: the whole graph's sums are kept with the view.
        const [, m, mc] = await time(() => graphViewData(q.view, nodeCount * 2, false));
        viewMs.push(v); jobMs.push(j); layoutMs.push(l); jobCpu.push(jc); layoutCpu.push(lc); moreMs.push(m); moreCpu.push(mc);
        shape = `${data.nodes.length}, ${data.edges.length}`;
      }
      const sum = jobMs.map((j, i) => j + layoutMs[i]);
      console.log(`| ${sampleType} | ${nodeCount} | ${shape} | ${median(viewMs).toFixed(0)} ms | ${median(jobMs).toFixed(0)} ms (${median(jobCpu).toFixed(0)}) | ${median(layoutMs).toFixed(0)} ms (${median(layoutCpu).toFixed(0)}) | **${median(sum).toFixed(0)} ms** | ${median(moreMs).toFixed(0)} ms (${median(moreCpu).toFixed(0)}) |`);
    }
  }
}
