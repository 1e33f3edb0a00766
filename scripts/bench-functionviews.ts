// The Peek and Source views on the ~1,000,000-sample heap profile (scripts/go/pprofgen -bench):
// what the editor's worker computes when the user asks for one function, with the profile
// already decoded (the editor's worker keeps it): peek of the heaviest function, and its
// source listing (the view at line granularity, built on the first request, then the per-line
// costs) plus the host's assembly with the file's text; and the whole-profile views a switch asks
// for (the top table, bottom-up, the callers and callees of the heaviest function) on a new query.
// Target: each view within 1 s.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { defaultSampleTypeIndex, parseProfile } from '../src/core/pprof';
import { QueriedProfile, calleesTree, callersTree, invertedTree, topRows, type ProfileQuery } from '../src/core/report';
import { functionPeek } from '../src/core/report/peek';
import { listingCosts } from '../src/core/report/sourceListing';
import { functionSourceOf } from '../src/host/profileEditor/functionSource';

const root = resolve(__dirname, '..');
const dataFile = join(root, 'bench-data/pprof-heap-1m.pb.gz');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  if (!existsSync(dataFile)) {
    console.log('functionviews: bench-data/pprof-heap-1m.pb.gz missing (`npm run bench -- pprof` generates it); skipped');
    return;
  }
  const profile = parseProfile(new Uint8Array(readFileSync(dataFile)), { gunzip: (b, sizeHint) => gunzipSync(b, { chunkSize: sizeHint }) });
  const types = [defaultSampleTypeIndex(profile), profile.sampleTypes.findIndex(t => t.type === 'alloc_space')].filter((t, i, all) => t >= 0 && all.indexOf(t) === i);
  for (const sampleType of types) await benchType(profile, sampleType);
}

async function benchType(profile: ReturnType<typeof parseProfile>, sampleType: number): Promise<void> {
  const query = { sampleType, granularity: 'functions' as const, filters: [] };
  const q = new QueriedProfile(profile, query);
  const top = topRows(q);
  // The heaviest function by flat, and the one with the most cum: what a user peeks at first.
  let heaviest = 0, widest = 0;
  for (let i = 1; i < top.names.length; i++) {
    if (top.flat[i] > top.flat[heaviest]) heaviest = i;
    if (top.cum[i] > top.cum[widest]) widest = i;
  }
  const reps = Number(process.env.BENCH_REPS ?? 5);
  benchSwitches(profile, query, top.names[heaviest], reps);
  for (const row of [...new Set([heaviest, widest])]) {
    const name = top.names[row];
    const peekMs: number[] = [], firstSourceMs: number[] = [], sourceMs: number[] = [];
    let lines = 0;
    for (let i = 0; i < reps; i++) {
      let t = performance.now();
      const peek = functionPeek(q.view, name);
      peekMs.push(performance.now() - t);
      if (peek.nodes.length === 0) throw new Error(`no peek of ${name}`);
      // First source request of a query: the line-granularity view is built, then kept.
      t = performance.now();
      const linesView = new QueriedProfile(profile, { ...query, granularity: 'lines' });
      const costs = listingCosts(linesView.view, n => n === name);
      const source = await functionSourceOf(name, costs, async file => {
        const local = join(root, 'scripts/go/pprofgen', file.slice(file.lastIndexOf('/') + 1));
        return existsSync(local) ? { localPath: local, text: readFileSync(local, 'utf8') } : { missing: 'not here' };
      });
      firstSourceMs.push(performance.now() - t);
      lines = source.routines.reduce((s, r) => s + r.lines.length, 0);
      t = performance.now();
      listingCosts(linesView.view, n => n === name);
      sourceMs.push(performance.now() - t);
    }
    console.log(`functionviews: ${profile.samples.count} samples, ${profile.sampleTypes[sampleType].type}, ${name}: peek ${median(peekMs).toFixed(0)} ms, ` +
      `source ${median(firstSourceMs).toFixed(0)} ms on the query's first request (line view built), ${median(sourceMs).toFixed(0)} ms after (${lines} lines) (target ≤ 1000 ms each)`);
  }
}

/** Each whole-profile view on a fresh query (the editor's worker keeps the decoded profile; a new query rebuilds the view's sums). */
function benchSwitches(profile: ReturnType<typeof parseProfile>, query: ProfileQuery, heaviest: string, reps: number): void {
  const widthPx = 1600;
  const views: [string, (q: QueriedProfile) => unknown][] = [
    ['top table', q => topRows(q)],
    ['bottom-up', q => invertedTree(q, { widthPx })],
    ['callers of the heaviest', q => callersTree(q, heaviest, { widthPx })],
    ['callees of the heaviest', q => calleesTree(q, heaviest, { widthPx })],
  ];
  const parts: string[] = [];
  for (const [name, view] of views) {
    const ms: number[] = [], cpu: number[] = [];
    for (let i = 0; i < reps; i++) {
      const c0 = process.cpuUsage(), t = performance.now();
      view(new QueriedProfile(profile, query));
      ms.push(performance.now() - t);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    parts.push(`${name} ${median(ms).toFixed(0)} ms (${median(cpu).toFixed(0)} CPU)`);
  }
  console.log(`functionviews: ${profile.samples.count} samples, ${profile.sampleTypes[query.sampleType].type}, a new query and then: ${parts.join(', ')} (target ≤ 1000 ms each)`);
}
