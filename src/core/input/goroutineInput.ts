// Goroutine input, whatever its form: a text dump (debug=2, runtime.Stack, crash output, debug=1,
// gzipped or not) goes through the goroutine scanner, streamed; a goroutine profile.proto
// (gzipped or not) through the pprof decoder, into the same group model (a count per stack, the
// state implied by its frames).
import { Gunzip } from 'fflate';
import {
  crashHeadline, GoroutineDumpAnalyzer, GoroutineTable, groupStackRecords, type AnalyzeOptions, type GoroutineAnalysis, type SourceFrame,
  type StackRecordInput,
} from '../goroutines';
import { pushText } from '../goroutines/scanInput';
import { describeBadReturnPc } from '../goroutines/badReturnPc';
// The pprof modules themselves, not the pprof barrel: the goroutine path (the CLI's `goroutines`)
// then does not load the profile views' code.
import { gunzipOnce, parseProfile, type ParseOptions } from '../pprof/parse';
import { sampleLabels, sampleTypeNames, type Profile } from '../pprof/model';
import { unzipLimit, UnzipLimitError } from '../pprof/unzipLimit';
import { containerName, executableName, isGzip, profileProtoBreak, sniffProfileKind, sniffRaw } from '../pprof/sniff';
import { InputError } from './inputError';
import { utf16Encoding } from '../goroutines/utf16Encoding';
import { describeGzipError } from '../pprof/gzipErrors';
import { appendAll } from '../appendAll';
import { formatCount } from '../format';

export interface GoroutineInputOptions extends AnalyzeOptions {
  /** A faster gunzip for whole inputs (Node's zlib); the stream inflates with fflate as it goes. */
  readonly gunzip?: ParseOptions['gunzip'];
  /** How far gzip data may expand (bytes); default pprof's unzipLimit (a multiple of the file, capped). */
  readonly maxUnzippedBytes?: number;
}

// Bytes looked at before deciding what the input is: enough for the text test of sniffRaw and for
// a profile.proto's first fields.
const SNIFF_BYTES = 512;
const INFLATE_PIECE_BYTES = 4096;

/** The goroutines of a whole input; InputError when it holds none, or is not goroutine input. */
export function readGoroutines(input: string | Uint8Array, options: GoroutineInputOptions = {}): GoroutineAnalysis {
  if (typeof input === 'string') {
    const analyzer = new GoroutineDumpAnalyzer(options);
    pushText(analyzer, input);
    return foundGoroutines(analyzer.finish(), new Uint8Array(0));
  }
  // Only the first 64 KiB are inflated to tell a gzipped profile.proto from gzipped text.
  const sniff = sniffProfileKind(input);
  if (sniff.kind === 'pprof' || sniff.kind === 'pprof-legacy-cpu') return analyzeGoroutineProfile(input, options);
  const raw = sniff.gzipped ? gunzipOnce(input, options.gunzip, options.maxUnzippedBytes) : input;
  refuseKnownBinary(raw, sniff.gzipped);
  const analyzer = new GoroutineDumpAnalyzer(options);
  analyzer.push(raw);
  return foundGoroutines(analyzer.finish(), raw.subarray(0, 512));
}

/**
 * `readGoroutines` for input that arrives in pieces (a file read 256 KB at a time, a pipe): text is
 * scanned as it comes, so a dump never has to be in memory whole; a profile.proto is gathered and
 * decoded at the end; gzip is inflated as it comes, or with `gunzip` gathered and inflated whole.
 */
export class GoroutineInputStream {
  private head: Uint8Array[] = [];
  private headLength = 0;
  /**
   * Decided from the first bytes: scan text as it comes, inflate gzip as it comes (and then decide
   * on the inflated bytes), or gather the input and read it whole (a profile.proto; gzip, when a
   * fast gunzip is given).
   */
  private mode: 'undecided' | 'text' | 'gzip' | 'whole' = 'undecided';
  private readonly analyzer: GoroutineDumpAnalyzer;
  private firstBytes = new Uint8Array(0);
  private gunzip: Gunzip | undefined;
  /** The gzipped text's own stage: undecided until its first inflated bytes. */
  private inflated: 'undecided' | 'text' | 'proto' = 'undecided';
  private inflatedHead: Uint8Array[] = [];
  private inflatedHeadLength = 0;
  /** Every pushed chunk, while the input may still be a profile.proto. */
  private gathered: Uint8Array[] | null = [];
  /** Bytes pushed into and out of gunzip: the output may not pass unzipLimit of the input so far. */
  private compressedBytes = 0;
  private inflatedBytes = 0;

