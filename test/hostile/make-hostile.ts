// Crafted inputs that once hung or bloated the extension: small ones are written to
// test/fixtures/hostile (`npx tsx test/hostile/make-hostile.ts`, deterministic bytes), big
// ones are made on the fly by the tests and the benchmark with the functions below.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { Profile, StringTable } from 'pprof-format';

export const hostileDir = join(__dirname, '..', 'fixtures', 'hostile');
const MB = 1 << 20;

/** A profile whose own drop_frames is `(a+)+b` and whose one function is "aaaa…a!": a backtracking engine never ends. */
export function dropFramesRedos(): Uint8Array {
  const st = new StringTable();
  const name = st.dedup('a'.repeat(40) + '!');
  const p = new Profile({
    stringTable: st,
    sampleType: [{ type: st.dedup('samples'), unit: st.dedup('count') }],
    function: [{ id: 1, name, systemName: name, filename: st.dedup('a.go') }],
    location: [{ id: 1, address: 0x1000, line: [{ functionId: 1, line: 1 }] }],
    sample: [{ locationId: [1], value: [1] }],
    dropFrames: st.dedup('(a+)+b'),
  });
  return gzipSync(p.encode(), { level: 9 });
}

/**
 * A profile of n samples of one stack, sample k labelled bytes = k × (2^32 + 1): the two 32-bit
 * halves of every value are equal, so a hash that mixes the halves into one word (as ours once
 * did) gives every label set the same hash and each new set scans all the earlier ones.
 */
export function collidingLabelValues(n: number): Uint8Array {
  const st = new StringTable();
  const name = st.dedup('main.alloc');
  const bytes = st.dedup('bytes');
  const sample = Array.from({ length: n }, (_, k) => ({ locationId: [1], value: [1], label: [{ key: bytes, num: (k + 1) * 4294967297 }] }));
  const p = new Profile({
    stringTable: st,
    sampleType: [{ type: st.dedup('inuse_space'), unit: st.dedup('bytes') }],
    function: [{ id: 1, name, systemName: name, filename: st.dedup('main.go') }],
    location: [{ id: 1, address: 0x1000, line: [{ functionId: 1, line: 1 }] }],
    sample,
  });
  return p.encode();
}

/** V8's hash of a small-integer Map key (ComputeUnseededHash): the same in every process. */
function v8IntegerHash(key: number): number {
  let h = (~key + (key << 15)) | 0;
  h ^= h >>> 12; h = (h + (h << 2)) | 0; h ^= h >>> 4; h = Math.imul(h, 2057); h ^= h >>> 16;
  return h & 0x3fffffff;
}

/**
 * A profile of n locations (one sample each) whose ids V8 hashes into one bucket of a Map with
 * up to 2^13 buckets: ids far apart, so a decoder indexes them sparsely; a Map keyed by them
 * takes ~30 s for 100k (each insert walks one long chain).
 */
export function collidingLocationIds(n: number): Uint8Array {
  const ids: number[] = [];
  for (let k = 1; ids.length < n; k++) if ((v8IntegerHash(k) & 0x1fff) === 0) ids.push(k);
  const st = new StringTable();
  const name = st.dedup('main.f');
  const p = new Profile({
    stringTable: st,
    sampleType: [{ type: st.dedup('samples'), unit: st.dedup('count') }],
    function: [{ id: 1, name, systemName: name, filename: st.dedup('main.go') }],
    location: ids.map((id, i) => ({ id, address: 0x1000 + i, line: [{ functionId: 1, line: 1 + (i % 1000) }] })),
    sample: ids.map(id => ({ locationId: [id], value: [1] })),
  });
  return p.encode();
}

/** A legacy heap profile with one sample and a 1 MB "#" symbol line of "+0x1 " pieces (no file:line). */
export function heapLongSymbolLine(): Uint8Array {
  const text = 'heap profile: 1: 16 [1: 16] @ heap/1048576\n1: 16 [1: 16] @ 0x1001\n' +
    '#\t0x1000\tf' + '+0x1 :'.repeat(MB / 6) + 'x\n';
  return gzipSync(text, { level: 9 });
}

/** A debug=1 goroutine profile whose labels line is 1 MB of escaped quotes: `# labels: {"\"\"…`. */
export function debug1LongLabels(): Uint8Array {
  const text = 'goroutine profile: total 1\n1 @ 0x1001\n# labels: {"' + '\\"'.repeat(MB / 2) + '\n' +
    '#\t0x1000\tmain.main+0x1\t/src/main.go:10\n';
  return gzipSync(text, { level: 9 });
}

/** Word writer for legacy binary CPU profiles (64-bit little endian). */
function legacyCpuWords(words: number[]): Buffer {
  const b = Buffer.alloc(words.length * 8);
  words.forEach((w, i) => b.writeBigUInt64LE(BigInt(w), i * 8));
  return b;
}

/** A legacy CPU profile with `stacks` one-frame samples at distinct PCs and the memory map `maps`. */
export function legacyCpu(stacks: number[], maps: string): Buffer {
  const words = [0, 3, 0, 10000, 0];
  for (const pc of stacks) words.push(1, 1, pc);
  words.push(0, 1, 0);
  return Buffer.concat([legacyCpuWords(words), Buffer.from(maps)]);
}

