// `goprof capture URL KIND` and `goprof capture --replicas URL1,URL2,… KIND` (or Kubernetes pods by
// --namespace and --selector): captures from live /debug/pprof/ endpoints, all concurrently, saved
// into --out; with several replicas, the replica comparison (core/report/replicas) as a table or JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CliCommand, CliIo } from './command';
import { readCredentialFile } from './credentialFile';
import { InputError, UsageError, flagInt, flagString, parseArgs, type ParsedArgs } from './args';
import {
  CAPTURE_KINDS, DEFAULT_CPU_SECONDS, captureTimeoutMs, findCaptureKind, normalizeBaseUrl, parseSeconds, type CaptureKind,
} from '../core/capture';
import { checkPodSelection, type PodSelection } from '../core/capture/kubernetes';
import { compareAndMergeReplicas, standsOut, type ReplicaComparison, type ReplicaInput } from '../core/report/replicas';
import { encodeProfileProto } from '../core/pprof/encodeProto';
import { formatCount, formatValue, withVisibleControls } from '../core/format';
import { captureReplicas, type ReplicaCaptureResult, type ReplicaTarget } from '../node/replicaCapture';
import { kubeTargets, selectPods } from '../node/kubeReplicas';
import { nodeGunzip } from '../node/gunzip';

/** The documented JSON: `{"replicas":[{"url","file","error"}],"rows":[{"kind","name","values":{"<url>":N},"worst":"<url>"}]}` and more. */
export interface CaptureJson {
  replicas: { name: string; url: string; file?: string; error?: string; elapsedMs: number; detail?: string }[];
  rows: { kind: string; name: string; values: Record<string, number>; worst: string; median: number; distance: number; noise: number; unit: string; sentence: string }[];
  answer: string[];
  sampleType?: { type: string; unit: string };
  measure: 'flat' | 'cum';
  /** What each value is: "goroutines", "bytes in use (inuse_space, flat)". */
  quantity: string;
  totalRows: number;
  merged?: string;
}

const VALUE_FLAGS = ['replicas', 'out', 'seconds', 'timeout', 'sample_index', 'rows', 'merged', 'token-file', 'context', 'namespace', 'selector', 'port', 'pprof-path'];
const BOOLEAN_FLAGS = ['json', 'cum', 'https', 'port-forward'];
const DEFAULT_ROWS = 20;

function kindOf(id: string): CaptureKind {
  const kind = findCaptureKind(id);
  if (!kind) throw new UsageError(`unknown KIND "${id}" (known: ${CAPTURE_KINDS.filter(k => !k.refused).map(k => k.id).join(', ')})`);
  if (kind.refused) throw new UsageError(kind.refused);
  return kind;
}

function urlTargets(urls: readonly string[]): ReplicaTarget[] {
  const seen = new Set<string>();
  return urls.map(text => {
    const base = normalizeBaseUrl(text);
    if ('error' in base) throw new UsageError(base.error);
    if (seen.has(base.url)) throw new UsageError(`${base.url} is given twice`);
    seen.add(base.url);
    return { name: base.url, source: { baseUrl: base.url } };
  });
}

function podSelection(args: ParsedArgs): PodSelection | undefined {
  const namespace = flagString(args, 'namespace');
  if (namespace === undefined) {
    for (const f of ['selector', 'context', 'port', 'pprof-path', 'port-forward', 'https']) if (args.flags.has(f)) throw new UsageError(`--${f} needs --namespace`);
    return undefined;
  }
  const selection: PodSelection = {
    context: flagString(args, 'context') ?? '', namespace, selector: flagString(args, 'selector') ?? '',
    port: flagInt(args, 'port') ?? 6060, scheme: args.flags.has('https') ? 'https' : 'http', pprofPath: flagString(args, 'pprof-path'),
  };
  const bad = checkPodSelection(selection);
  if (bad) throw new UsageError(bad);
  return selection;
}

function bearerHeaders(args: ParsedArgs): (origin: string) => Promise<Record<string, string>> {
  const file = flagString(args, 'token-file');
  if (file === undefined) return async () => ({});
  const token = readCredentialFile(file).trim();
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return async () => headers;
}