  constructor(private readonly options: GoroutineInputOptions = {}) {
    this.analyzer = new GoroutineDumpAnalyzer(options);
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    switch (this.mode) {
      case 'text': this.analyzer.push(chunk); return;
      case 'whole': this.gathered!.push(chunk.slice()); return;
      case 'gzip':
        if (this.gathered) this.gathered.push(chunk.slice());
        // A gzipped profile.proto is decoded whole at the end: no need to inflate it twice.
        if (this.inflated !== 'proto') this.inflate(chunk, false);
        return;
      case 'undecided':
        // A first chunk long enough is decided on in place: copying 64 MB to look at 512 bytes cost a fifth of a second.
        if (this.headLength === 0 && chunk.length >= SNIFF_BYTES) { this.decide(chunk, false); return; }
        this.head.push(chunk.slice());
        this.headLength += chunk.length;
        if (this.headLength >= SNIFF_BYTES) this.decideOnHead();
    }
  }

  /** With `rereadable`: what was pushed is void; push the input again to a stream without it. */
  get needsRereading(): boolean {
    return this.analyzer.needsRereading;
  }

  finish(): GoroutineAnalysis {
    if (this.mode === 'undecided') this.decideOnHead();
    if (this.mode === 'gzip' && this.inflated !== 'proto') {
      this.inflate(new Uint8Array(0), true);
      if (this.inflated === 'undecided') this.decideInflated();
    }
    // Read whole here: nothing to push again.
    if (this.mode === 'whole') return readGoroutines(concat(this.gathered!), { ...this.options, rereadable: false });
    if (this.inflated === 'proto') return analyzeGoroutineProfile(concat(this.gathered!), this.options);
    return foundGoroutines(this.analyzer.finish(), this.firstBytes);
  }

  private decideOnHead(): void {
    const head = concat(this.head);
    this.head = [];
    this.decide(head, true);
  }

  /** `head`: the input so far, the caller's bytes when not `owned` (kept only as a copy). */
  private decide(head: Uint8Array, owned: boolean): void {
    if (isGzip(head) && this.options.gunzip) {
      // Compressed dumps are small (20–60× smaller), and the given gunzip (Node's zlib) inflates
      // whole 2–4× faster than fflate streams: gathered, then read whole at the end.
      this.mode = 'whole';
      this.gathered = [owned ? head : head.slice()];
    } else if (isGzip(head)) {
      this.mode = 'gzip';
      this.gathered = [owned ? head : head.slice()];
      this.gunzip = new Gunzip(data => this.pushInflated(data));
      this.inflate(head, false);
    } else if (isProto(head)) {
      this.mode = 'whole';
      this.gathered = [owned ? head : head.slice()];
    } else {
      refuseKnownBinary(head, false);
      this.mode = 'text';
      this.gathered = null;
      this.firstBytes = head.slice(0, 512);
      if (head.length > 0) this.analyzer.push(head);
    }
  }

  private inflate(chunk: Uint8Array, final: boolean): void {
    try {
      // In small pieces: one push of a gzip bomb's 256 KB inflates to 256 MB at once.
      if (chunk.length === 0) this.gunzip!.push(chunk, final);
      for (let at = 0; at < chunk.length; at += INFLATE_PIECE_BYTES) {
        const end = Math.min(chunk.length, at + INFLATE_PIECE_BYTES);
        this.compressedBytes += end - at;
        this.gunzip!.push(chunk.subarray(at, end), final && end === chunk.length);
      }
    } catch (e) {
      // What the inflated bytes were found to be is said as it is, not as a gzip error.
      if (e instanceof UnzipLimitError || e instanceof InputError) throw e;
      throw new InputError(describeGzipError(e, this.compressedBytes));
    }
  }

  private pushInflated(data: Uint8Array): void {
    if (data.length === 0) return;
    this.inflatedBytes += data.length;
    const limit = unzipLimit(this.compressedBytes, this.options.maxUnzippedBytes);
    if (this.inflatedBytes > limit.bytes) throw new UnzipLimitError(limit);
    if (this.inflated === 'text') { this.analyzer.push(data); return; }
    if (this.inflated === 'proto') return;
    this.inflatedHead.push(data.slice());
    this.inflatedHeadLength += data.length;
    if (this.inflatedHeadLength >= SNIFF_BYTES) this.decideInflated();
  }

  private decideInflated(): void {
    const head = concat(this.inflatedHead);
    this.inflatedHead = [];
    if (isGzip(head)) throw new InputError('gzip data decompresses to more gzip data; decompress it once first');
    if (isProto(head)) { this.inflated = 'proto'; return; }
    refuseKnownBinary(head, true);
    this.inflated = 'text';
    // The compressed bytes were kept only in case this was a profile.proto.
    this.gathered = null;
    this.firstBytes = head.slice(0, 512);
    if (head.length > 0) this.analyzer.push(head);
  }
}