/** A legacy CPU profile whose one mapping line is 1 MB long ("x" permissions that never end). */
export function legacyCpuLongMapping(): Uint8Array {
  return gzipSync(legacyCpu([0x1000], '1000-2000 ' + 'x'.repeat(MB) + '\n'), { level: 9 });
}

/** A legacy CPU profile with n locations and n mappings, each location in its own mapping (~5 MB for 100k). */
export function legacyCpuManyMappings(n: number): Buffer {
  const pcs = Array.from({ length: n }, (_, i) => 0x400000 + i * 0x1000 + 0x10);
  const maps = pcs.map((_, i) => {
    const start = (0x400000 + i * 0x1000).toString(16), limit = (0x400000 + (i + 1) * 0x1000).toString(16);
    return `${start}-${limit} r-xp 00000000 08:01 ${i} /lib/lib${i}.so\n`;
  }).join('');
  return legacyCpu(pcs, maps);
}

/** Writes a single-member gzip of `unzippedBytes` zero bytes (a "bomb": ~1 KB per MB) to `file`. */
export async function writeGzipBomb(file: string, unzippedBytes: number): Promise<void> {
  const gzip = createGzip({ level: 9 });
  const done = new Promise<void>((resolve, reject) => {
    gzip.pipe(createWriteStream(file)).on('finish', resolve).on('error', reject);
  });
  const zeros = Buffer.alloc(MB);
  for (let left = unzippedBytes; left > 0; left -= MB) {
    if (!gzip.write(left >= MB ? zeros : zeros.subarray(0, left))) await new Promise(r => gzip.once('drain', r));
  }
  gzip.end();
  await done;
}

/** A small linear congruential generator: the same junk on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/**
 * `count` lines of log-like junk in which slivers read like goroutine headers by chance (one line
 * in fifty a bare header, one in a hundred a header quoted inside prose), and `headerLines`, how
 * many lines start with "goroutine ".
 */
export function junkLines(seed: number, count: number): { lines: string[]; headerLines: number } {
  const next = random(seed);
  const words = ['the', 'goroutine', 'request', 'failed', '[chan', 'send]:', 'retry', 'at', '0x1f', 'panic', 'main.go:12', '{', '}', 'ok'];
  const lines: string[] = [];
  let headerLines = 0;
  for (let i = 0; i < count; i++) {
    const r = next();
    if (r < 0.02) { lines.push(`goroutine ${Math.floor(next() * 1e6)} [${['chan send', 'running', 'select'][i % 3]}]:`); headerLines++; }
    else if (r < 0.03) lines.push(`  log: goroutine ${i} [IO wait]: see above`);
    else {
      const n = 1 + Math.floor(next() * 12);
      lines.push(Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' '));
    }
  }
  return { lines, headerLines };
}

export const smallHostileFiles: Record<string, () => Uint8Array> = {
  'dropframes-redos.pb.gz': dropFramesRedos,
  'heap-long-symbol-line.txt.gz': heapLongSymbolLine,
  'debug1-long-labels.txt.gz': debug1LongLabels,
  'legacy-cpu-long-mapping.prof.gz': legacyCpuLongMapping,
};

if (require.main === module) {
  mkdirSync(hostileDir, { recursive: true });
  for (const [name, make] of Object.entries(smallHostileFiles)) writeFileSync(join(hostileDir, name), make());
  console.log(`wrote ${Object.keys(smallHostileFiles).length} files to ${hostileDir}`);
}

/**
 * A CPU profile of two samples whose stack is `depth` frames deep (the second: its outer half),
 * each frame its own function, or with `recursive` one function calling itself: a walk that
 * recurses once per frame overflows the JavaScript stack.
 */
export function deepStackProfile(depth: number, recursive: boolean): Uint8Array {
  const st = new StringTable();
  const file = st.dedup('main.go');
  const functions = Array.from({ length: recursive ? 1 : depth }, (_, i) => {
    const name = st.dedup(`main.f${i}`);
    return { id: i + 1, name, systemName: name, filename: file };
  });
  const location = Array.from({ length: depth }, (_, i) => ({
    id: i + 1, address: 0x1000 + i, line: [{ functionId: recursive ? 1 : i + 1, line: recursive ? i % 7 + 1 : i + 1 }],
  }));
  const stack = location.map(l => l.id);
  const p = new Profile({
    stringTable: st,
    sampleType: [{ type: st.dedup('samples'), unit: st.dedup('count') }, { type: st.dedup('cpu'), unit: st.dedup('nanoseconds') }],
    function: functions, location,
    sample: [{ locationId: stack, value: [1, 10_000_000] }, { locationId: stack.slice(depth / 2), value: [2, 20_000_000] }],
  });
  return gzipSync(p.encode());
}

/** A goroutine dump of one goroutine `depth` frames deep, each frame its own function (Go prints 100 at most; hand-made text can hold more). */
export function deepGoroutineDump(depth: number): string {
  const lines = ['goroutine 1 [chan receive]:'];
  for (let f = 0; f < depth; f++) lines.push(`main.f${f}(0x1)`, `\t/src/main.go:${f + 1} +0x1d`);
  return lines.join('\n') + '\n';
}
