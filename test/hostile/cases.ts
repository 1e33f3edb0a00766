// The hostile inputs put through the real entry points, each answering a small summary (or
// the error message): run by test/hostile/bounded.ts in a worker with a time and heap bound,
// by the unit tests and by the benchmark.
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GoroutineInputStream, readGoroutines as analyzeGoroutineInput } from '../../src/core/input';
import { createStackView, parseProfile, type Profile } from '../../src/core/pprof';
import { dotGraph } from '../../src/core/report/dotGraph';
import { locationColumns } from '../../src/core/pprof/locationColumns';
import { runCli } from '../../src/cli/main';
import { nodeGunzip } from '../../src/node/gunzip';
import { hostileGzips } from './hostileGzips';
import { hostileProfiles } from './hostileProfiles';
import { hostileTexts } from './hostileTexts';
import { nodeByteSearch } from '../../src/node/byteSearch';
import { threadCpuMs } from './threadCpu';
import { useWorkerPlatform } from '../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../src/host/worker/nodeWorkerPlatform';
import { WorkerStore } from '../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../src/host/worker/jobs/profileOpen';
import { profileViewJob } from '../../src/host/worker/jobs/profileView';
import { profileGraphJob } from '../../src/host/worker/jobs/profileGraph';
import { profilePeekJob } from '../../src/host/worker/jobs/profilePeek';
import { profileSourceJob } from '../../src/host/worker/jobs/profileSource';
import { profileBottomUpJob } from '../../src/host/worker/jobs/profileBottomUp';
import { profileSampleTypesJob } from '../../src/host/worker/jobs/profileSampleTypes';
import { profileSetBaseJob } from '../../src/host/worker/jobs/profileSetBase';
import { unpackStrings } from '../../src/shared/packedViews';
import { serialize } from 'node:v8';
import { goroutinesJob } from '../../src/host/worker/jobs/goroutines';
import { contentHash } from '../../src/shared/contentKeyedMap';
import { svgSize } from '../../src/core/report/svgSize';
import { parseProfileWebviewMessage } from '../../src/shared/profileProtocol';
import { parseGoroutineWebviewMessage } from '../../src/shared/goroutineProtocol';
import { parseIncidentWebviewMessage } from '../../src/shared/incidentProtocol';
import { parseReplicaWebviewMessage } from '../../src/shared/replicaProtocol';
import { collidingLabelValues, collidingLocationIds, hostileDir, junkLines, legacyCpuManyMappings } from './make-hostile';

export type Outcome = { ok: Record<string, unknown> } | { error: string };

