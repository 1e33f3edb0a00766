// Strings longer than 16,383 characters, which V8 hashes by their length alone: distinct ones
// of one length all collide in a native Map or Set.
import { gzipSync } from 'node:zlib';
import { fn, label, loc, sample, str, valueType, vfield } from './protoWriter';

/** `count` distinct flat strings of `length` characters that differ only in their last six (as a decoder makes them: a joined string would be flattened on first read). */
export function longKeysOfOneLength(count: number, length = 17_006, fill = 'x'): string[] {
  const prefix = fill.repeat(length - 6);
  return Array.from({ length: count }, (_, i) => new TextDecoder().decode(new TextEncoder().encode(`${prefix}${String(i).padStart(6, '0')}`)));
}

/**
 * A gzipped profile.proto of `count` samples, each of one location of its own function: the
 * function names are `nameLength` characters, distinct only in their last six, all in one file
 * of `fileLength` characters; with `labelLength`, each sample also carries label `k` with a
 * distinct value that long. Keys made by joining a name and its file pass 16,383 characters
 * when the two together do.
 */
export function longKeyProfile(count: number, nameLength: number, fileLength = 0, labelLength = 0): Buffer {
  const names = longKeysOfOneLength(count, nameLength, 'f');
  const values = labelLength ? longKeysOfOneLength(count, labelLength, 'v') : [];
  const strings = ['', 'samples', 'count', 'k', fileLength ? `/${'d'.repeat(fileLength - 4)}.go` : '', ...names, ...values];
  const parts: Buffer[] = [valueType(1, 1, 2)];
  for (let i = 0; i < count; i++) {
    parts.push(fn(i + 1, 5 + i, fileLength ? 4 : 0), loc(i + 1, [[i + 1, 1]]));
    parts.push(labelLength ? sample([i + 1], [1], label(3, 5 + count + i)) : sample([i + 1], [1]));
  }
  for (const s of strings) parts.push(str(s));
  return gzipSync(Buffer.concat(parts));
}

/**
 * A gzipped heap profile (inuse_objects, inuse_space) of a sample per name, each one location of
 * its own function named by `names`, sample i holding (i + 1) KiB; function i is in `files[i]`,
 * or all in /src/main.go without `files`.
 */
export function longKeyHeapProfile(names: readonly string[], files?: readonly string[]): Buffer {
  const strings = ['', 'inuse_objects', 'count', 'inuse_space', 'bytes', 'space', '/src/main.go', ...names, ...(files ?? [])];
  const parts: Buffer[] = [valueType(1, 1, 2), valueType(1, 3, 4), valueType(11, 5, 4), vfield(12, 512 * 1024)];
  names.forEach((_, i) => {
    parts.push(fn(i + 1, 7 + i, files ? 7 + names.length + i : 6), loc(i + 1, [[i + 1, 10]], 0, 0x1000 + i));
    parts.push(sample([i + 1], [1, (i + 1) * 1024]));
  });
  for (const s of strings) parts.push(str(s));
  return gzipSync(Buffer.concat(parts));
}

/**
 * A Go goroutine dump (debug=2) of one goroutine per name, each waiting on a channel for 30
 * minutes in its function, called from main.main: the stacks a heap profile of `names` shares.
 */
export function longKeyDump(names: readonly string[]): string {
  const lines = ['goroutine 1 [running]:', 'main.main()', '\t/src/main.go:5 +0x1d', ''];
  names.forEach((name, i) => {
    lines.push(`goroutine ${i + 2} [chan receive, 30 minutes]:`, `${name}()`, `\t/src/main.go:10 +0x25`,
      'created by main.main in goroutine 1', '\t/src/main.go:6 +0x2a', '');
  });
  return lines.join('\n');
}

/**
 * A debug=1 goroutine profile (`goroutine profile: total N`) of `records` records, each labelled
 * with `keysPerRecord` keys of `keyLength` characters, all distinct only in their last six: its
 * `# labels:` lines as runtime/pprof prints them.
 */
export function longLabelKeyDebug1Dump(records: number, keysPerRecord: number, keyLength = 17_006): string {
  const lines = [`goroutine profile: total ${records}`];
  const allKeys = longKeysOfOneLength(records * keysPerRecord, keyLength);
  for (let r = 0; r < records; r++) {
    const keys = allKeys.slice(r * keysPerRecord, (r + 1) * keysPerRecord);
    lines.push(`1 @ 0x43a0b5 0x46b2c1`,
      `# labels: {${keys.map((key, i) => `"${key}":"v${i}"`).join(', ')}}`,
      `#\t0x43a0b4\tmain.worker+0x54\t/src/main.go:${20 + r}`, '');
  }
  return lines.join('\n');
}

/**
 * A gzipped profile of `count` sample types named by distinct strings of `length` characters (one
 * length, distinct in their last six), all counts, and one sample of one location holding 1..count.
 */
export function longSampleTypeProfile(count: number, length = 17_006): Buffer {
  const names = longKeysOfOneLength(count, length, 't');
  const strings = ['', 'count', 'main.f', ...names];
  const parts: Buffer[] = names.map((_, i) => valueType(1, 3 + i, 1));
  parts.push(fn(1, 2, 0), loc(1, [[1, 1]]), sample([1], names.map((_, i) => i + 1)));
  for (const s of strings) parts.push(str(s));
  return gzipSync(Buffer.concat(parts));
}