/**
 * An archive, another compressor's output or an executable, told from its first bytes before any
 * is scanned: a tar or a zip that stores its files holds their text as it is, a dump's among it,
 * which the scanner would read between the archive's headers as if it were the file.
 */
function refuseKnownBinary(head: Uint8Array, gzipped: boolean): void {
  const container = containerName(head);
  if (container !== undefined) {
    throw new InputError(`${container}${gzipped ? ' in gzip data' : ''}, not a goroutine dump nor a goroutine profile: take the file out of it first`);
  }
  const executable = executableName(head);
  if (executable !== undefined) throw new InputError(`${executable}${gzipped ? ' in gzip data' : ''}, not a goroutine dump nor a goroutine profile`);
}

/** A profile.proto or a legacy binary profile: binary input the pprof decoder reads. */
function isProto(raw: Uint8Array): boolean {
  const kind = sniffRaw(raw.subarray(0, 64 * 1024));
  return kind === 'pprof' || kind === 'pprof-legacy-cpu';
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { whole.set(p, at); at += p.length; }
  return whole;
}

const WHAT_IS_READ = 'What is read: Go goroutine dumps (debug=2, panics, fatal errors, runtime.Stack), debug=1 goroutine profiles, ' +
  'race reports and Delve\'s output (goroutines, goroutines -t, stack, threads), also behind log prefixes, quoted or escaped in a log record.';

/**
 * The analysis, unless the input held no goroutine nor any stack (a crash's runtime stack, a stack
 * without its goroutine header): then what it was instead.
 */
function foundGoroutines(analysis: GoroutineAnalysis, firstBytes: Uint8Array): GoroutineAnalysis {
  const { dump } = analysis;
  if (analysis.parsed > 0 || analysis.raceAccesses > 0 || dump.declaredTotal !== null || dump.runtimeStacks.length > 0 || dump.headlessStacks.length > 0) return analysis;
  const container = containerName(firstBytes);
  if (container) throw new InputError(`${container}, not a goroutine dump nor a goroutine profile: take the file out of it first`);
  if (isBinary(firstBytes)) {
    const broken = profileProtoBreak(firstBytes);
    if (broken) throw new InputError(`corrupt profile.proto: its first fields are a Profile's, then a tag of field ${broken.field} with wire type ${broken.wire}, which a Profile has not (at byte ${broken.offset})`);
    const hex = [...firstBytes.subarray(0, 8)].map(b => b.toString(16).padStart(2, '0')).join(' ');
    throw new InputError(`unrecognized format: neither a goroutine dump nor a goroutine profile (first bytes ${hex})`);
  }
  // A crash line with nothing after it (behind a log prefix or not): what the text holds is the crash,
  // unless the text was cut inside the crash's lines (cutCrashLines.ts), before its goroutines.
  if (dump.crash !== null) {
    const crash = crashHeadline(dump.crash.message);
    const shown = crash.length > 200 ? `${crash.slice(0, 200)}…` : crash;
    throw new InputError(dump.truncated
      ? `no goroutine dump found: line ${dump.crash.line} is a crash (${shown}), and the text is cut before any goroutine under it`
      : `no goroutine dump found: line ${dump.crash.line} is a crash (${shown}) with no goroutine after it`);
  }
  // The runtime's words of a stack walk that failed, cut before the crash they end in.
  const walk = dump.badReturnPcs?.[0];
  if (walk !== undefined) {
    throw new InputError(`no goroutine dump found: line ${walk.line} is the runtime's \`unexpected return pc\` (${describeBadReturnPc(walk)}) with no crash line or goroutine after it`);
  }
  const first = dump.warnings[0];
  // Text that is none of them: say what is read, so a paste of the wrong output is told apart from a dump cut away.
  // One paragraph a line (the view draws each apart): what was read, why it is no dump, what would be.
  const read = dump.lineCount === 1 ? 'the 1 line read' : `the ${formatCount(dump.lineCount)} lines read`;
  if (first === undefined) {
    // No line was skipped: the text is empty, or only blank lines and the separators a dump's sections may sit between.
    if (dump.lineCount === 0) throw new InputError(`no goroutine dump found: the input is empty.\n${WHAT_IS_READ}`);
    throw new InputError(`no goroutine dump found in ${read}: ${dump.lineCount === 1 ? 'it holds' : 'they hold'} nothing but blank lines and separators (\`--\`, a fence).\n${WHAT_IS_READ}`);
  }
  throw new InputError(`no goroutine dump found in ${read}.\n${first.message.charAt(0).toUpperCase()}${first.message.slice(1)}.\n${WHAT_IS_READ}`);
}

