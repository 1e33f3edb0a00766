// Golden files for several profiles given at once, which `go tool pprof a b c` merges
// (ScaleProfiles, then profile.Merge) before its report: -top, -peek, -traces, -tree, -dot and
// -list on merges of existing fixtures (heaps at two times, CPU profiles of several programs,
// units of one kind to bring together, labels, a file given twice), saved verbatim with the
// `goprof` arguments that must print the same; merges pprof refuses keep its error. Only these
// goldens: no fixture profile is regenerated. Run through `npm run golden -- merge`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { heaviestFunctionsRegex, MAX_VIEW_GOLDEN, runPprof, safeName } from './golden-pprof';
import { listSourceArgs } from './golden-list';

const root = resolve(__dirname, '..');
export const mergeGoldenDir = join(root, 'test/fixtures/pprof/merge-golden');

export interface MergeGoldenCase {
  view: 'top' | 'peek' | 'traces' | 'tree' | 'dot' | 'list';
  /** The profiles merged, in pprof's order (paths relative to the repository root). */
  profiles: string[];
  /** `go tool pprof` arguments (before the profiles). */
  pprofArgs: string[];
  /** `goprof` arguments (the command and the FILEs included; `graph … --json` is compared with -dot). */
  goprofArgs: string[];
  golden: string;
  /** For outputs too large to commit: the golden holds the first 200 lines; this is of the whole text. */
  digest?: { sha256: string; bytes: number; lines: number };
  /** pprof refused the merge: the golden holds its error. */
  pprofFailed: boolean;
  /** -list: pprof found no source for some routine (only its headers compare). */
  sourceMissing?: boolean;
}

const G = 'test/fixtures/pprof/generated', C = 'test/fixtures/corpus', P = 'test/fixtures/pprof/producers';

interface Merge { name: string; profiles: string[]; unit?: string }

/** Merges of one class each: pprof's merge is the same code for all, the inputs differ in what it meets. */
const MERGES: Merge[] = [
  // A heap profile and an allocs profile of one program: the second's default_sample_type is the merge's.
  { name: 'heap_allocs', profiles: [`${G}/heap.pb.gz`, `${G}/allocs.pb.gz`], unit: 'B' },
  // Heaps of three Go programs (different binaries, mappings and functions).
  { name: 'go_heaps', profiles: [`${C}/real_hodis_heap.pprof`, `${C}/gpn_heap.pprof`, `${C}/pyro_go_heap.pb.gz`], unit: 'B' },
  // Node heap captures of one process at two times.
  { name: 'node_heaps', profiles: [`${P}/node_pprof_real_heap_earlier.pb.gz`, `${P}/node_pprof_real_heap.pb.gz`], unit: 'B' },
  // CPU profiles of three programs, with labels on the first.
  { name: 'go_cpus', profiles: [`${G}/cpu.pb.gz`, `${C}/real_hodis_cpu.pprof`, `${C}/real_mtg_default_pgo_cpu.pprof`], unit: 'ns' },
  // One file given twice: every value doubled.
  { name: 'cpu_twice', profiles: [`${G}/cpu.pb.gz`, `${G}/cpu.pb.gz`], unit: 'ns' },
  // Labels of two programs: samples of one stack with other labels stay apart.
  { name: 'cpu_labels', profiles: [`${C}/pyro_go_cpu_labels.pprof`, `${C}/gpn_cpu_labels.pprof`], unit: 'ns' },
  // Wall time in microseconds (Node's pprof) and nanoseconds (@datadog/pprof): brought to nanoseconds.
  { name: 'wall_us_ns', profiles: [`${P}/node_pprof_wall.pb.gz`, `${P}/datadog_node_wall_lines_emit.pb.gz`], unit: 'ns' },
  // Mutex and block profiles (contentions/count, delay/nanoseconds both).
  { name: 'mutex_block', profiles: [`${G}/mutex.pb.gz`, `${G}/block.pb.gz`], unit: 'ns' },
  // go tool trace -pprof's net and syscall blocking.
  { name: 'trace_net_syscall', profiles: [`${P}/go_trace_pprof_net.pb.gz`, `${P}/go_trace_pprof_syscall.pb.gz`], unit: 'ns' },
  // A legacy text heap profile and a proto one (pprof cannot symbolize the first: totals compare).
  { name: 'legacy_heap', profiles: [`${G}/heap.debug1.txt`, `${G}/heap.pb.gz`], unit: 'B' },
  // Refused: other period types; the same count of sample types of other names.
  { name: 'heap_cpu', profiles: [`${G}/heap.pb.gz`, `${G}/cpu.pb.gz`] },
  { name: 'fgprof_node_wall', profiles: [`${P}/fgprof_go_wall.pb.gz`, `${P}/node_pprof_wall.pb.gz`] },
];

