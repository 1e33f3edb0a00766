// Crafted profile.proto files, one per class of hostile input: odd or out-of-range fields and
// tables repeated far past what Go writes. `scale` multiplies the counts (1: a few MB, the unit
// tests; 10–100: the attack script's big files). Each returns the raw (not gzipped) bytes.
import { fn, label, lfield, loc, packed, sample, str, valueType, vfield } from './protoWriter';

/** Strings 0..7 of every profile below; functions 1 (main.f) and 2 (main.g), locations 1 and 2. */
const STRINGS = ['', 'samples', 'count', 'cpu', 'nanoseconds', 'main.f', 'main.go', 'main.g'];
const S = { samples: 1, count: 2, cpu: 3, ns: 4, f: 5, file: 6, g: 7 };

function header(extraStrings: string[] = []): Buffer[] {
  return [
    ...[...STRINGS, ...extraStrings].map(str),
    valueType(1, S.samples, S.count), valueType(1, S.cpu, S.ns), valueType(11, S.cpu, S.ns), vfield(12, 10_000_000),
    fn(1, S.f, S.file), fn(2, S.g, S.file),
  ];
}
const twoLocations = (): Buffer[] => [loc(1, [[1, 10]]), loc(2, [[2, 20]])];

/** Names no compiler writes, each made to escape the format that quotes it. */
export const HOSTILE_NAMES = ['main.<script>&amp;"x"', 'a|b|c\nnext line', '\u202etxt.exe', 'ctl\u0001\u0007\u001b[31m\u009b', 'q\'uote</text>', ']]>', '=cmd|calc!A1', '+SUM(1)', '@x', '\u0000nul', '\u2066isolate\u2069'];

function repeat<T>(n: number, make: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(i));
}