async function captureCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv, VALUE_FLAGS, BOOLEAN_FLAGS);
  const replicasFlag = flagString(args, 'replicas');
  const selection = podSelection(args);
  const expected = replicasFlag !== undefined || selection ? 1 : 2;
  if (args.positional.length !== expected) {
    throw new UsageError(expected === 1 ? 'takes KIND after --replicas or --namespace' : 'takes URL KIND (or --replicas URL1,URL2,… KIND)');
  }
  if (replicasFlag !== undefined && selection) throw new UsageError('--replicas and --namespace choose replicas two ways: give one');
  const kind = kindOf(args.positional[args.positional.length - 1]);
  let seconds: number | undefined;
  if (kind.needsSeconds) {
    const parsed = parseSeconds(flagString(args, 'seconds') ?? DEFAULT_CPU_SECONDS);
    if ('error' in parsed) throw new UsageError(`--seconds: ${parsed.error}`);
    seconds = parsed.seconds;
  }
  const timeoutSeconds = flagInt(args, 'timeout') ?? 30;
  if (timeoutSeconds < 1) throw new UsageError('--timeout takes at least 1 second');
  const folder = nodePath.resolve(flagString(args, 'out') ?? '.');
  const headersFor = bearerHeaders(args);

  let targets: ReplicaTarget[];
  let failedBefore: ReplicaCaptureResult[] = [];
  let stop = () => undefined as void;
  if (selection) {
    const kubectl = process.env.KUBECTL || undefined;
    const pods = await selectPods(selection, { kubectl }).catch((e: unknown) => { throw new InputError(e instanceof Error ? e.message : String(e)); });
    const kube = await kubeTargets(selection, pods, { kubectl, portForward: args.flags.has('port-forward') });
    targets = kube.targets;
    failedBefore = kube.failed.map(f => ({ name: f.name, url: `pod/${f.name}`, error: f.error, elapsedMs: 0 }));
    stop = kube.stop;
  } else {
    const urls = replicasFlag !== undefined ? replicasFlag.split(',').map(s => s.trim()).filter(Boolean) : [args.positional[0]];
    if (urls.length === 0) throw new UsageError('--replicas needs at least one URL');
    targets = urlTargets(urls);
  }

  let results: ReplicaCaptureResult[];
  try {
    results = [...await captureReplicas(targets, { kind, seconds, folder, timeoutMs: captureTimeoutMs(timeoutSeconds, kind, seconds), headersFor }), ...failedBefore];
  } finally {
    stop();
  }

  const single = replicasFlag === undefined && !selection;
  if (single) {
    const r = results[0];
    if (r.error !== undefined) throw new InputError(r.error);
    io.out(args.flags.has('json') ? JSON.stringify({ replicas: [replicaJson(r)] }) + '\n' : `${r.file}\n`);
    return;
  }
  if (results.every(r => r.error !== undefined)) {
    throw new InputError(`no replica answered: ${results.map(r => `${r.name}: ${r.error}`).join('; ')}`);
  }

  const inputs: ReplicaInput[] = results.map(r => r.file !== undefined
    ? { name: r.name, file: r.file, bytes: readFileSync(r.file), elapsedMs: r.elapsedMs }
    : { name: r.name, error: r.error, elapsedMs: r.elapsedMs });
  const mergedOut = flagString(args, 'merged');
  // One read of each capture for both (`compareAndMergeReplicas`).
  const { comparison, merge: m } = compareAndMergeReplicas(inputs, { gunzip: nodeGunzip, sampleType: flagString(args, 'sample_index'), measure: args.flags.has('cum') ? 'cum' : 'flat' }, mergedOut !== undefined);
  let merged: string | undefined;
  if (mergedOut !== undefined) {
    if ('error' in m) throw new InputError(`--merged: ${m.error}`);
    try { writeFileSync(mergedOut, gzipSync(encodeProfileProto(m.profile))); } catch (e) { throw new InputError(`${mergedOut}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`); }
    merged = mergedOut;
  }
  if (args.flags.has('json')) {
    io.out(JSON.stringify(captureJson(results, comparison, merged)) + '\n');
    return;
  }
  io.out(withVisibleControls(comparisonText(results, comparison, flagInt(args, 'rows') ?? DEFAULT_ROWS, merged)));
}

function replicaJson(r: ReplicaCaptureResult, detail?: string): CaptureJson['replicas'][number] {
  return { name: r.name, url: r.url, ...(r.file !== undefined ? { file: r.file } : {}), ...(r.error !== undefined ? { error: r.error } : {}), elapsedMs: r.elapsedMs, ...(detail ? { detail } : {}) };
}

