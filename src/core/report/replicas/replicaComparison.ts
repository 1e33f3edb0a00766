// Replicas side by side: the same capture from several processes of one service (the replicas
// behind one address), and per goroutine group or per profile function the value on each, sorted by
// how far the worst replica stands from the median. The odd one out is the first row.
import { describeFrame, formatCount, tellStacksApart, type GoroutineGroup } from '../../goroutines';
import { computeTop, createStackView, sampleTypeIndex, sampleTypeNames, type Profile, type ValueType } from '../../pprof';
import { mergeNamedProfiles, type NamedProfile } from '../../pprof/mergeNamed';
import { formatValue } from '../../format';
import { gatherCaptures, type Capture, type IncidentReadOptions } from '../incident';
import { replicaQuantity } from './replicaQuantity';
import { standsOut } from './standsOut';
import { ContentKeyedMap, ContentKeyedSet } from '../../../shared/contentKeyedMap';

/** One replica's answer as the caller fetched it: its bytes, or why there are none. */
export interface ReplicaInput {
  /** What the rows call it: the URL, or the pod's name. Unique among the replicas. */
  readonly name: string;
  /** Where the capture was saved, when it was. */
  readonly file?: string;
  readonly bytes?: Uint8Array;
  /**
   * Reads the bytes when the comparison comes to this replica (instead of `bytes`), so one capture's
   * bytes are held at a time; what it throws is this replica's error.
   */
  readonly read?: () => Uint8Array;
  /** The fetch failed (timeout, refused, HTTP error …): this replica is reported, not compared. */
  readonly error?: string;
  /** How long the answer took, to point at slow replicas. */
  readonly elapsedMs?: number;
}

export interface ReplicaStatus {
  readonly name: string;
  readonly file?: string;
  readonly error?: string;
  readonly elapsedMs?: number;
  /** What the capture held, e.g. "goroutine dump, 1,204 goroutines" or "heap, inuse_space 12 MiB". */
  readonly detail?: string;
}

export type ReplicaRowKind = 'goroutines' | 'heap' | 'allocs' | 'cpu' | 'mutex' | 'block' | 'threadcreate' | 'profile';

export interface ReplicaRow {
  readonly kind: ReplicaRowKind;
  /** The goroutine group's state and user function, or the profile function. */
  readonly name: string;
  /** Identity across replicas: the group's signature, or the function name. */
  readonly key: string;
  /** Per compared replica (by name); 0 where a replica has none. */
  readonly values: Readonly<Record<string, number>>;
  readonly worst: string;
  readonly median: number;
  /** |worst's value − median|: the sort key. */
  readonly distance: number;
  /** A distance this large or smaller is sampling noise (0 for exact values: goroutine counts, unsampled profiles). */
  readonly noise: number;
  /** 'goroutines' for groups, else the sample type's unit. */
  readonly unit: string;
  /** "replica-2 has 18,000 goroutines in main.leak (main.go:40), the others 0" */
  readonly sentence: string;
}

export interface ReplicaComparisonOptions extends IncidentReadOptions {
  /** Profiles: the sample type compared; default the first profile's default (pprof's rule). */
  readonly sampleType?: string;
  /** Profiles: flat (self) or cum value per function. Default flat. */
  readonly measure?: 'flat' | 'cum';
  /** At most this many rows are kept (the most distant). Default 500. */
  readonly maxRows?: number;
}

export interface ReplicaComparison {
  readonly replicas: readonly ReplicaStatus[];
  /** The replicas whose captures were compared (names), in input order. */
  readonly compared: readonly string[];
  /** The profiles' sample type when profiles were compared. */
  readonly sampleType?: ValueType;
  readonly measure: 'flat' | 'cum';
  /** What each value is, for a table's header: "goroutines", "bytes in use (inuse_space, flat)". */
  readonly quantity: string;
  readonly rows: readonly ReplicaRow[];
  /** Rows before the cut to maxRows. */
  readonly totalRows: number;
  /** The few sentences that answer "which replica is different": the first rows', and the failures. */
  readonly answer: readonly string[];
}

const DEFAULT_MAX_ROWS = 500;
const ANSWER_ROWS = 3;