/** Queries on a merge, both tools' spellings: the filters and a base apply to the merged profile. */
const QUERIES: Record<string, [name: string, pprof: string[], goprof: string[]][]> = {
  go_cpus: [
    ['focus', ['-focus=runtime'], ['--focus', 'runtime']],
    ['diff_base', [`-diff_base=${C}/pprof_td_gobench.cpu`], ['--diff-base', `${C}/pprof_td_gobench.cpu`]],
  ],
  heap_allocs: [['inuse_space', ['-sample_index=inuse_space'], ['--sample-index', 'inuse_space']]],
  cpu_labels: [['tagroot', ['-tagroot=foo'], ['--tagroot', 'foo']]],
  node_heaps: [['base', [`-base=${P}/node_pprof_real_heap_earlier.pb.gz`], ['--base', `${P}/node_pprof_real_heap_earlier.pb.gz`]]],
  // The file itself as the base: goprof reads the same bytes once, and both sides share their tables.
  cpu_twice: [['diff_base_itself', [`-diff_base=${G}/cpu.pb.gz`], ['--diff-base', `${G}/cpu.pb.gz`]]],
};

/** -list on merges whose sources are in this repository (pprofgen, the kube-apiserver sample). */
const LISTS: [name: string, profiles: string[], regex: string][] = [
  ['cpu_kube_cpu', [`${G}/cpu.pb.gz`, 'samples/kube-apiserver-incident/cpu.pb.gz'], 'main\\.hashLoop|Unmarshal'],
  ['kube_heap_twice', ['samples/kube-apiserver-incident/heap.pb.gz', 'samples/kube-apiserver-incident/heap.pb.gz'], 'Unmarshal|DeleteCollection'],
];

export function regenerateMergeGoldens(): void {
  rmSync(mergeGoldenDir, { recursive: true, force: true });
  mkdirSync(mergeGoldenDir, { recursive: true });
  const cases: MergeGoldenCase[] = [];
  const write = (golden: string, out: string): MergeGoldenCase['digest'] => {
    if (out.length <= MAX_VIEW_GOLDEN) { writeFileSync(join(mergeGoldenDir, golden), out); return undefined; }
    writeFileSync(join(mergeGoldenDir, golden), out.split('\n').slice(0, 200).join('\n') + '\n');
    return { sha256: createHash('sha256').update(out).digest('hex'), bytes: Buffer.byteLength(out), lines: out.split('\n').length };
  };
  for (const merge of MERGES) {
    const unit = merge.unit === undefined ? [] : [`-unit=${merge.unit}`];
    const goprofUnit = merge.unit === undefined ? [] : ['--unit', merge.unit];
    for (const [query, pprofQuery, goprofQuery] of [['', [], []] as [string, string[], string[]], ...(QUERIES[merge.name] ?? [])]) {
      for (const view of ['top', 'peek', 'traces', 'tree', 'dot'] as const) {
        let peekRegex = '.';
        const pprofView = (): string[] => (view === 'peek' ? [`-peek=${peekRegex}`] : [`-${view}`]);
        let result = runPprof([...pprofView(), ...unit, ...pprofQuery, ...merge.profiles], { TZ: 'UTC' });
        if (view === 'peek' && result.out.length > MAX_VIEW_GOLDEN) {
          // The whole graph is too much text: peek at the three heaviest functions instead.
          peekRegex = heaviestFunctionsRegex(merge.profiles, { pprof: [...unit, ...pprofQuery] });
          result = runPprof([...pprofView(), ...unit, ...pprofQuery, ...merge.profiles], { TZ: 'UTC' });
        }
        const golden = `${merge.name}.${view}${query ? '.' + safeName(query) : ''}.${view === 'dot' ? 'dot' : 'txt'}`;
        const digest = write(golden, result.out);
        const command = view === 'dot' ? 'graph' : view;
        cases.push({
          view, profiles: merge.profiles, pprofArgs: [...pprofView(), ...unit, ...pprofQuery], golden, digest, pprofFailed: result.failed,
          goprofArgs: [command, ...merge.profiles, ...(view === 'peek' ? [peekRegex] : []), ...goprofUnit, ...goprofQuery],
        });
      }
      // A refused merge is refused by every view alike: one case each is enough.
      if (cases[cases.length - 1].pprofFailed) break;
    }
  }
  const { sourceArgs, searchRoot } = listSourceArgs();
  try {
    for (const [name, profiles, regex] of LISTS) {
      const pprofArgs = [...sourceArgs, `-list=${regex}`];
      const out = execFileSync('go', ['tool', 'pprof', ...pprofArgs, ...profiles], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
      const golden = `${name}.list.txt`;
      writeFileSync(join(mergeGoldenDir, golden), out);
      cases.push({
        view: 'list', profiles, pprofArgs, golden, pprofFailed: false, sourceMissing: /^ Error: /m.test(out),
        goprofArgs: ['list', ...profiles, regex, '--workspace', '.'],
      });
    }
  } finally {
    rmSync(searchRoot, { recursive: true, force: true });
  }
  writeFileSync(join(mergeGoldenDir, 'manifest.json'), JSON.stringify(cases, null, 1) + '\n');
  console.log(`merge: ${cases.length} goldens in ${mergeGoldenDir}`);
}
