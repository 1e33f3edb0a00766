// Differential sweep of the view options against `go tool pprof` (needs Go):
//
//   node --import tsx scripts/sweep-options.ts [--runs N] [--seed S] [--only SUBSTRING] [--verbose]
//
// For every profile fixture (corpus, generated, synthetic, producers) it draws random but valid
// option combinations from what the profile holds (its sample types, function names, label keys
// and values, a base of the same sample types) and runs the same query through `go tool pprof`
// and through goprof's command table in this process, comparing as the golden tests do: -top,
// -peek, -traces and -tree text line for line (edges of equal weight as a set), -dot as nodes,
// edges and legend (graph --json), -list by its routine headers. A difference is shrunk to the
// fewest options that still show it, and the differences are printed grouped by those options:
// each group is a class to fix in src/core, and its smallest query a case for the goldens.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from '../src/cli/main';
import { parseProfile } from '../src/core/pprof/parse';
import { sniffProfileKind } from '../src/core/pprof/sniff';
import type { Profile } from '../src/core/pprof/model';
import { canonicalEdgeOrder, firstDifference, routinesOf } from '../test/unit/pprof/viewText';
import { comparableLegend, formatJson, parseDot } from '../test/unit/report/dotComparison';

const root = resolve(__dirname, '..');
const FIXTURE_DIRS = ['test/fixtures/corpus', 'test/fixtures/pprof/generated', 'test/fixtures/pprof/synthetic', 'test/fixtures/pprof/producers'];

/** One option as both tools spell it; shrinking drops whole options. */
interface QueryOption { name: string; pprof: string[]; goprof: string[] }

type View = 'top' | 'peek' | 'traces' | 'tree' | 'graph' | 'list';

interface Query { profile: string; view: View; regex?: string; options: QueryOption[] }

interface ProfileFacts {
  rel: string;
  sampleTypes: { type: string; unit: string }[];
  periodType: string;
  defaultUnit: string;
  functionNames: string[];
  stringLabels: Map<string, string[]>;
  numberLabels: Map<string, { values: number[]; unit: string }>;
}

/** A small seeded generator (mulberry32): a run is repeatable from its seed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function factsOf(rel: string): ProfileFacts | undefined {
  const bytes = readFileSync(join(root, rel));
  const kind = sniffProfileKind(bytes).kind;
  if (kind !== 'pprof' && kind !== 'pprof-text' && kind !== 'pprof-legacy-cpu') return undefined;
  let profile: Profile;
  try { profile = parseProfile(bytes); } catch { return undefined; }
  if (profile.sampleTypes.length === 0) return undefined;
  // pprof reads a legacy text profile's addresses but not its "#" symbol lines: without the
  // binary it prints <unknown> frames, which no query can be compared on (the goldens compare
  // only its totals).
  if (kind === 'pprof-text' && /<unknown>/.test(runPprof({ profile: rel, view: 'top', options: [] }).out)) return undefined;
  const used = new Set<string>();
  const s = profile.samples;
  for (let k = 0; k < s.locations.length && used.size < 400; k++) {
    for (const line of profile.locations[s.locations[k]]?.lines ?? []) {
      const name = profile.functions[line.functionIndex]?.name;
      if (name) used.add(name);
    }
  }
  const stringLabels = new Map<string, string[]>();
  const numberLabels = new Map<string, { values: number[]; unit: string }>();
  for (let j = 0; j < s.labelKey.length; j++) {
    const key = profile.strings[s.labelKey[j]];
    if (s.labelStr[j] !== 0) {
      const values = stringLabels.get(key) ?? [];
      const value = profile.strings[s.labelStr[j]];
      if (values.length < 50 && !values.includes(value)) values.push(value);
      stringLabels.set(key, values);
    } else {
      const entry = numberLabels.get(key) ?? { values: [], unit: profile.strings[s.labelUnit[j]] ?? '' };
      if (entry.values.length < 200) entry.values.push(s.labelNum[j]);
      numberLabels.set(key, entry);
    }
  }
  const defaultType = profile.sampleTypes[profile.defaultSampleTypeIndex] ?? profile.sampleTypes[profile.sampleTypes.length - 1];
  return {
    rel, sampleTypes: profile.sampleTypes.map(t => ({ type: t.type, unit: t.unit })),
    periodType: `${profile.periodType?.type ?? ''}/${profile.periodType?.unit ?? ''}`,
    defaultUnit: defaultType.unit, functionNames: [...used].sort(), stringLabels, numberLabels,
  };
}

/** Units pprof's -unit takes for values of `unit`. */
function unitChoices(unit: string): string[] {
  if (unit === 'bytes') return ['B', 'kB', 'MB', 'GB', 'auto', 'minimum'];
  if (unit === 'nanoseconds') return ['ns', 'us', 'ms', 's', 'auto', 'minimum'];
  if (unit === 'microseconds') return ['us', 'ms', 's', 'auto'];
  return ['auto', 'minimum'];
}

