// Goldens for profiles written by producers other than the Go runtime (gperftools, pprof-rs,
// async-profiler, Node, Pyroscope, perf_data_converter, eBPF agents, pprof's own diffs):
// scripts/go/producergen writes them into test/fixtures/pprof/producers (SOURCES.md there says
// what each imitates), and `go tool pprof -top|-peek|-traces` on each is saved verbatim.
// Run through `npm run golden -- pprof` (or `-- producers` alone).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseProfile } from '../src/core/pprof/parse';
import type { PprofViewCase } from './golden-pprof';

/** A view of a producer's profile: pprof's text views, and -list (compared without its source lines). */
export type ProducerViewCase = Omit<PprofViewCase, 'view'> & { view: PprofViewCase['view'] | 'list' };

const root = resolve(__dirname, '..');
const producersDir = join(root, 'test/fixtures/pprof/producers');
const goldenDir = join(producersDir, 'golden');

/** pprof's output as bytes: a name that is not UTF-8 is printed as its bytes, which a UTF-8 read would replace. */
function runPprof(args: string[]): { out: Buffer; failed: boolean } {
  try {
    const out = execFileSync('go', ['tool', 'pprof', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
    return { out, failed: false };
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr;
    return { out: stderr ?? Buffer.from(String(e)), failed: true };
  }
}

/** pprof's -unit spelling of a profile unit for raw values ("" for units it prints as they are). */
function rawUnit(unit: string): string | undefined {
  if (unit === 'bytes') return 'B';
  if (unit === 'nanoseconds') return 'ns';
  return undefined;
}

export function regenerateProducerGoldens(): void {
  execFileSync('go', ['run', '.', '-out', producersDir], { cwd: join(root, 'scripts/go/producergen'), stdio: 'inherit' });
  rmSync(goldenDir, { recursive: true, force: true });
  mkdirSync(goldenDir, { recursive: true });
  const cases: ProducerViewCase[] = [];
  /** One view of a profile: pprof's flags and the same query in goprof's, past the view and file. */
  const add = (view: ProducerViewCase['view'], profile: string, name: string, pprofFlags: string[], goprofFlags: string[]): void => {
    const pprofArgs = [view === 'peek' || view === 'list' ? `-${view}=.` : `-${view}`, ...pprofFlags];
    const { out, failed } = runPprof([...pprofArgs, profile]);
    const golden = `${profile.split('/').pop()}.${view}.${name}.txt`;
    writeFileSync(join(goldenDir, golden), out);
    cases.push({ view, profile, pprofArgs, goprofArgs: [view, profile, ...(view === 'peek' || view === 'list' ? ['.'] : []), ...goprofFlags], golden, pprofFailed: failed });
  };
  const unitFlags = (unit: string | undefined): [string[], string[]] => (unit === undefined ? [[], []] : [[`-unit=${unit}`], ['--unit', unit]]);
  const files = readdirSync(producersDir).filter(f => /\.pb(\.gz)?$/.test(f)).sort().map(f => `test/fixtures/pprof/producers/${f}`);
  // Legacy profiles of Google's Java profiler and of gperftools (pprof's own testdata, a pasted
  // heap dump), kept with the corpus.
  const legacy = ['pprof_td_java.cpu', 'pprof_td_java.heap', 'pprof_td_java.contention', 'pprof_td_cppbench.thread', 'pprof_td_cppbench.thread.all', 'pprof_td_cppbench.thread.none',
    'real_gperftools_heap_excerpt_zero_frames.heap']
    .map(f => `test/fixtures/corpus/${f}`);
  for (const rel of [...files, ...legacy]) {
    let sampleTypes: { type: string; unit: string }[] = [];
    let defaultIndex = -1;
    try {
      const profile = parseProfile(readFileSync(join(root, rel)));
      sampleTypes = profile.sampleTypes;
      defaultIndex = profile.defaultSampleTypeIndex;
    } catch { /* pprof's verdict on it is the golden all the same */ }
    const [pprofUnit, goprofUnit] = unitFlags(rawUnit(sampleTypes[defaultIndex]?.unit ?? ''));
    for (const view of ['top', 'peek', 'traces'] as const) add(view, rel, 'raw', pprofUnit, goprofUnit);
    // The routines -list finds, their files and totals (their sources are not on this machine).
    add('list', rel, 'default', [], []);
    // pprof's own unit choice and trimming.
    add('top', rel, 'default', [], []);
    add('tree', rel, 'default', [], []);
    // Granularities: file:line per location (Node), inlined lines with columns, addresses only.
    for (const g of ['lines', 'filefunctions', 'files']) add('top', rel, g, [...pprofUnit, `-${g}`], [...goprofUnit, '--granularity', g]);
    // Every other sample type of multi-value profiles, named as pprof's -sample_index takes it.
    sampleTypes.forEach((t, i) => {
      if (t.type === '' || i === defaultIndex) return;
      const [pu, gu] = unitFlags(rawUnit(t.unit));
      add('top', rel, `sample_${t.type}`, [...pu, `-sample_index=${t.type}`], [...gu, '--sample-index', t.type]);
    });
  }
  // A profile minus itself: every value cancels to zero.
  const node = 'test/fixtures/pprof/producers/node_pprof_wall.pb.gz';
  for (const view of ['top', 'traces'] as const) add(view, node, 'base_itself', [`-base=${node}`], ['--base', node]);
  // A diff whose base is another producer's profile of the same sample types.
  const rust = 'test/fixtures/pprof/producers/pprofrs_rust_cpu.pb', cpp = 'test/fixtures/pprof/producers/gperftools_cpp_cpu.pb.gz';
  for (const view of ['top', 'peek'] as const) add(view, rust, 'diff_base_cpp', ['-unit=ns', `-diff_base=${cpp}`], ['--unit', 'ns', '--diff-base', cpp]);
  // A saved diff against itself: its own base samples meet the base's (pprof sets the base mark
  // again, it does not add a second), normalized or not.
  const saved = 'test/fixtures/pprof/producers/diff_negative_values.pb.gz';
  for (const view of ['top', 'traces'] as const) {
    add(view, saved, 'diff_base_itself', [`-diff_base=${saved}`], ['--diff-base', saved]);
    add(view, saved, 'normalize_diff_base_itself', ['-normalize', `-diff_base=${saved}`], ['--normalize', '--diff-base', saved]);
  }
  // Node's heap against an earlier run: samples that repeat a stack are summed before the
  // normalization rounds them.
  const heap = 'test/fixtures/pprof/producers/node_pprof_real_heap.pb.gz', earlier = 'test/fixtures/pprof/producers/node_pprof_real_heap_earlier.pb.gz';
  for (const view of ['top', 'traces', 'tree'] as const) {
    add(view, heap, 'diff_base_earlier', [`-diff_base=${earlier}`], ['--diff-base', earlier]);
    add(view, heap, 'normalize_diff_base_earlier', ['-normalize', `-diff_base=${earlier}`], ['--normalize', '--diff-base', earlier]);
    add(view, heap, 'normalize_base_earlier', ['-normalize', `-base=${earlier}`], ['--normalize', '--base', earlier]);
  }
  // Node's pprof (microseconds) against @datadog/pprof (nanoseconds) and back: pprof brings
  // both to the finer unit before it combines them.
  const nodeWall = 'test/fixtures/pprof/producers/node_pprof_real_wall.pb.gz', ddWall = 'test/fixtures/pprof/producers/datadog_node_wall_lines_emit.pb.gz';
  for (const view of ['top', 'traces'] as const) {
    add(view, nodeWall, 'diff_base_datadog_ns', [`-diff_base=${ddWall}`], ['--diff-base', ddWall]);
    add(view, ddWall, 'base_node_us', [`-base=${nodeWall}`], ['--base', nodeWall]);
  }
  // gperftools' `bytes` numeric labels: a range in a unit, and a regex list, which pprof asks of
  // string labels only (it selects nothing here).
  const gpHeap = 'test/fixtures/pprof/producers/gperftools_heap_pprof_proto.pb.gz';
  add('top', gpHeap, 'tagfocus_bytes_range', ['-tagfocus=bytes=64kb:'], ['--tagfocus', 'bytes=64kb:']);
  for (const view of ['top', 'traces'] as const) add(view, gpHeap, 'tagfocus_bytes_regexes', ['-tagfocus=bytes=4096,8192'], ['--tagfocus', 'bytes=4096,8192']);
  // dd-trace's labels: keys with spaces, a number label without a unit, one above 2^53.
  const dd = 'test/fixtures/pprof/producers/datadog_node_wall_labels.pb.gz';
  add('top', dd, 'tagroot_route', ['-tagroot=route'], ['--tagroot', 'route']);
  add('top', dd, 'tagleaf_thread_route', ['-tagleaf=thread name,route'], ['--tagleaf', 'thread name,route']);
  add('top', dd, 'tagfocus_request_size', ['-tagfocus=request size=6000:7000'], ['--tagfocus', 'request size=6000:7000']);
  add('traces', dd, 'tagignore_thread_cpu', ['-tagignore=thread name=Main', '-sample_index=cpu'], ['--tagignore', 'thread name=Main', '--sample-index', 'cpu']);
  add('top', dd, 'tagroot_end_timestamp', ['-tagroot=end_timestamp_ns'], ['--tagroot', 'end_timestamp_ns']);
  // Name filters see the names pprof prints (demangled, simplified), as scripts/sweep-options.ts
  // found: a mangled name matches nothing, a demangled one its frames; "<module>" prints as "".
  const cppCpu = 'test/fixtures/pprof/producers/gperftools_cpp_cpu.pb.gz', cppHeap = 'test/fixtures/pprof/producers/gperftools_cpp_heap.pb.gz';
  add('top', cppCpu, 'focus_mangled', ['-focus=^_ZN3fooplERKNS_3BarES2_$'], ['--focus', '^_ZN3fooplERKNS_3BarES2_$']);
  add('top', cppCpu, 'focus_demangled', ['-focus=operator\\+'], ['--focus', 'operator\\+']);
  add('tree', cppCpu, 'hide_mangled', ['-hide=_ZN3foo3BarC2Ev|_ZNK3foo3Bar5valueEv'], ['--hide', '_ZN3foo3BarC2Ev|_ZNK3foo3Bar5valueEv']);
  add('traces', cppHeap, 'ignore_mangled', ['-ignore=^_Znam$'], ['--ignore', '^_Znam$']);
  add('top', cppHeap, 'show_mangled', ['-show=^_Znwm$'], ['--show', '^_Znwm$']);
  add('top', rust, 'show_from_rust_hash', ['-show_from=17h0123456789abcdef'], ['--show-from', '17h0123456789abcdef']);
  add('top', 'test/fixtures/pprof/producers/pyroscope_python_cpu.pb.gz', 'show_from_module', ['-show_from=^<module>$'], ['--show-from', '^<module>$']);
  // -show keeps no frame of a location without lines, whatever its binary; -hide runs before -show_from.
  add('top', 'test/fixtures/corpus/pprof_td_cppbench.thread', 'show_binary', ['-show=main'], ['--show', 'main']);
  const ebpf = 'test/fixtures/pprof/producers/ebpf_unsymbolized_cpu.pb.gz';
  add('top', ebpf, 'show_binary', ['-show=ebpfsvc'], ['--show', 'ebpfsvc']);
  add('top', ebpf, 'hide_show_from', ['-hide=main|handle', '-show_from=handle'], ['--hide', 'main|handle', '--show-from', 'handle']);
  // A sample type without a name: no "Type:" label, so -traces starts with pprof's blank line.
  add('traces', 'test/fixtures/pprof/producers/empty_strings_no_period.pb', 'sample_index_unnamed', ['-sample_index=1'], ['--sample-index', '1']);
  // Hand-rolled shapes: two types of one name (-sample_index takes the first), a default type
  // the profile lacks (the last is shown), a base of the same odd types.
  const oddTypes = 'test/fixtures/pprof/producers/handrolled_sample_types.pb.gz';
  for (const view of ['top', 'traces'] as const) add(view, oddTypes, 'sample_index_samples', ['-sample_index=samples'], ['--sample-index', 'samples']);
  add('top', oddTypes, 'diff_base_itself_normalize', ['-normalize', `-diff_base=${oddTypes}`], ['--normalize', '--diff-base', oddTypes]);
  // pprof's legacy names: inuse_space and inuse_objects choose the types named space and objects.
  add('top', 'test/fixtures/pprof/producers/gperftools_cpp_heap.pb.gz', 'sample_index_inuse_space', ['-sample_index=inuse_space'], ['--sample-index', 'inuse_space']);
  add('traces', 'test/fixtures/pprof/producers/node_pprof_real_heap.pb.gz', 'sample_index_inuse_objects', ['-sample_index=inuse_objects'], ['--sample-index', 'inuse_objects']);
  const oddStrings = 'test/fixtures/pprof/producers/handrolled_string_table.pb';
  add('top', oddStrings, 'focus_index_add', ['-focus=Index'], ['--focus', 'Index']);
  const oddMappings = 'test/fixtures/pprof/producers/handrolled_mappings.pb.gz';
  add('top', oddMappings, 'show_libz', ['-show=libz'], ['--show', 'libz']);
  // A nameless function is its binary and start line: apart from the binary's bare addresses.
  const nameless = 'test/fixtures/pprof/producers/handrolled_nameless_functions.pb.gz';
  add('tree', nameless, 'lines', ['-lines'], ['--granularity', 'lines']);
  for (const view of ['peek', 'traces'] as const) add(view, nameless, 'files', ['-files'], ['--granularity', 'files']);
  // Sums past 2^53 and 2^63, which pprof keeps as int64 (exact, then wrapping): a label at the
  // root, a focus that keeps some samples, a saved diff against itself and a diff of two.
  const past53 = 'test/fixtures/pprof/producers/handrolled_sums_past_2p53.pb.gz', past63 = 'test/fixtures/pprof/producers/handrolled_sums_past_2p63.pb.gz';
  const hugeDiff = 'test/fixtures/pprof/producers/handrolled_huge_negative_diff.pb.gz';
  add('top', past53, 'tagroot_shard', ['-tagroot=shard'], ['--tagroot', 'shard']);
  add('tree', past53, 'focus_decode_cycles', ['-focus=decode', '-sample_index=cycles'], ['--focus', 'decode', '--sample-index', 'cycles']);
  for (const view of ['top', 'traces'] as const) add(view, hugeDiff, 'diff_base_itself', [`-diff_base=${hugeDiff}`], ['--diff-base', hugeDiff]);
  add('peek', past63, 'diff_base_itself', [`-diff_base=${past63}`], ['--diff-base', past63]);
  add('top', past63, 'sample_alloc_objects_lines', ['-sample_index=alloc_objects', '-lines'], ['--sample-index', 'alloc_objects', '--granularity', 'lines']);
  add('top', past53, 'tagleaf_shard_cycles', ['-tagleaf=shard', '-sample_index=cycles'], ['--tagleaf', 'shard', '--sample-index', 'cycles']);
  add('top', hugeDiff, 'normalize_diff_base_itself', ['-normalize', `-diff_base=${hugeDiff}`], ['--normalize', '--diff-base', hugeDiff]);
  add('traces', past63, 'base_itself', [`-base=${past63}`], ['--base', past63]);
  add('top', past53, 'hide_crc', ['-hide=crc32'], ['--hide', 'crc32']);
  // Normalized to a base of seconds, a total of -8ns scales the huge values past int64, which
  // pprof's float64 → int64 conversion (amd64) makes the most negative int64: their sums wrap to 0.
  const goCpu = 'test/fixtures/pprof/generated/cpu.pb.gz';
  // Found by scripts/sweep-options.ts: pprof's abs64 keeps the most negative int64 negative (a
  // node or edge of that weight is the lightest) while a sum just above it is the heaviest, and
  // its unit choice multiplies the smallest value by 100 as int64.
  const oddStrings63 = 'test/fixtures/pprof/producers/handrolled_string_table.pb';
  add('top', oddStrings63, 'base_past_2p63', [`-base=${past63}`], ['--base', past63]);
  add('tree', past63, 'diff_base_string_table', [`-diff_base=${oddStrings63}`], ['--diff-base', oddStrings63]);
  add('peek', oddStrings63, 'base_past_2p63', [`-base=${past63}`], ['--base', past63]);
  add('top', hugeDiff, 'normalize_diff_base_go_cpu', ['-normalize', `-diff_base=${goCpu}`], ['--normalize', '--diff-base', goCpu]);
  writeFileSync(join(goldenDir, 'manifest.json'), JSON.stringify(cases, null, 1) + '\n');
  console.log(`producers: ${cases.length} goldens in ${goldenDir}`);
}