function outcome(run: () => Record<string, unknown>): Outcome {
  try {
    return { ok: run() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const fixture = (name: string): Uint8Array => readFileSync(join(hostileDir, name));

const summary = (p: Profile): Record<string, unknown> => ({
  format: p.format, samples: p.samples.count, locations: p.locations.length, mappings: p.mappings.length, warnings: p.warnings,
});

/** A small profile file of the fixtures folder (or any path) through parseProfile. */
export function parseFixture(name: string): Outcome {
  return outcome(() => summary(parseProfile(fixture(name))));
}

/** Text through parseProfile, as if it were a file. */
export function parseText(text: string): Outcome {
  return outcome(() => summary(parseProfile(new TextEncoder().encode(text))));
}

/** A fixture through the goroutine door (the text scanner for text, pprof for proto). */
export function analyzeFixture(name: string): Outcome {
  return outcome(() => {
    const a = analyzeGoroutineInput(fixture(name));
    return { total: a.total, parsed: a.parsed, groups: a.groups.length, warnings: a.dump.warnings.length };
  });
}

/** Text through the goroutine door. */
export function analyzeText(text: string): Outcome {
  return outcome(() => {
    const a = analyzeGoroutineInput(new TextEncoder().encode(text));
    return { total: a.total, parsed: a.parsed, groups: a.groups.length, labelKeys: a.groups.map(g => Object.keys(g.labels ?? {}).length) };
  });
}

/**
 * A crafted text of hostileTexts.ts through the goroutine door: totals, each group's minutes, the
 * warnings; `goprofMs`/`goprofCpuMs`, the analysis alone (the bench's "goprof alone": not making the text).
 */
export function analyzeCrafted(name: string, scale: number): Outcome {
  return outcome(() => {
    const text = hostileTexts[name](scale);
    const started = Date.now(), cpuStarted = threadCpuMs();
    const a = analyzeGoroutineInput(text);
    const goprofMs = Date.now() - started, goprofCpuMs = Math.round(threadCpuMs() - cpuStarted);
    return {
      total: a.total, groups: a.groups.length, headlessStacks: a.dump.headlessStacks.length, waitMinutes: a.groups.map(g => g.waitMinutes ?? null),
      warnings: a.dump.warnings.map(w => w.message),
      raceAccesses: a.raceAccesses, waitTargets: a.waitTargets.length, creators: a.groups.filter(g => g.createdBy !== null).length,
      goprofMs, goprofCpuMs,
    };
  });
}

/** A crafted profile (proto or text) parsed and seen as `top` sees it: its size, total and distinct frames, and the time of that alone. */
export function viewCrafted(kind: 'profile' | 'text', name: string, scale: number): Outcome {
  return outcome(() => {
    const bytes = (kind === 'profile' ? hostileProfiles : hostileTexts)[name](scale);
    const started = Date.now(), cpuStarted = threadCpuMs();
    const p = parseProfile(bytes);
    const view = createStackView(p);
    const parseMs = Date.now() - started, parseCpuMs = threadCpuMs() - cpuStarted;
    // Read before the summary, which makes the location objects.
    const locationsAsColumns = locationColumns(p) !== undefined;
    return { ...summary(p), total: view.total, frames: view.frames.name.length, locationsAsColumns, parseMs, parseCpuMs };
  });
}

/** A legacy CPU profile with n locations in n mappings, made here: each location must land in its own mapping. */
export function legacyCpuMany(n: number): Outcome {
  return outcome(() => {
    const bytes = legacyCpuManyMappings(n);
    const started = Date.now();
    const cpuStarted = threadCpuMs();
    const p = parseProfile(bytes);
    const parseMs = Date.now() - started;
    const parseCpuMs = Math.round(threadCpuMs() - cpuStarted);
    const own = p.locations.every(l => l.mappingIndex >= 0 && p.mappings[l.mappingIndex].start <= l.address && l.address < p.mappings[l.mappingIndex].limit);
    return { ...summary(p), everyLocationInItsMapping: own, parseMs, parseCpuMs };
  });
}

/**
 * A profile of n samples whose label values were made to hash alike: parsed, and drawn as pprof's
 * graph (which groups samples by label set); `parseMs`: the parse and the graph, without making the file.
 */
export function collidingLabels(n: number): Outcome {
  return outcome(() => {
    const bytes = collidingLabelValues(n);
    const started = Date.now();
    const cpuStarted = threadCpuMs();
    const p = parseProfile(bytes);
    const graph = dotGraph(createStackView(p));
    const parseMs = Date.now() - started;
    const parseCpuMs = Math.round(threadCpuMs() - cpuStarted);
    return { ...summary(p), labelSets: new Set(Array.from({ length: p.samples.count }, (_, i) => p.samples.labelNum[p.samples.labelStart[i]])).size, nodes: graph.nodes.length, parseMs, parseCpuMs };
  });
}

/** A profile of n locations whose ids were picked to share one bucket of V8's Map; `parseMs`: the parse, without making the file. */
export function collidingIds(n: number): Outcome {
  return outcome(() => {
    const bytes = collidingLocationIds(n);
    const started = Date.now();
    const cpuStarted = threadCpuMs();
    const p = parseProfile(bytes);
    return { ...summary(p), parseMs: Date.now() - started, parseCpuMs: Math.round(threadCpuMs() - cpuStarted) };
  });
}

/** A user filter (focus) run over a profile whose one function name is long. */
export function focusFilter(pattern: string, functionName: string): Outcome {
  return outcome(() => {
    const p = parseProfile(fixture('dropframes-redos.pb.gz'));
    p.functions[0].name = functionName;
    const view = createStackView(p, { filters: { focus: pattern } });
    return { kept: Array.from(view.kept).reduce((a, b) => a + b, 0) };
  });
}

/** A gzip file on disk through parseProfile, with Node's zlib (the worker, the CLI) or the portable fflate path. */
export function parseGzipFile(file: string, engine: 'zlib' | 'fflate', maxUnzippedBytes?: number): Outcome {
  return outcome(() => {
    const profile = parseProfile(readFileSync(file), { gunzip: engine === 'zlib' ? nodeGunzip : undefined, maxUnzippedBytes });
    return { ...summary(profile), rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) };
  });
}

/** A gzip file on disk through the goroutine door. */
export function analyzeGzipFile(file: string): Outcome {
  return outcome(() => {
    const a = analyzeGoroutineInput(readFileSync(file), { gunzip: nodeGunzip });
    return { total: a.total };
  });
}

/** A gzip file on disk streamed 256 KB at a time through the goroutine input stream (the worker's way with local files). */
export function streamGzipFile(file: string): Outcome {
  return outcome(() => {
    const fd = openSync(file, 'r');
    try {
      const stream = new GoroutineInputStream({ gunzip: nodeGunzip });
      const buffer = new Uint8Array(1 << 18);
      for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) stream.push(buffer.subarray(0, n));
      return { total: stream.finish().total };
    } finally {
      closeSync(fd);
    }
  });
}

export { threadCpuMs };

/** `bytes` of input fed to the goroutine input stream 64 MiB at a time, each piece `piece` (made once): the worker's way with a local file. */
function streamPieces(bytes: number, piece: Uint8Array): Outcome {
  return outcome(() => {
    // The worker's own searches (Buffer's memchr), as when it reads a local file.
    const stream = new GoroutineInputStream({ byteSearch: nodeByteSearch });
    const started = Date.now();
    const cpuStarted = threadCpuMs();
    for (let pushed = 0; pushed < bytes; pushed += piece.length) stream.push(piece.subarray(0, Math.min(piece.length, bytes - pushed)));
    const a = stream.finish();
    return { parseMs: Date.now() - started, parseCpuMs: Math.round(threadCpuMs() - cpuStarted), format: a.dump.format, parsed: a.parsed, warnings: a.dump.warnings.length };
  });
}

/** `bytes` of one repeated byte (NUL: a sparse file read as a dump; a letter: one giant line). */
export function streamRepeatedByte(bytes: number, byte: number): Outcome {
  return streamPieces(bytes, new Uint8Array(64 << 20).fill(byte));
}

/** `bytes` of log-like junk whose slivers read like goroutine headers by chance. */
export function streamJunk(bytes: number): Outcome {
  const { lines } = junkLines(7, 2_000_000);
  const text = new TextEncoder().encode(lines.join('\n') + '\n');
  return streamPieces(bytes, text.subarray(0, Math.min(text.length, 64 << 20)));
}

/** The resident memory of the worker, to tell what a case left behind. */
export function rssMb(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

/**
 * A crafted file of hostileProfiles.ts, hostileTexts.ts or hostileGzips.ts (made at `scale`)
 * through `goprof COMMAND FILE …args` in this worker: the exit code, how much it wrote and its
 * error output. `{file}` in args stands for the file's path.
 */
export async function goprofOnCrafted(kind: 'profile' | 'text' | 'gzip', name: string, scale: number, command: string, args: string[] = []): Promise<Outcome> {
  const make = { profile: hostileProfiles, text: hostileTexts, gzip: hostileGzips }[kind][name];
  const dir = mkdtempSync(join(tmpdir(), 'goprof-crafted-'));
  try {
    const file = join(dir, kind === 'gzip' ? name : `${name}.${kind === 'text' ? 'txt' : 'pb'}`);
    const bytes = make(scale);
    writeFileSync(file, bytes);
    // `{gzipped}`: a gzipped copy of the file, the same profile in other bytes (a command reads
    // the same bytes given twice once, which a diff with the file itself would measure).
    if (args.includes('{gzipped}')) writeFileSync(`${file}.gz`, gzipSync(bytes));
    let outBytes = 0, err = '';
    const argv = command === 'incident' ? [command, dir, ...args]
      : [command, file, ...args.map(a => a.replace('{file}', file).replace('{gzipped}', `${file}.gz`))];
    // goprof's own part, apart from making the file (which can take longer than goprof).
    const started = Date.now(), cpuStarted = threadCpuMs();
    const code = await runCli(argv, { out: t => { outBytes += t.length; }, outBytes: b => { outBytes += b.length; }, err: t => { err += t; } });
    const goprofMs = Date.now() - started, goprofCpuMs = Math.round(threadCpuMs() - cpuStarted);
    return { ok: { code, outBytes, err: err.split(dir).join('DIR'), goprofMs, goprofCpuMs } };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `goprof resolve` of a crafted profile against an empty workspace and module cache made here:
 * how many files it named and found, and the worker's heap in use after it.
 */
export async function resolveCrafted(name: string, scale: number): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'goprof-resolve-'));
  try {
    const file = join(dir, `${name}.pb`);
    writeFileSync(file, hostileProfiles[name](scale));
    const workspace = join(dir, 'workspace'), modules = join(dir, 'modules');
    mkdirSync(workspace);
    mkdirSync(modules);
    let out = '', err = '';
    const started = Date.now(), cpuStarted = threadCpuMs();
    const code = await runCli(['resolve', file, '--workspace', workspace, '--gomodcache', modules, '--json'], { out: t => { out += t; }, err: t => { err += t; } });
    const goprofMs = Date.now() - started, goprofCpuMs = Math.round(threadCpuMs() - cpuStarted);
    const files = code === 0 ? (JSON.parse(out) as { files: { resolved: string | null }[] }).files : [];
    return { ok: { code, err, files: files.length, resolved: files.filter(f => f.resolved !== null).length, heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20), goprofMs, goprofCpuMs } };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `goprof ARGV…` in this worker: the exit code, its output (the first 64 KiB) and its error output. */
export async function goprofArgv(argv: string[]): Promise<Outcome> {
  let out = '', err = '';
  try {
    const code = await runCli(argv, { out: t => { if (out.length < 65536) out += t; }, outBytes: b => { if (out.length < 65536) out += Buffer.from(b).toString(); }, err: t => { err += t; } });
    return { ok: { code, out, err } };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A path given to the editor's worker (a local `file:` URI), through its job as the extension runs
 * it: `profile` opens it in the profile editor's session, `dump` streams it through the goroutine
 * job. The error's message, or a summary.
 */
export async function workerJobOnPath(job: 'profile' | 'dump', path: string): Promise<Outcome> {
  useWorkerPlatform(nodeWorkerPlatform);
  const context = { store: new WorkerStore(), transfer: () => undefined };
  try {
    if (job === 'profile') {
      const opened = await profileOpenJob.run({ documentId: 'd', fileName: 'p.pb.gz', bytes: { filePath: path } }, context);
      return { ok: { sampleTypes: opened.summary.sampleTypes.count } };
    }
    const out = await goroutinesJob.run({ text: { filePath: path }, similarity: 'default', lineOffset: 0, title: 'dump' }, context);
    return { ok: { total: out.view.summary.total } };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A crafted profile opened as the editor opens it (the worker's open and first view, in process):
 * the bytes of the view as the worker posts it to the host, and the longest name it carries.
 */
export async function editorViewOfCrafted(name: string, scale: number): Promise<Outcome> {
  useWorkerPlatform(nodeWorkerPlatform);
  const dir = mkdtempSync(join(tmpdir(), 'gpe-editor-view-'));
  try {
    const file = join(dir, 'crafted.pb');
    writeFileSync(file, hostileProfiles[name](scale));
    const context = { store: new WorkerStore(), transfer: () => undefined };
    const cpuStarted = threadCpuMs();
    const opened = await profileOpenJob.run({ documentId: 'd', fileName: 'crafted.pb', bytes: { filePath: file } }, context);
    // pprof's default when the file names none: the last type.
    const query = { sampleType: opened.summary.sampleTypes.count - 1, granularity: 'functions' as const, filters: [] };
    const view = await profileViewJob.run({ documentId: 'd', query, widthPx: 1200, top: { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 } }, context);
    const names = [...unpackStrings(view.flame.names), ...view.top.names];
    // The Graph and Peek views of the same query (the peek of main.g, whose callee the long name is).
    const graph = await profileGraphJob.run({ documentId: 'd', query, nodeCount: 80 }, context);
    const peek = await profilePeekJob.run({ documentId: 'd', query, functionName: 'main.g' }, context);
    const onDemand = [...graph.nodes.map(n => n.func), ...peek.nodes.flatMap(n => [n.func, ...n.callers.edges.map(e => e.func), ...n.callees.edges.map(e => e.func)])];
    return { ok: { viewBytes: serialize(view).length, onDemandBytes: serialize({ graph, peek }).length, longestOnDemandName: Math.max(...onDemand.map(n => n.length)), longestName: Math.max(...names.map(n => n.length)), rows: view.top.rowCount, cpuMs: threadCpuMs() - cpuStarted } };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What one pass over a string as long as the crafted file's longest costs here: the seeded hash of
 * a new one (its own content, so nothing kept from the answers serves it).
 */
function onePassOverLongestMs(crafted: Uint8Array): number {
  const length = parseProfile(crafted).strings.reduce((most, t) => Math.max(most, t.length), 0);
  const other = '\u0001'.repeat(length);
  other.charCodeAt(0); // flat, as a decoded name is
  const passStarted = threadCpuMs();
  contentHash(other);
  return threadCpuMs() - passStarted;
}

/**
 * A crafted profile opened and viewed as the editor does, then its Source view asked by the longest
 * name the top table shows (cut, a reference to the whole name): the CPU of that request, and of
 * one hash over a string as long as the file's longest.
 */
export async function editorSourceByCutName(name: string, scale: number): Promise<Outcome> {
  useWorkerPlatform(nodeWorkerPlatform);
  const dir = mkdtempSync(join(tmpdir(), 'gpe-editor-source-'));
  try {
    const file = join(dir, 'crafted.pb');
    const crafted = hostileProfiles[name](scale);
    writeFileSync(file, crafted);
    const context = { store: new WorkerStore(), transfer: () => undefined };
    const documentId = 'd';
    const opened = await profileOpenJob.run({ documentId, fileName: 'crafted.pb', bytes: { filePath: file } }, context);
    const query = { sampleType: opened.summary.defaultSampleType, granularity: 'functions' as const, filters: [] };
    const view = await profileViewJob.run({ documentId, query, widthPx: 1200, top: { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 } }, context);
    const cut = view.top.names.reduce((a, b) => (b.length > a.length ? b : a), '');
    const cpuStarted = threadCpuMs();
    const listing = await profileSourceJob.run({ documentId, query, functionName: cut }, context);
    const cpuMs = threadCpuMs() - cpuStarted;
    return { ok: { routines: listing.routines.length, cutLength: cut.length, cpuMs, onePassMs: onePassOverLongestMs(crafted) } };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A crafted profile through every worker job whose answer crosses to the extension host (open,
 * view, graph, peek of main.g, bottom-up, a type search, itself as the diff's base): each
 * answer's bytes as the worker posts it, the longest string among them, the CPU of all, and the
 * CPU of one hash over a string as long as the file's longest.
 */
export async function editorAnswersOfCrafted(name: string, scale: number): Promise<Outcome> {
  useWorkerPlatform(nodeWorkerPlatform);
  const dir = mkdtempSync(join(tmpdir(), 'gpe-editor-answers-'));
  try {
    const file = join(dir, 'crafted.pb');
    const crafted = hostileProfiles[name](scale);
    writeFileSync(file, crafted);
    const context = { store: new WorkerStore(), transfer: () => undefined };
    const cpuStarted = threadCpuMs();
    const documentId = 'd';
    const opened = await profileOpenJob.run({ documentId, fileName: 'crafted.pb', bytes: { filePath: file } }, context);
    const query = { sampleType: opened.summary.defaultSampleType, granularity: 'functions' as const, filters: [] };
    const answers: Record<string, unknown> = {
      open: opened,
      view: await profileViewJob.run({ documentId, query, widthPx: 1200, top: { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 } }, context),
      graph: await profileGraphJob.run({ documentId, query, nodeCount: 80 }, context),
      peek: await profilePeekJob.run({ documentId, query, functionName: 'main.g' }, context),
      bottomUp: await profileBottomUpJob.run({ documentId, query, widthPx: 1200 }, context),
      typeSearch: await profileSampleTypesJob.run({ documentId, window: { filter: 'x', start: 0, count: 100 } }, context),
      setBase: await profileSetBaseJob.run({ documentId, base: { fileName: 'base.pb', bytes: { filePath: file } } }, context),
    };
    answers.diffView = await profileViewJob.run({ documentId, query, widthPx: 1200, top: { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 } }, context);
    const bytes: Record<string, number> = {};
    for (const [job, answer] of Object.entries(answers)) bytes[job] = serialize(answer).length;
    const longest = (v: unknown): number => typeof v === 'string' ? v.length : v && typeof v === 'object' ? Math.max(0, ...Object.values(v).map(longest)) : 0;
    const cpuMs = threadCpuMs() - cpuStarted;
    return { ok: { bytes, longestString: longest(answers), cpuMs, onePassMs: onePassOverLongestMs(crafted) } };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a webview may send, crafted: the picture of a drawn view to size, every message type with 10^6-entry arrays and 100 MB strings. */
export function webviewPictureSize(shape: 'widths' | 'tags', chars: number): Outcome {
  return outcome(() => {
    const unit = shape === 'widths' ? ' width="1"' : '<svg width="1"';
    const svg = '<svg' + unit.repeat(Math.ceil(chars / unit.length)) + ' height="2">';
    return { ...svgSize(svg) };
  });
}

export function hostileWebviewMessages(): Outcome {
  return outcome(() => {
    const huge = 'x'.repeat(100 * 1024 * 1024);
    const million = new Array<unknown>(1_000_000).fill('main.f');
    const query = { sampleType: 0, granularity: 'functions', filters: [] };
    const shapes: unknown[] = [
      null, 7, huge, million, { type: huge }, { type: 'query', requestId: 1, query, widthPx: 800, top: million },
      { type: 'query', requestId: 1, query: { ...query, filters: million }, widthPx: 800 },
      { type: 'query', requestId: 1, query: { ...query, filters: [{ kind: 'focus', pattern: huge }] }, widthPx: 800 },
      { type: 'subtree', requestId: 1, query, path: million, widthPx: 800 },
      { type: 'subtree', requestId: 1, query, path: [huge], widthPx: 800 },
      { type: 'export', requestId: 1, format: 'png', view: 'drawn', query, order: 'heaviest', icicle: false, zoomPath: [], widthPx: 800, svg: huge },
      { type: 'exportPng', requestId: 1, dataUrl: huge },
      { type: 'saveView', name: huge, state: {} }, { type: 'openSource', file: huge, line: 1, functionName: '' },
      { type: 'peekEdges', requestId: 1, query, functionName: 'main.f', edges: { node: 1e300, role: 'callers', start: 0, count: 1 } },
      { type: 'sampleTypes', requestId: -1, window: { filter: '', start: 0, count: 1 } },
      { type: 'openFrame', frame: 1e6 }, { type: 'revealGroup', group: -1 }, { type: 'setSimilarity', similarity: huge },
      { type: 'openEarlierDump', dump: 0 }, { type: 'openFile', file: 1e6, func: huge }, { type: 'openLink', link: 10 }, { type: 'openCapture', replica: 10_000 },
    ];
    const accepted: string[] = [];
    for (const m of shapes) {
      const kind = m && typeof m === 'object' && 'type' in m ? String((m as { type: unknown }).type).slice(0, 20) : typeof m;
      if (parseProfileWebviewMessage(m)) accepted.push(`profile:${kind}`);
      if (parseGoroutineWebviewMessage(m, { frames: 10, groups: 10, earlierDumps: 0, stacks: 10 })) accepted.push(`goroutines:${kind}`);
      if (parseIncidentWebviewMessage(m, { links: 10, files: 1, suspects: 10 })) accepted.push(`incident:${kind}`);
      if (parseReplicaWebviewMessage(m, { replicas: 3 })) accepted.push(`replicas:${kind}`);
    }
    return { accepted };
  });
}