export const hostileProfiles: Record<string, (scale: number) => Buffer> = {
  /** 1M × scale string table entries, all empty (2 bytes each). */
  'empty-strings': scale => Buffer.concat([...header(), ...repeat(1_000_000 * scale, () => str('')), ...twoLocations(), sample([1, 2], [1, 10])]),
  /** One sample whose stack is 1M × scale location ids (alternating two locations). */
  'huge-stack': scale => Buffer.concat([...header(), ...twoLocations(), sample(repeat(1_000_000 * scale, i => 1 + (i & 1)), [1, 10])]),
  /** The same location repeated 100k × scale times in one sample (deep recursion), and its outer half. */
  'recursion-100k': scale => {
    const stack = repeat(100_000 * scale, () => 1);
    return Buffer.concat([...header(), ...twoLocations(), sample([2, ...stack], [1, 10]), sample(stack.slice(stack.length / 2), [2, 20])]);
  },
  /** A sample pointing at location 3, which does not exist. */
  'missing-location': () => Buffer.concat([...header(), ...twoLocations(), sample([1, 3, 2], [1, 10])]),
  /** A location whose lines inline the same two functions 100k × scale times (an "inlining cycle"). */
  'inline-cycle': scale => Buffer.concat([...header(), loc(1, repeat(100_000 * scale, i => [1 + (i & 1), i % 100])), loc(2, [[2, 20]]), sample([1, 2], [1, 10]), sample([2], [1, 10])]),
  /** 1M × scale locations, each with one line of nothing (2–4 bytes each), and a sample using the last. */
  'many-empty-locations': scale => Buffer.concat([...header(), ...repeat(1_000_000 * scale, i => loc(i + 1, [])), sample([1_000_000 * scale], [1, 10])]),
  /** A location with 1M × scale empty Line messages (2 bytes each). */
  'many-empty-lines': scale => Buffer.concat([...header(), lfield(4, vfield(1, 1), Buffer.alloc(2_000_000 * scale).fill(Buffer.from([0x22, 0x00]))), ...[loc(2, [[2, 20]])], sample([1, 2], [1, 10])]),
  /** 1M × scale empty Function messages (ids 0) and as many empty Mapping messages. */
  'many-empty-functions': scale => Buffer.concat([...header(), Buffer.alloc(2_000_000 * scale).fill(Buffer.from([0x2a, 0x00])), Buffer.alloc(2_000_000 * scale).fill(Buffer.from([0x1a, 0x00])), ...twoLocations(), sample([1, 2], [1, 10])]),
  /** 1M × scale empty samples (no stack) next to one real one. */
  'many-empty-samples': scale => Buffer.concat([...header(), ...twoLocations(), Buffer.alloc(2_000_000 * scale).fill(Buffer.from([0x12, 0x00])), sample([1, 2], [1, 10])]),
  /** One sample with 1M × scale labels (the same key, its own number each). */
  'million-labels': scale => Buffer.concat([...header(['key']), ...twoLocations(), lfield(2, packed(1, [1, 2]), packed(2, [1, 10]), Buffer.concat(repeat(1_000_000 * scale, i => label(8, 0, i + 1))))]),
  /** 200k × scale samples, each with its own string label (a label set each). */
  'distinct-label-sets': scale => {
    const n = 200_000 * scale;
    return Buffer.concat([...header(['key', ...repeat(n, i => `v${i}`)]), ...twoLocations(), ...repeat(n, i => sample([1 + (i & 1), 2], [1, 10], label(8, 9 + i)))]);
  },
  /** A label whose key and value are 10 MB × scale strings. */
  'huge-label': scale => Buffer.concat([...header(['k'.repeat(10_000_000 * scale), 'v'.repeat(10_000_000 * scale)]), ...twoLocations(), sample([1, 2], [1, 10], label(8, 9))]),
  /** Numeric labels with units, values at the int64 extremes. */
  'num-label-units': () => Buffer.concat([...header(['bytes', 'request', 'seconds']), ...twoLocations(),
    sample([1, 2], [1, 10], label(8, 0, Number.MAX_SAFE_INTEGER, 8), label(9, 0, -1, 10)),
    sample([2], [1, 10], lfield(3, vfield(1, 8), vfield(3, -9223372036854775808n), vfield(4, 8)))]),
  /** Period and duration at int64's extremes, time negative. */
  'huge-period': () => Buffer.concat([...header(), ...twoLocations(), sample([1, 2], [1, 10]), vfield(12, 9223372036854775807n), vfield(10, 9223372036854775807n), vfield(9, -1)]),
  /** No period_type and no period. */
  'no-period-type': () => Buffer.concat([...STRINGS.map(str), valueType(1, S.samples, S.count), fn(1, S.f, S.file), fn(2, S.g, S.file), ...twoLocations(), sample([1, 2], [5])]),
  /** No sample type at all (samples with no values). */
  'no-sample-types': () => Buffer.concat([...STRINGS.map(str), fn(1, S.f, S.file), fn(2, S.g, S.file), ...twoLocations(), sample([1, 2], [])]),
  /** 1000 sample types, every sample with 1000 values. */
  'thousand-sample-types': scale => Buffer.concat([...STRINGS.map(str), ...repeat(1000, i => str(`t${i}`)), ...repeat(1000, i => valueType(1, 8 + i, S.count)),
    fn(1, S.f, S.file), fn(2, S.g, S.file), ...twoLocations(), ...repeat(1000 * scale, i => sample([1 + (i & 1), 2], repeat(1000, j => j)))]),
  /** default_sample_type a string index far past the table. */
  'default-type-out-of-range': () => Buffer.concat([...header(), ...twoLocations(), sample([1, 2], [1, 10]), vfield(14, 1_000_000_000)]),
  /** default_sample_type a string that names no sample type. */
  'default-type-unknown': () => Buffer.concat([...header(), ...twoLocations(), sample([1, 2], [1, 10]), vfield(14, S.f)]),
  /** Mappings overlapping, zero-sized, limit below start; 100k × scale of them, locations in them by address. */
  'odd-mappings': scale => {
    const n = 100_000 * scale;
    const mappings = repeat(n, i => lfield(3, vfield(1, i + 1), vfield(2, 0x1000 + (i % 3 === 0 ? 0 : i)), vfield(3, i % 3 === 1 ? 0x1000 + i : (i % 3 === 2 ? 0x500 : 0x100000)), vfield(5, S.file)));
    return Buffer.concat([...header(), ...mappings, ...repeat(n, i => loc(i + 1, [[1 + (i & 1), i % 1000]], i + 1, 0x1000 + i)), ...repeat(n, i => sample([i + 1, ((i + 7) % n) + 1], [1, 10]))]);
  },
  /** A function whose name is string 10^9. */
  'function-name-out-of-range': () => Buffer.concat([...STRINGS.map(str), valueType(1, S.samples, S.count), lfield(5, vfield(1, 1), vfield(2, 1_000_000_000)), loc(1, [[1, 1]]), sample([1], [1])]),
  /** A goroutine profile whose one location inlines 200k × scale calls. */
  'goroutine-inline-deep': scale => Buffer.concat([...['', 'goroutine', 'count', 'main.f', 'main.go'].map(str), valueType(1, 1, 2), fn(1, 3, 4),
    loc(1, repeat(200_000 * scale, i => [1, i % 100 + 1])), sample([1], [3])]),
  /** A varint of 11 bytes where a tag is. */
  'varint-11-bytes': () => Buffer.concat([...header(), Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01])]),
  /** A length of -1 (2^64 - 1) on a sample. */
  'negative-length': () => Buffer.concat([...header(), Buffer.from([0x12, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), Buffer.alloc(16)]),
  /** A length of 2^31 on the string table entry. */
  'huge-length': () => Buffer.concat([...header(), Buffer.from([0x32, 0x80, 0x80, 0x80, 0x80, 0x08]), Buffer.alloc(16)]),
  /** 100k × scale nested length-delimited messages inside an unknown field (protobuf nesting). */
  'deep-nesting': scale => {
    let inner: Buffer = Buffer.from([0x08, 0x01]);
    for (let i = 0; i < 1000 * scale; i++) inner = lfield(15, inner);
    return Buffer.concat([...header(), ...twoLocations(), sample([1, 2], [1, 10]), inner]);
  },
  /** Sample values at int64's extremes (sums overflow 2^53 and 2^63). */
  'huge-values': () => Buffer.concat([...header(), ...twoLocations(), ...repeat(1000, i => sample([1 + (i & 1), 2], [9223372036854775807n as unknown as number, -9223372036854775808n as unknown as number]))]),
  /** Location ids near 2^63 (sparse), the samples using them. */
  'huge-location-ids': () => Buffer.concat([...header(), loc(2 ** 53 - 1, [[1, 1]]), lfield(4, vfield(1, 9223372036854775807n), lfield(4, vfield(1, 2), vfield(2, 2))), lfield(2, lfield(1, Buffer.concat([Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])])), lfield(2, Buffer.from([1, 10])))]),
  /** A recursion A→B→A…: 1000 × scale samples, each a stack of its own depth up to 10,000 (ten million frames at scale 1). */
  'cycle-10k-deep': scale => Buffer.concat([...header(), ...twoLocations(), ...repeat(Math.round(1000 * scale), i => sample(repeat(10_000 - i, k => 1 + (k & 1)), [1, 10]))]),
  /** Function names built to break out of what quotes them: markup, table and CSV separators, line breaks, terminal escapes, a right-to-left override, formulas. */
  'hostile-names': () => {
    const names = HOSTILE_NAMES;
    return Buffer.concat([...STRINGS.map(str), ...names.map(str), valueType(1, S.samples, S.count), ...repeat(names.length, i => fn(i + 1, STRINGS.length + i, S.file)),
      ...repeat(names.length, i => loc(i + 1, [[i + 1, i + 1]])), ...repeat(names.length, i => sample(repeat(i + 1, k => k + 1), [i + 1]))]);
  },
  /** 10^5 × scale samples, each its own stack 100 deep over 2,000 functions (20 MB): a flame tree of ~10^7 nodes unpruned. */
  'distinct-deep-stacks': scale => {
    const functions = 2000;
    const names = repeat(functions, i => `main.f${i}`);
    let seed = 1;
    const next = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed >>> 8; };
    return Buffer.concat([...header(names), ...repeat(functions, i => fn(i + 3, STRINGS.length + i, S.file)), ...repeat(functions, i => loc(i + 3, [[i + 3, i + 1]])),
      ...repeat(Math.round(100_000 * scale), () => sample(repeat(100, () => 3 + next() % functions), [1, 10]))]);
  },
  /** One function (main.f) called from 10^5 × scale distinct functions, calling main.g under each: a peek, and callers/callees, of 10^5 callers. */
  'many-callers': scale => {
    const n = Math.round(100_000 * scale);
    const names = repeat(n, i => `main.caller${i}`);
    return Buffer.concat([...header(names), ...repeat(n, i => fn(i + 3, STRINGS.length + i, S.file)), ...repeat(n, i => loc(i + 3, [[i + 3, i + 1]])),
      ...twoLocations(), ...repeat(n, i => sample([2, 1, i + 3], [1, 10 * (1 + (i % 97))]))]);
  },
  /** drop_frames and keep_frames at the largest size Go's regexp accepts (`.{1000}` and `a{1000}` a thousand times, a million instructions each). */
  'largest-drop-frames': () => Buffer.concat([...header(['.{1000}'.repeat(1000), 'a{1000}'.repeat(1000)]), ...twoLocations(), sample([1, 2], [1, 10]),
    vfield(7, STRINGS.length), vfield(8, STRINGS.length + 1)]),
  /** One sample whose stack is 10^5 × scale distinct functions deep, and a second through its lower half: graph, peek, list and flame of a stack no program has. */
  'deep-distinct-stack': scale => {
    const depth = Math.round(100_000 * scale);
    const names = repeat(depth, i => `deep.level${i}`);
    return Buffer.concat([...header(names), ...repeat(depth, i => fn(i + 3, STRINGS.length + i, S.file)), ...repeat(depth, i => loc(i + 3, [[i + 3, i + 1]])),
      sample(repeat(depth, i => 3 + i), [1, 10]), sample(repeat(depth >> 1, i => 3 + (depth >> 1) + i), [2, 20])]);
  },
  /** 10^6 × scale locations at one line of one function (their addresses apart), a sample each: one source line of a million places. */
  'locations-on-one-line': scale => {
    const n = Math.round(1_000_000 * scale);
    return Buffer.concat([...header(), lfield(3, vfield(1, 1), vfield(2, 0x400000), vfield(3, 0x400000 + 16 * n + 16), vfield(5, S.file)),
      ...repeat(n, i => loc(i + 1, [[1, 10]], 1, 0x400000 + 16 * i)), loc(n + 1, [[2, 20]], 1, 0x400000 + 16 * n), ...repeat(n, i => sample([i + 1, n + 1], [1, 10]))]);
  },
  /** 10^4 sample types, each sample a value of each (1,000 × scale samples): the type picker, -sample_index and a diff. */
  'ten-thousand-sample-types': scale => {
    const types = 10_000;
    return Buffer.concat([...STRINGS.map(str), ...repeat(types, i => str(`type${i}`)), ...repeat(types, i => valueType(1, STRINGS.length + i, S.count)),
      fn(1, S.f, S.file), fn(2, S.g, S.file), ...twoLocations(), ...repeat(Math.round(1000 * scale), i => sample([1 + (i & 1), 2], repeat(types, k => 1 + ((i + k) % 7))))]);
  },
  /** A mapping table of 10^6 × scale (overlapping ranges), the locations in the last one. */
  'million-mappings': scale => {
    const n = Math.round(1_000_000 * scale);
    return Buffer.concat([...header(['/usr/lib/libx.so']), ...repeat(n, i => lfield(3, vfield(1, i + 1), vfield(2, 0x1000 * i), vfield(3, 0x1000 * i + 0x2000), vfield(5, STRINGS.length))),
      loc(1, [[1, 10]], n, 0x1000 * (n - 1) + 8), loc(2, [[2, 20]], n, 0x1000 * (n - 1) + 16), loc(3, [], n, 0x1000 * (n - 1) + 24), sample([3, 1, 2], [1, 10]), sample([1, 2], [2, 20])]);
  },
  /** 10^5 × scale distinct label keys on each of two samples, string and numeric: the graph's tag nodelets, tag views. */
  'hundred-thousand-label-keys': scale => {
    const keys = Math.round(100_000 * scale);
    const base = STRINGS.length;
    return Buffer.concat([...header([...repeat(keys, i => `key${i}`), 'value', 'bytes']), ...twoLocations(),
      sample([1, 2], [1, 10], ...repeat(keys, i => label(base + i, base + keys))),
      sample([2], [3, 30], ...repeat(keys, i => label(base + i, 0, i + 1, base + keys + 1)))]);
  },
  /** One location of 10^5 × scale lines (each a function of its own, inlined into the next), sampled alone and under main.f. */
  'hundred-thousand-inlined-lines': scale => {
    const depth = Math.round(100_000 * scale);
    return Buffer.concat([...header(repeat(depth, i => `inl.f${i}`)), ...repeat(depth, i => fn(i + 3, STRINGS.length + i, S.file)),
      ...twoLocations(), loc(3, repeat(depth, i => [i + 3, i + 1])), sample([3], [1, 10]), sample([3, 1], [2, 20])]);
  },
  /** A string label value of 16 MB × scale and a key of 1 MB × scale on one sample, a number label under that key on another: tags, the legend, traces, -tagfocus. */
  'huge-label-strings': scale => {
    const value = 'v'.repeat(Math.round(16 * 2 ** 20 * scale)), key = 'k'.repeat(Math.round(2 ** 20 * scale));
    const base = STRINGS.length;
    return Buffer.concat([...header([key, value]), ...twoLocations(), sample([1, 2], [1, 10], label(base, base + 1)), sample([2], [2, 20], label(base, 0, 7))]);
  },
  /** 10^6 × scale comments (each its own string) and a doc_url of 16 MB × scale: the header, info and export. */
  'million-comments-huge-doc-url': scale => {
    const n = Math.round(1_000_000 * scale);
    const base = STRINGS.length;
    return Buffer.concat([...header([...repeat(n, i => `comment ${i}`), 'https://example.com/' + 'd'.repeat(Math.round(16 * 2 ** 20 * scale))]), ...twoLocations(), sample([1, 2], [1, 10]),
      packed(13, repeat(n, i => base + i)), vfield(15, base + n)]);
  },
  /** 10^6 × scale sample types, all `samples/count`, on one sample holding a value of each (7 MB): a diff or merge brings each type's unit to the other side's. */
  'million-sample-types': scale => {
    const types = Math.round(1_000_000 * scale);
    return Buffer.concat([...STRINGS.map(str), ...repeat(types, () => valueType(1, S.samples, S.count)), fn(1, S.f, S.file), loc(1, [[1, 10]]), sample([1], repeat(types, i => i & 7))]);
  },
  /** 10^6 × scale sample types named `kind0`, `kind1`… (unit count), two samples: type i totals i + 1. The picker's search finds one. */
  'million-named-sample-types': scale => {
    const types = Math.round(1_000_000 * scale);
    return Buffer.concat([...STRINGS.map(str), ...repeat(types, i => str(`kind${i}`)), ...repeat(types, i => valueType(1, STRINGS.length + i, S.count)),
      fn(1, S.f, S.file), fn(2, S.g, S.file), ...twoLocations(), sample([1, 2], repeat(types, i => i)), sample([2], repeat(types, () => 1))]);
  },
  /** 10^5 × scale functions, each in a source file of its own under a module cache path (some with `..`), a sample each: `resolve` and `list` look for every file. */
  'hundred-thousand-source-files': scale => {
    const n = Math.round(100_000 * scale);
    const base = STRINGS.length;
    return Buffer.concat([...header([...repeat(n, i => `pkg${i}.F`), ...repeat(n, i => `/home/u/go/pkg/mod/example.com/m${i}@v1.0.0/${'../'.repeat(i % 5)}f${i}.go`)]),
      ...repeat(n, i => fn(i + 3, base + i, base + n + i)), ...repeat(n, i => loc(i + 3, [[i + 3, i + 1]])), ...repeat(n, i => sample([i + 3], [1, 10]))]);
  },
  /** A function name of 96 MB × scale (about what the 128 MiB gzip floor lets a small file hold) under main.g, above main.f: every view draws it. */
  'huge-function-name': scale => {
    const name = 'main.' + 'x'.repeat(Math.round(96 * 2 ** 20 * scale));
    return Buffer.concat([...header([name]), fn(3, STRINGS.length, S.file), ...twoLocations(), loc(3, [[3, 30]]), sample([1, 3, 2], [1, 10]), sample([3, 2], [2, 20]), sample([2], [1, 10])]);
  },
  /**
   * One string of 96 MB × scale named by every other field a name can be: the type and unit of 100
   * sample types, the period type and unit, default_sample_type, a label's key and value, main.f's
   * file: the editor's summary, type picker, views' units and a diff carried it 100–9,600 MB.
   */
  'huge-name-in-every-field': scale => {
    const x = STRINGS.length;
    const types = 100;
    return Buffer.concat([...['', ...STRINGS.slice(1), 'x'.repeat(Math.round(96 * 2 ** 20 * scale))].map(str),
      ...repeat(types, () => valueType(1, x, x)), valueType(11, x, x), vfield(12, 10), vfield(14, x),
      fn(1, S.f, x), fn(2, S.g, S.file), ...twoLocations(),
      sample([1, 2], repeat(types, i => i + 1), label(x, x)), sample([2], repeat(types, () => 1), label(x, 0, 5, x))]);
  },
  /**
   * Two function names of 25,000 × scale characters that differ only in their last one, each
   * under its own caller (main.f calls the one ending A, main.g the one ending B): the editor cuts
   * both to one start, and a request by either cut name must find its own function.
   */
  'twin-long-names': scale => {
    const stem = 'main.' + 'y'.repeat(Math.round(25_000 * scale));
    return Buffer.concat([...header([`${stem}A`, `${stem}B`, 'twin.go']), fn(3, STRINGS.length, STRINGS.length + 2), fn(4, STRINGS.length + 1, STRINGS.length + 2),
      ...twoLocations(), loc(3, [[3, 30]]), loc(4, [[4, 40]]), sample([3, 1], [1, 10]), sample([4, 2], [2, 20]), sample([4, 2], [3, 30])]);
  },
  /**
   * Two sample types and two label keys of 1,000 × scale characters, each pair differing only in
   * its last one: the editor cuts each to one start, and picking a type or grouping and filtering
   * by a key by its cut name must find its own. Type A totals 1 + 2, type B 10 + 20; main.f's
   * sample has key A (value `a`), main.g's key B (value `b`).
   */
  'twin-long-keys': scale => {
    const stem = 'k'.repeat(Math.round(1_000 * scale));
    const x = STRINGS.length;
    return Buffer.concat([...[...STRINGS, `${stem}A`, `${stem}B`, 'a', 'b'].map(str), valueType(1, x, S.count), valueType(1, x + 1, S.count),
      fn(1, S.f, S.file), fn(2, S.g, S.file), ...twoLocations(), sample([1], [1, 10], label(x, x + 2)), sample([2], [2, 20], label(x + 1, x + 3))]);
  },
  /**
   * Names that read as one another once their hidden characters are applied: a zero-width space,
   * a right-to-left override, a byte order mark, an isolate in a file path and a label, a C1 control.
   */
  'look-alike-names': () => {
    const names = ['main.Handle', 'main.Han\u200bdle', 'main.\u202eeldnaH', 'main.Handle\ufeff', 'main.Hand\u0085le'];
    const strings = [...names, 'handler\u2066.go', 'route', '/api\u202e/nimda'];
    const base = STRINGS.length;
    return Buffer.concat([...header(strings), ...repeat(names.length, i => fn(i + 3, base + i, i === 1 ? base + names.length : S.file)), ...twoLocations(),
      ...repeat(names.length, i => loc(i + 3, [[i + 3, i + 1]])), ...repeat(names.length, i => sample([i + 3, 1], [1, 10 * (i + 1)], label(base + names.length + 1, base + names.length + 2)))]);
  },
  /** Whole Profile fields, then a tag no Profile has (field 0, wire type 0): a corrupt file, not "unrecognized". */
  'tag-no-profile-has': () => Buffer.concat([...header(), ...twoLocations(), sample([1, 2], [1, 10]), Buffer.from([0x00, 0x01]), sample([1], [1, 1])]),
};