/** Units a numeric label range is written in, for a key of `unit`, with their size in that unit. */
function rangeUnits(unit: string): [string, number][] {
  if (unit === 'bytes') return [['b', 1], ['kb', 1024], ['mb', 1 << 20]];
  if (unit === 'nanoseconds') return [['ns', 1], ['us', 1e3], ['ms', 1e6], ['s', 1e9]];
  return [['', 1]];
}

class QueryMaker {
  constructor(private readonly random: () => number, private readonly bases: Map<string, ProfileFacts[]>) {}

  private pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.random() * xs.length)]; }
  private chance(p: number): boolean { return this.random() < p; }

  /** A regex on function names: a part of a name, a whole name anchored, or two of them. */
  functionRegex(f: ProfileFacts): string {
    if (f.functionNames.length === 0) return 'main';
    const name = this.pick(f.functionNames);
    const r = this.random();
    if (r < 0.3) return `^${escapeRegex(name)}$`;
    const parts = name.split(/[./()*\s[\]]+/).filter(p => p.length >= 3);
    const part = parts.length ? escapeRegex(this.pick(parts)) : escapeRegex(name);
    if (r < 0.45) return `${part}|${escapeRegex(this.pick(f.functionNames).split(/[./()*\s]+/).filter(p => p.length >= 3).pop() ?? 'main')}`;
    return part;
  }

  private tagFilter(f: ProfileFacts): string | undefined {
    const strings = [...f.stringLabels.keys()], numbers = [...f.numberLabels.keys()];
    if (strings.length + numbers.length === 0) return undefined;
    if (numbers.length && (strings.length === 0 || this.chance(0.5))) {
      const key = this.pick(numbers);
      const { values, unit } = f.numberLabels.get(key)!;
      // pprof reads a key without a declared unit as bytes for "bytes"-like keys, else as the key itself.
      const keyUnit = unit || (key === 'bytes' ? 'bytes' : key);
      const [suffix, size] = this.pick(rangeUnits(keyUnit));
      const bound = (): string => `${Math.max(0, Math.floor(this.pick(values) / size * (0.5 + this.random())))}${suffix}`;
      const ranges = [`${bound()}:`, `:${bound()}`, bound(), `${bound()}:${bound()}`];
      return `${this.chance(0.85) ? `${key}=` : ''}${this.pick(ranges)}`;
    }
    const key = this.pick(strings);
    const values = f.stringLabels.get(key)!;
    const value = (): string => escapeRegex(this.pick(values));
    const r = this.random();
    if (r < 0.5) return `${key}=${value()}`;
    if (r < 0.75) return `${key}=${value()},${value()}`;
    return value();
  }

  private labelKeys(f: ProfileFacts): string | undefined {
    const keys = [...f.stringLabels.keys(), ...f.numberLabels.keys()];
    if (keys.length === 0) return undefined;
    const first = this.pick(keys);
    if (this.chance(0.3)) return `${first},${this.chance(0.2) ? 'no_such_key' : this.pick(keys)}`;
    return first;
  }

  query(f: ProfileFacts): Query {
    const view = this.pick<View>(['top', 'top', 'peek', 'traces', 'tree', 'tree', 'graph', 'graph', 'list']);
    const options: QueryOption[] = [];
    const add = (name: string, value?: string, goprofName = name.replace(/_/g, '-')): void => {
      options.push({ name, pprof: [value === undefined ? `-${name}` : `-${name}=${value}`], goprof: value === undefined ? [`--${goprofName}`] : [`--${goprofName}`, value] });
    };
    let unit = f.defaultUnit;
    if (f.sampleTypes.length > 1 && this.chance(0.4)) {
      const i = Math.floor(this.random() * f.sampleTypes.length);
      unit = f.sampleTypes[i].unit;
      add('sample_index', this.chance(0.8) && f.sampleTypes[i].type ? f.sampleTypes[i].type : String(i));
    }
    if (this.chance(0.3)) add('focus', this.functionRegex(f));
    if (this.chance(0.25)) add('ignore', this.functionRegex(f));
    if (this.chance(0.2)) add('hide', this.functionRegex(f));
    if (this.chance(0.12)) add('show', this.functionRegex(f));
    if (this.chance(0.15)) add('show_from', this.functionRegex(f));
    if (this.chance(0.4)) { const t = this.tagFilter(f); if (t !== undefined) add('tagfocus', t); }
    if (this.chance(0.3)) { const t = this.tagFilter(f); if (t !== undefined) add('tagignore', t); }
    if (this.chance(0.3)) { const k = this.labelKeys(f); if (k !== undefined) add('tagroot', k); }
    if (this.chance(0.2)) { const k = this.labelKeys(f); if (k !== undefined) add('tagleaf', k); }
    if (this.chance(0.35)) {
      const g = this.pick(['functions', 'filefunctions', 'files', 'lines']);
      options.push({ name: g, pprof: [`-${g}`], goprof: ['--granularity', g] });
    }
    const bases = (this.bases.get(baseGroup(f)) ?? []).filter(b => b.rel !== f.rel || this.chance(0.2));
    if (bases.length && this.chance(0.3)) {
      add(this.chance(0.6) ? 'diff_base' : 'base', this.pick(bases).rel);
      if (this.chance(0.4)) add('normalize');
    }
    if (view !== 'traces' && view !== 'list' && this.chance(0.3)) add('nodecount', String(1 + Math.floor(this.random() * (this.chance(0.5) ? 10 : 120))));
    if ((view === 'graph' || view === 'tree') && this.chance(0.15)) add('nodefraction', this.pick(['0', '0.001', '0.01', '0.05']));
    if (view === 'graph' && this.chance(0.15)) add('edgefraction', this.pick(['0', '0.001', '0.01', '0.05']));
    if (this.chance(0.45)) add('unit', this.pick(unitChoices(unit)));
    const regex = view === 'peek' || view === 'list' ? this.functionRegex(f) : undefined;
    return { profile: f.rel, view, regex, options };
  }
}

