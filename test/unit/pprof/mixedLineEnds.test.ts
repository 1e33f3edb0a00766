// Legacy text profiles whose lines end in CRLF, CR and LF, mixed line by line (lineEnds.ts: a CR
// alone ends a line too): Go's own debug=1 profiles (heap, mutex, goroutine, threadcreate) and a
// Java heapz so rewritten parse to exactly the profile of their LF original.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../../../src/core/pprof/parse';
import { sniffProfileKind } from '../../../src/core/pprof/sniff';
import { withEnds } from '../withLineEnds';

const GENERATED = join(__dirname, '../../fixtures/pprof/generated');
const JAVA_HEAPZ = ['--- heapz 1 ---', 'format = java', 'resolution = bytes', '', '  4096   2 @ 0x0000000a 0x0000000b', '  1024   1 @ 0x0000000c 0x0000000b', '',
  ' 0x0000000a java.util.Arrays.copyOf (Arrays.java:3236)', ' 0x0000000b com.example.Main$Worker.run (Main.java:12)', ' 0x0000000c com.example.Main.alloc (Main.java:40)', ''].join('\n');

const VARIANTS: [string, readonly string[]][] = [['CRLF, CR and LF taking turns', ['\r\n', '\r', '\n']], ['CR alone', ['\r']], ['CRLF', ['\r\n']]];
const TEXTS: [string, string][] = [
  ...['heap.debug1.txt', 'mutex.debug1.txt', 'goroutine.debug1.txt', 'threadcreate.debug1.txt'].map((name): [string, string] => [name, readFileSync(join(GENERATED, name), 'utf8')]),
  ['a Java heapz', JAVA_HEAPZ],
];

describe('legacy text profiles whose lines end in CRLF, CR and LF, mixed line by line', () => {
  for (const [name, lf] of TEXTS) {
    const expected = parseProfile(new TextEncoder().encode(lf));
    it(`${name}: its LF original has samples`, () => {
      assert.ok(expected.samples.count > 0, `${expected.samples.count} samples`);
    });
    for (const [what, ends] of VARIANTS) {
      it(`${name}, ${what}: the same profile`, () => {
        const bytes = new TextEncoder().encode(withEnds(lf, ends));
        assert.equal(sniffProfileKind(bytes).kind, sniffProfileKind(new TextEncoder().encode(lf)).kind);
        assert.deepEqual(parseProfile(bytes), expected);
      });
    }
  }
});