/**
 * Not text a dump could be in (UTF-16 text aside): control bytes other than white space and terminal
 * escapes in its first 16 bytes, or, over its first 512, one byte in 20 such a control byte or one in
 * 10 outside valid UTF-8 (random or compressed bytes, whose first 16 may hold none). Asked only once
 * nothing was found, so a dump after such bytes is read all the same; only the error says what it was.
 */
function isBinary(bytes: Uint8Array): boolean {
  if (utf16Encoding(bytes) !== null) return false;
  if (bytes.subarray(0, 16).some(isControlByte)) return true;
  const head = bytes.subarray(0, 512);
  if (head.length < 64) return false;
  let controls = 0;
  for (const b of head) if (isControlByte(b)) controls++;
  return controls * 20 >= head.length || bytesOutsideUtf8(head) * 10 >= head.length;
}

function isControlByte(b: number): boolean {
  return b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b);
}

/** Bytes that no valid UTF-8 sequence covers (a sequence cut by the end of the bytes counts as valid). */
function bytesOutsideUtf8(bytes: Uint8Array): number {
  let outside = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) { outside++; i++; continue; }
    let j = 1;
    while (j < length && i + j < bytes.length && (bytes[i + j] & 0xc0) === 0x80) j++;
    if (j < length && i + j < bytes.length) { outside += j; i += j; continue; }
    i += j;
  }
  return outside;
}

/** A goroutine profile.proto (gzipped or not) as the group model. */
function analyzeGoroutineProfile(bytes: Uint8Array, options: GoroutineInputOptions): GoroutineAnalysis {
  const profile = parseProfile(bytes, { gunzip: options.gunzip, maxUnzippedBytes: options.maxUnzippedBytes });
  const records = goroutineRecordsFromProfile(profile);
  const parsed = records.reduce((sum, r) => sum + r.count, 0);
  return {
    dump: {
      format: 'debug1', goroutines: new GoroutineTable(), records: [], declaredTotal: parsed, truncated: false, crash: null,
      runtimeStacks: [], headlessStacks: [], cutAtStart: false, warnings: profile.warnings.map(message => ({ line: 0, message })), lineCount: 0,
      earlierDumps: [], previousDump: null, crashedGoroutine: -1,
    },
    groups: groupStackRecords(records),
    waitTargets: [],
    total: parsed,
    parsed,
    raceAccesses: 0,
    stuck: null,
    growthSincePreviousDump: null, separateFromPreviousDump: false,
    stackSuspect: null,
  };
}

/** Samples of a goroutine profile as counted stacks, innermost frame first (inlined frames expanded). */
export function goroutineRecordsFromProfile(profile: Profile): StackRecordInput[] {
  const typeIndex = profile.sampleTypes.findIndex(t => t.type === 'goroutine' || t.type === 'goroutines');
  if (typeIndex < 0) {
    throw new InputError(`not a goroutine profile: its sample types are ${sampleTypeNames(profile)}`);
  }
  const frameCache = new Map<number, SourceFrame[]>();
  const framesOfLocation = (locationIndex: number): SourceFrame[] => {
    let frames = frameCache.get(locationIndex);
    if (!frames) {
      const loc = profile.locations[locationIndex];
      frames = loc.lines.map(l => {
        const fn = l.functionIndex >= 0 ? profile.functions[l.functionIndex] : undefined;
        return { func: fn?.name || `0x${loc.address.toString(16)}`, file: fn?.filename ?? '', line: l.line };
      });
      if (frames.length === 0) frames = [{ func: `0x${loc.address.toString(16)}`, file: '', line: 0 }];
      frameCache.set(locationIndex, frames);
    }
    return frames;
  };
  const s = profile.samples;
  const records: StackRecordInput[] = [];
  for (let i = 0; i < s.count; i++) {
    const count = s.values[i * s.valueCount + typeIndex];
    if (count <= 0) continue;
    const frames: SourceFrame[] = [];
    // Stacks are stored leaf first, and a location's lines innermost first: the order we want.
    for (let j = s.stackStart[i]; j < s.stackStart[i + 1]; j++) appendAll(frames, framesOfLocation(s.locations[j]));
    const labels: Record<string, string> = {};
    for (const l of sampleLabels(profile, i)) labels[l.key] = l.str ?? `${l.num}${l.unit ? ` ${l.unit}` : ''}`;
    records.push({ count, frames, labels });
  }
  return records;
}