/** pprof merges a base only into a profile of the same sample and period types. */
function baseGroup(f: ProfileFacts): string {
  return JSON.stringify([f.sampleTypes, f.periodType]);
}

function pprofArgs(q: Query): string[] {
  const view = q.view === 'graph' ? ['-dot'] : q.regex !== undefined ? [`-${q.view}=${q.regex}`] : [`-${q.view}`];
  // -list reads no sources here: only its routine headers are compared (the producers' golden rule).
  const sources = q.view === 'list' ? ['-source_path=/no-such-dir', '-trim_path=/no-such-prefix'] : [];
  return [...view, ...sources, ...q.options.flatMap(o => o.pprof), q.profile];
}

function goprofArgs(q: Query): string[] {
  const abs = (a: string): string => (a.startsWith('test/fixtures/') ? join(root, a) : a);
  return [q.view, abs(q.profile), ...(q.regex !== undefined ? [q.regex] : []), ...q.options.flatMap(o => o.goprof.map(abs)), ...(q.view === 'graph' ? ['--json'] : [])];
}

function commandLine(q: Query): string {
  return `go tool pprof ${pprofArgs(q).map(a => (/^[\w./=:,@+-]*$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(' ')}`;
}

function runPprof(q: Query): { out: string; failed: boolean } {
  try {
    const out = execFileSync('go', ['tool', 'pprof', ...pprofArgs(q)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28, env: { ...process.env, TZ: 'UTC' } });
    return { out, failed: false };
  } catch (e) {
    return { out: String((e as { stderr?: string }).stderr ?? e), failed: true };
  }
}