/** What the comparison keeps of one replica once its capture is read (the capture itself is let go). */
interface ReadReplica {
  readonly input: ReplicaInput;
  readonly error?: string;
  readonly kind?: Capture['kind'];
  readonly detail?: string;
  readonly goroutines: boolean;
  readonly profile: boolean;
}

/** Reads one replica's bytes (through core/input, like an incident folder's files). */
function readReplica(input: ReplicaInput, options: IncidentReadOptions): { error: string } | { capture: Capture } {
  if (input.error !== undefined) return { error: input.error };
  let bytes = input.bytes;
  if (bytes === undefined && input.read) {
    try {
      bytes = input.read();
    } catch (e) {
      return { error: `cannot read ${input.file ?? input.name}: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  if (bytes === undefined) return { error: 'no answer' };
  const { captures, unread } = gatherCaptures([{ path: input.file ?? input.name, bytes }], options);
  if (captures.length === 0) return { error: unread[0]?.reason ?? 'not a profile or a goroutine dump' };
  return { capture: captures[0] };
}

function checkNames(inputs: readonly ReplicaInput[]): void {
  const names = new ContentKeyedSet();
  for (const i of inputs) {
    if (names.has(i.name)) throw new RangeError(`replica "${i.name}" is named twice`);
    names.add(i.name);
  }
}

export function compareReplicas(inputs: readonly ReplicaInput[], options: ReplicaComparisonOptions = {}): ReplicaComparison {
  return compareAndMergeReplicas(inputs, options, false).comparison;
}

/**
 * The comparison and, when `merge`, pprof's merge of the replicas' profiles, from one read of each
 * replica: each capture is read, its rows (and its profile, into the merge a batch at a time) taken,
 * and let go before the next is read, so 10^4 replicas are held as their rows, not as 10^4 profiles.
 */
export function compareAndMergeReplicas(inputs: readonly ReplicaInput[], options: ReplicaComparisonOptions = {}, merge = true): {
  comparison: ReplicaComparison; merge: ReplicaMerge;
} {
  checkNames(inputs);
  const measure = options.measure ?? 'flat';
  const groups = new GoroutineRows();
  const functions = new ProfileRows(options.sampleType, measure);
  const merging = merge ? new StreamedMerge() : undefined;
  const read: ReadReplica[] = inputs.map(input => {
    const r = readReplica(input, options);
    if ('error' in r) return { input, error: r.error, goroutines: false, profile: false };
    const { capture } = r;
    if (capture.goroutines) groups.add(input.name, capture.goroutines.groups);
    if (capture.profile) { functions.add(input.name, capture); merging?.add({ name: input.name, profile: capture.profile }); }
    return { input, kind: capture.kind, detail: capture.detail, goroutines: capture.goroutines !== null, profile: capture.profile !== null };
  });
  // Dumps are compared by group when any replica answered with goroutines; the profile path is for the rest.
  const byGoroutines = read.some(r => r.goroutines);
  const usable = (r: ReadReplica) => byGoroutines ? r.goroutines : r.profile;
  const sampleType = byGoroutines ? undefined : functions.sampleType;
  const rowsAndErrors = byGoroutines ? { rows: groups.rows(read.filter(usable).map(r => r.input.name)), errors: new Map<string, string>() } : functions.rows();
  const statuses: ReplicaStatus[] = read.map(r => {
    const error = r.error ?? rowsAndErrors.errors.get(r.input.name) ??
      (r.kind !== undefined && !usable(r) ? `a ${r.kind} capture, not comparable with the others' ${byGoroutines ? 'goroutines' : 'profiles'}` : undefined);
    return {
      name: r.input.name,
      ...(r.input.file !== undefined ? { file: r.input.file } : {}),
      ...(error !== undefined ? { error } : {}),
      ...(r.input.elapsedMs !== undefined ? { elapsedMs: r.input.elapsedMs } : {}),
      ...(r.kind !== undefined ? { detail: r.detail ? `${r.kind}, ${r.detail}` : r.kind } : {}),
    };
  });
  const compared = statuses.filter(s => s.error === undefined).map(s => s.name);
  const rows = rowsAndErrors.rows.sort(byDistance);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const comparison: ReplicaComparison = {
    replicas: statuses, compared, ...(sampleType ? { sampleType } : {}), measure, quantity: replicaQuantity(sampleType, measure),
    rows: rows.slice(0, maxRows), totalRows: rows.length, answer: answerSentences(rows, statuses, compared),
  };
  return { comparison, merge: merging ? merging.finish() : { error: 'not merged' } };
}

/** Rows that stand out from the sampling noise first, then by distance. */
function byDistance(a: ReplicaRow, b: ReplicaRow): number {
  return Number(standsOut(b)) - Number(standsOut(a)) || b.distance - a.distance || Math.abs(b.values[b.worst]) - Math.abs(a.values[a.worst]) || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function groupName(g: GoroutineGroup): string {
  const frame = g.userFrame ?? g.frames[0];
  return frame ? `${describeFrame(frame)}${g.state ? ` (${g.state})` : ''}` : g.state || 'goroutines';
}

/** Per goroutine group (by its signature) each replica's count, gathered replica by replica. */
class GoroutineRows {
  private readonly byKey = new ContentKeyedMap<{ group: GoroutineGroup; values: Record<string, number> }>();

  add(name: string, groups: readonly GoroutineGroup[]): void {
    for (const g of groups) {
      let row = this.byKey.get(g.key);
      if (!row) { row = { group: g, values: {} }; this.byKey.set(g.key, row); }
      row.values[name] = (row.values[name] ?? 0) + g.count;
    }
  }

  /** The rows over the replicas `names` (a replica not compared contributes to none). */
  rows(names: readonly string[]): ReplicaRow[] {
    const groups = [...this.byKey.entries()];
    const rowNames = namesToldApart(groups.map(([, { group }]) => group));
    return groups.map(([key, { values }], i) => finishRow('goroutines', rowNames[i], key, names, values, 'goroutines'));
  }
}

/**
 * Each group's row name; groups that would read alike (two stacks in the runtime's netpoll wait, IO
 * wait both) say what tells them apart, as the goroutine view's sentences do: "…, via net/http.(*conn).serve (server.go:1991)".
 */
function namesToldApart(groups: readonly GoroutineGroup[]): string[] {
  const names = groups.map(groupName);
  const byName = new ContentKeyedMap<number[]>();
  names.forEach((name, i) => { const same = byName.get(name); if (same) same.push(i); else byName.set(name, [i]); });
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    const details = tellStacksApart(same.map(i => groups[i].frames));
    same.forEach((i, n) => {
      // One stack started by two creators: the creator tells them apart.
      const createdBy = groups[i].createdBy;
      const detail = details[n] || (createdBy ? `created by ${describeFrame(createdBy)}` : '');
      if (detail) names[i] = `${names[i]}, ${detail}`;
    });
  }
  return names;
}

/** Per profile function each replica's flat or cum value in one sample type, gathered replica by replica. */
class ProfileRows {
  /** The type compared: the one asked for, else the first profile's default (pprof's rule). */
  sampleType: ValueType | undefined;
  private readonly errors = new ContentKeyedMap<string>();
  private readonly byFunc = new ContentKeyedMap<Record<string, number>>();
  private readonly names: string[] = [];
  /** The compared profiles' periods, all that the sampling noise needs of them. */
  private readonly periods: Pick<Profile, 'periodType' | 'period'>[] = [];
  private kind: ReplicaRowKind = 'profile';

  constructor(private readonly asked: string | undefined, private readonly measure: 'flat' | 'cum') {}

  add(name: string, capture: Capture): void {
    const profile = capture.profile!;
    if (!this.sampleType) this.sampleType = profile.sampleTypes[sampleTypeIndex(profile, this.asked)];
    const sampleType = this.sampleType;
    const index = profile.sampleTypes.findIndex(t => t.type === sampleType.type && t.unit === sampleType.unit);
    if (index < 0) { this.errors.set(name, `has no ${sampleType.type} samples (${sampleTypeNames(profile)})`); return; }
    this.names.push(name);
    this.periods.push({ periodType: profile.periodType, period: profile.period });
    this.kind = rowKind(capture);
    for (const row of computeTop(createStackView(profile, { sampleType: index, granularity: 'functions' })).rows) {
      const value = this.measure === 'flat' ? row.flat : row.cum;
      if (value === 0) continue;
      let values = this.byFunc.get(row.func);
      if (!values) { values = {}; this.byFunc.set(row.func, values); }
      values[name] = (values[name] ?? 0) + value;
    }
  }

  rows(): { rows: ReplicaRow[]; errors: Map<string, string> } {
    const sampleType = this.sampleType;
    if (!sampleType) return { rows: [], errors: new Map() };
    const period = samplingPeriod(this.periods, sampleType);
    const rows = [...this.byFunc.entries()].map(([func, values]) => finishRow(this.kind, func, func, this.names, values, sampleType.unit, sampleType.type, period));
    return { rows, errors: this.errors };
  }
}

/**
 * How much one sample stands for in the compared sample type: the coarsest period among the
 * profiles when the period is counted in that type's unit (a heap's bytes, a CPU profile's
 * nanoseconds, contentions); 0 when values are not samples of it (objects of a heap profile).
 */
function samplingPeriod(profiles: readonly Pick<Profile, 'periodType' | 'period'>[], sampleType: ValueType): number {
  let period = 0;
  for (const p of profiles) if (p.periodType?.unit === sampleType.unit && p.period > period) period = p.period;
  return period;
}

/** A rise over noise this many periods or less is a sample or two (as the incident's heap series). */
const NOISE_PERIODS = 2.5;

/**
 * The distance from the median that sampling alone makes between replicas of one service. Each
 * replica samples on its own, so a value of v is v/period samples give or take their square root
 * (Poisson): twice the spread of two replicas' difference, and never less than two samples' worth.
 * 0 for exact values (period 1 or none).
 */
export function replicaSamplingNoise(median: number, period: number): number {
  if (period <= 1) return 0;
  return Math.max(NOISE_PERIODS * period, 2 * Math.sqrt(2 * Math.abs(median) * period));
}

export { standsOut };

function rowKind(c: Capture): ReplicaRowKind {
  switch (c.kind) {
    case 'heap': case 'allocs': case 'cpu': case 'mutex': case 'block': case 'threadcreate': return c.kind;
    case 'goroutine-dump': case 'goroutine-profile': return 'goroutines';
    default: return 'profile';
  }
}

/** The median of the values (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function finishRow(kind: ReplicaRowKind, name: string, key: string, names: readonly string[], partial: Record<string, number>, unit: string, sampleTypeName?: string, period = 0): ReplicaRow {
  const values: Record<string, number> = {};
  for (const n of names) values[n] = partial[n] ?? 0;
  const m = median(names.map(n => values[n]));
  let worst = names[0] ?? '';
  for (const n of names) {
    const d = Math.abs(values[n] - m), best = Math.abs(values[worst] - m);
    if (d > best || (d === best && values[n] > values[worst])) worst = n;
  }
  const distance = names.length > 0 ? Math.abs(values[worst] - m) : 0;
  return {
    kind, name, key, values, worst, median: m, distance, noise: replicaSamplingNoise(m, period), unit,
    sentence: rowSentence(kind, name, names, values, worst, unit, sampleTypeName),
  };
}

function formatRowValue(value: number, unit: string): string {
  return unit === 'goroutines' ? formatCount(value) : formatValue(value, unit);
}

/** "replica-2 has 18,000 goroutines in main.leak (main.go:40) (chan send), the others 0". */
function rowSentence(kind: ReplicaRowKind, name: string, names: readonly string[], values: Record<string, number>, worst: string, unit: string, sampleTypeName?: string): string {
  const value = values[worst];
  const others = names.filter(n => n !== worst).map(n => values[n]);
  const what = unit === 'goroutines'
    ? `${formatCount(value)} goroutine${value === 1 ? '' : 's'} in ${name}`
    : `${formatRowValue(value, unit)} ${sampleTypeName ?? kind} in ${name}`;
  if (others.length === 0) return `${worst} has ${what}`;
  const low = Math.min(...others), high = Math.max(...others);
  const rest = low === high ? formatRowValue(low, unit) : `${formatRowValue(low, unit)} to ${formatRowValue(high, unit)}`;
  return `${worst} has ${what}, the other${others.length === 1 ? '' : 's'} ${rest}`;
}

function answerSentences(rows: readonly ReplicaRow[], statuses: readonly ReplicaStatus[], compared: readonly string[]): string[] {
  const out: string[] = [];
  if (compared.length < 2) {
    out.push(compared.length === 1 ? `Only ${compared[0]} answered: nothing to compare it with.` : 'No replica answered with a capture to compare.');
  } else {
    const different = rows.filter(standsOut).slice(0, ANSWER_ROWS);
    if (different.length === 0) {
      out.push(rows.some(r => r.distance > 0)
        ? `The ${compared.length} replicas agree within the profiles' sampling: no value stands further from the median than a few samples.`
        : `The ${compared.length} replicas agree: every row has the same value on each.`);
    }
    for (const r of different) out.push(r.sentence);
  }
  for (const s of statuses) if (s.error !== undefined) out.push(`${s.name}: ${s.error}`);
  return out;
}

export type ReplicaMerge = { profile: Profile; merged: string[] } | { error: string };

/**
 * pprof's merge of the replicas' profiles (same sample types; samples concatenated, functions,
 * locations and mappings shared), or why there is none: no profile answered, or the sample types differ.
 */
export function mergeReplicaProfiles(inputs: readonly ReplicaInput[], options: IncidentReadOptions = {}): ReplicaMerge {
  const merging = new StreamedMerge();
  for (const input of inputs) {
    const r = readReplica(input, options);
    if ('capture' in r && r.capture.profile) merging.add({ name: input.name, profile: r.capture.profile });
  }
  return merging.finish();
}

/** Profiles merged at once: a merge of 10^4 replicas' profiles is made of merges of this many. */
export const MERGE_BATCH = 32;

/**
 * pprof's merge of profiles given one at a time, holding at most MERGE_BATCH of them and a merge per
 * level (as a binary counter carries): each full batch is merged into one, and MERGE_BATCH merges of a
 * level into one of the next. A merge sums equal samples and keeps functions, locations and mappings
 * once, in the order first seen, so the merge of merges taken in order is the merge of all (tested
 * against one merge of all); what is held is what the merged profiles hold, not every profile.
 */
export class StreamedMerge {
  /** levels[k]: merges of MERGE_BATCH^k profiles each, in the order given (every level's earlier than the one below). */
  private readonly levels: NamedProfile[][] = [[]];
  private readonly names: string[] = [];
  private error: string | undefined;

  add(named: NamedProfile): void {
    if (this.error !== undefined) return;
    this.names.push(named.name);
    try {
      this.levels[0].push(named);
      for (let k = 0; this.levels[k].length === MERGE_BATCH; k++) {
        const level = this.levels[k];
        // Named after its first profile: a refusal between merges names the first replica of each.
        const merged = { name: level[0].name, profile: mergeNamedProfiles(level) };
        this.levels[k] = [];
        if (k + 1 === this.levels.length) this.levels.push([]);
        this.levels[k + 1].push(merged);
      }
    } catch (e) {
      this.fail(e);
    }
  }

  /** Profiles and merges held now: at most MERGE_BATCH a level. */
  get held(): number {
    return this.levels.reduce((n, level) => n + level.length, 0);
  }

  finish(): ReplicaMerge {
    if (this.error !== undefined) return { error: this.error };
    if (this.names.length === 0) return { error: 'no replica answered with a pprof profile (goroutine dumps in text have no merged profile: capture goroutine-proto for one)' };
    // The earliest first: the highest level's merges, then each level's below it.
    const rest = [...this.levels].reverse().flat();
    try {
      // As `go tool pprof a b c` merges them: units of one kind shared first, a refusal naming the two replicas.
      return { profile: mergeNamedProfiles(rest), merged: this.names };
    } catch (e) {
      this.fail(e);
      return { error: this.error! };
    }
  }

  private fail(e: unknown): void {
    this.error = e instanceof Error ? e.message : String(e);
    this.levels.length = 0;
    this.levels.push([]);
  }
}