export function captureJson(results: readonly ReplicaCaptureResult[], c: ReplicaComparison, merged?: string): CaptureJson {
  return {
    replicas: results.map((r, i) => {
      const status = c.replicas[i];
      // A capture that was saved but could not be read is that replica's error too.
      return replicaJson(status.error !== undefined && r.error === undefined ? { ...r, error: status.error } : r, status.detail);
    }),
    rows: c.rows.map(r => ({ kind: r.kind, name: r.name, values: { ...r.values }, worst: r.worst, median: r.median, distance: r.distance, noise: r.noise, unit: r.unit, sentence: r.sentence })),
    answer: [...c.answer], ...(c.sampleType ? { sampleType: c.sampleType } : {}), measure: c.measure, quantity: c.quantity, totalRows: c.totalRows,
    ...(merged !== undefined ? { merged } : {}),
  };
}

const formatRowValue = (v: number, unit: string) => (unit === 'goroutines' ? formatCount(v) : formatValue(v, unit));

function comparisonText(results: readonly ReplicaCaptureResult[], c: ReplicaComparison, maxRows: number, merged?: string): string {
  const out = [...c.answer, ''];
  out.push('Replicas:');
  results.forEach((r, i) => {
    const status = c.replicas[i];
    const took = `${(r.elapsedMs / 1000).toFixed(1)} s`;
    out.push(`  [${i + 1}] ${r.name}: ${status.error !== undefined ? `FAILED (${took}): ${status.error}` : `${status.detail ?? ''} (${took}) ${r.file}`}`);
  });
  if (merged) out.push(`Merged profile: ${merged}`);
  out.push('');
  const compared = results.map((r, i) => ({ name: r.name, column: `[${i + 1}]` })).filter(x => c.compared.includes(x.name));
  if (c.rows.length > 0 && compared.length > 1) {
    const rows = c.rows.slice(0, maxRows);
    const cells = rows.map(r => compared.map(x => `${formatRowValue(r.values[x.name], r.unit)}${r.worst === x.name && standsOut(r) ? '*' : ''}`));
    const widths = compared.map((x, j) => Math.max(x.column.length, ...cells.map(row => row[j].length)));
    out.push(`${compared.map((x, j) => x.column.padStart(widths[j])).join('  ')}  ${c.quantity} on each replica, * = the one farthest from the median`);
    rows.forEach((r, i) => out.push(`${cells[i].map((cell, j) => cell.padStart(widths[j])).join('  ')}  ${r.name}`));
    if (c.totalRows > rows.length) out.push(`(${c.totalRows - rows.length} more rows: --rows N, or --json)`);
  }
  return out.join('\n') + '\n';
}

export const capture: CliCommand = {
  name: 'capture',
  usage: 'URL KIND | --replicas URL1,URL2,… KIND | --namespace NS [--selector SEL] KIND  [--out DIR] [--json]',
  summary: 'capture from live /debug/pprof/ endpoints; from several replicas at once, which one differs',
  details: '  KIND             heap, allocs, goroutine (debug=2 text), goroutine-proto, profile (CPU), mutex, block, threadcreate\n' +
    '  --replicas LIST  comma-separated base URLs, captured concurrently and compared\n' +
    '  --out DIR        where the captures are saved (default: the current folder)\n' +
    '  --json           {"replicas":[{"url","file","error"}],"rows":[{"kind","name","values":{"<url>":N},"worst":"<url>"}]}\n' +
    '  --seconds N      CPU profile length (default 30)\n' +
    '  --timeout S      per-replica timeout in seconds, plus the CPU seconds (default 30)\n' +
    '  --token-file F   send "Authorization: Bearer <contents of F>"\n' +
    '  --sample_index T profiles: the sample type compared (default: the profile\'s default)\n' +
    '  --cum            profiles: compare cumulative instead of flat values\n' +
    '  --rows N         rows printed (default 20)\n' +
    '  --merged FILE    also write pprof\'s merge of the replicas\' profiles (.pb.gz)\n' +
    'Kubernetes (kubectl and your kubeconfig; $KUBECTL names another binary):\n' +
    '  --namespace NS   pods of this namespace…\n' +
    '  --selector SEL   …with these labels (kubectl --selector syntax)\n' +
    '  --context C      kubeconfig context (default: the current one)\n' +
    '  --port P         the pods\' pprof port (default 6060); --https if it serves https\n' +
    '  --pprof-path P   where the handlers are (default /debug/pprof/)\n' +
    '  --port-forward   reach each pod by a kubectl port-forward started and stopped here,\n' +
    '                   instead of the API server\'s pods/proxy (kubectl get --raw)\n',
  run: captureCommand,
};