async function runGoprof(q: Query): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(goprofArgs(q), { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

/** undefined when both agree (as the golden tests judge), else what differs, in one line. */
async function difference(q: Query): Promise<string | undefined> {
  const theirs = runPprof(q);
  const ours = await runGoprof(q);
  if (theirs.failed) {
    // pprof refuses: the goldens let us refuse too (in one line), or read it (a malformed profile
    // with a warning, a legacy profile pprof does not know); only a refusal of ours is checked.
    return ours.code === 0 || ours.err.trim().split('\n').length === 1 ? undefined : `goprof fails in ${ours.err.trim().split('\n').length} lines`;
  }
  if (ours.code !== 0) return `goprof fails: ${ours.err.trim().split('\n')[0].slice(0, 160)}`;
    if (q.view === 'list') {
    const [a, b] = [routinesOf(ours.out), routinesOf(theirs.out)];
    const at = a.findIndex((l, i) => l !== b[i]);
    return a.length === b.length && at < 0 ? undefined : `routine headers: ours ${JSON.stringify(a[at] ?? a[a.length - 1] ?? '')} pprof ${JSON.stringify(b[at] ?? b[b.length - 1] ?? '')}`;
  }
  if (q.view === 'graph') {
    const parsed = parseDot(theirs.out);
    const unitOption = q.options.find(o => o.name === 'unit');
    const mine = formatJson(JSON.parse(ours.out), unitOption?.goprof[1] ?? 'minimum');
    const nodes = (n: { name: string; flat: string; cum: string }[]) => n.map(x => `${x.name} ${x.flat} ${x.cum}`);
    const [an, bn] = [nodes(mine.nodes), nodes(parsed.nodes)];
    const at = an.findIndex((l, i) => l !== bn[i]);
    if (at >= 0 || an.length !== bn.length) return `nodes: ours ${JSON.stringify(an[at] ?? `${an.length} nodes`)} pprof ${JSON.stringify(bn[at] ?? `${bn.length} nodes`)}`;
    const [ae, be] = [[...mine.edges].sort(), [...parsed.edges].sort()];
    const onlyOurs = ae.filter(e => !parsed.edges.has(e)), onlyTheirs = be.filter(e => !mine.edges.has(e));
    if (onlyOurs.length || onlyTheirs.length) return `edges: ours only ${JSON.stringify(onlyOurs[0] ?? '')} pprof only ${JSON.stringify(onlyTheirs[0] ?? '')}`;
    const [al, bl] = [comparableLegend(mine.legend), comparableLegend(parsed.legend)];
    return JSON.stringify(al) === JSON.stringify(bl) ? undefined : `legend: ours ${JSON.stringify(al)} pprof ${JSON.stringify(bl)}`;
  }
  if (ours.out === theirs.out) return undefined;
  const [a, b] = [canonicalEdgeOrder(ours.out), canonicalEdgeOrder(theirs.out)];
  return a === b ? undefined : firstDifference(a, b).replace(/\n\s*/g, ' ');
}

/** The fewest options (dropped one at a time) with which the query still differs. */
async function shrink(q: Query): Promise<{ query: Query; diff: string }> {
  let current = q;
  let diff = (await difference(q))!;
  for (let i = current.options.length - 1; i >= 0; i--) {
    const fewer = { ...current, options: current.options.filter((_, j) => j !== i) };
    // -normalize needs its base.
    if (fewer.options.some(o => o.name === 'normalize') && !fewer.options.some(o => o.name === 'base' || o.name === 'diff_base')) continue;
    const d = await difference(fewer);
    if (d !== undefined) { current = fewer; diff = d; }
  }
  return { query: current, diff };
}

async function main(): Promise<void> {
  process.env.TZ = 'UTC';
  const argv = process.argv.slice(2);
  const flag = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  const runs = Number(flag('--runs') ?? 8);
  const seed = Number(flag('--seed') ?? 1);
  const only = flag('--only');
  const verbose = argv.includes('--verbose');
  const facts = FIXTURE_DIRS.flatMap(d => readdirSync(join(root, d), { withFileTypes: true }).filter(e => e.isFile()).map(e => `${d}/${e.name}`))
    .sort().map(factsOf).filter((f): f is ProfileFacts => f !== undefined);
  const bases = new Map<string, ProfileFacts[]>();
  for (const f of facts) bases.set(baseGroup(f), [...(bases.get(baseGroup(f)) ?? []), f]);
  const maker = new QueryMaker(generator(seed), bases);
  const classes = new Map<string, { count: number; example: Query; diff: string }>();
  let compared = 0;
  for (const f of facts) {
    // Every profile draws its queries (so a seed means the same queries whatever --only keeps).
    const queries = Array.from({ length: runs }, () => maker.query(f));
    if (only !== undefined && !f.rel.includes(only)) continue;
    for (const q of queries) {
      compared++;
      if ((await difference(q)) === undefined) { if (verbose) console.log(`ok   ${commandLine(q)}`); continue; }
      const small = await shrink(q);
      const key = `${small.query.view} ${small.query.options.map(o => o.name).sort().join(' ') || '(no options)'}: ${small.diff.replace(/\d[\d.]*/g, '#').slice(0, 60)}`;
      const seen = classes.get(key);
      if (seen) seen.count++;
      else classes.set(key, { count: 1, example: small.query, diff: small.diff });
      console.log(`DIFF ${commandLine(small.query)}\n     ${small.diff}`);
    }
  }
  console.log(`\n${compared} queries on ${facts.length} profiles (seed ${seed}); ${classes.size} classes of difference`);
  for (const [key, c] of [...classes].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`\n[${c.count}] ${key}\n  ${commandLine(c.example)}\n  ${c.diff}`);
  }
  process.exitCode = classes.size ? 1 : 0;
}

void main();
