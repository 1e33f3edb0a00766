// Text profiles whose first lines hold a control byte (a NUL from a crashed writer or a bad copy):
// once refused as "unrecognized format" without saying where. A file whose whole lines before the
// byte start as a Go text profile is read as one (pprof reads them too), its parser naming the line
// the byte breaks; any other text says at which byte and line the control character stands.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { parseProfile } from '../../../src/core/pprof';
import { readGoroutines } from '../../../src/core/input';
import { withinCpu } from '../../hostile/threadCpu';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const parseError = (input: Uint8Array): { message: string; offset?: number; line?: number } => {
  try {
    parseProfile(input);
  } catch (e) {
    return e as { message: string; offset?: number; line?: number };
  }
  return assert.fail('expected an error');
};

describe('text profiles with a control byte in their first lines', () => {
  const heapHeader = 'heap profile: 1: 16 [1: 16] @ heap/1048576\n';

  it('a NUL inside a symbol line\'s function name: read, as pprof reads it', () => {
    const p = parseProfile(bytes(`${heapHeader}1: 16 [1: 16] @ 0x1001\n#\t0x1000\tmain.f\0x+0x1\t/a.go:1\n`));
    assert.equal(p.format, 'legacy-heap');
    assert.equal(p.samples.count, 1);
  });

  it('a NUL inside a sample\'s address: the parser\'s error, at its line', () => {
    const e = parseError(bytes(`${heapHeader}1: 16 [1: 16] @ 0x10\u000001\n`));
    assert.equal(e.line, 2);
    assert.match(e.message, /^malformed heap sample .* \(line 2\)$/);
  });

  it('a line of one NUL under a contention header: the line named', () => {
    const e = parseError(bytes('--- contention:\ncycles/second=1000\n\u0000\n1 1 @ 0x1001\n'));
    assert.equal(e.line, 3);
  });

  it('a goroutine profile (debug=1) through the goroutine door: the broken record skipped at its line, a NUL in a name kept', () => {
    const broken = readGoroutines(bytes('goroutine profile: total 1\n1 @ 0x1\u0000\n'));
    assert.equal(broken.dump.format, 'debug1');
    assert.match(broken.dump.warnings[0].message, /^line 2: skipped 1 line/);
    const named = readGoroutines(bytes('goroutine profile: total 1\n1 @ 0x1\n#\t0x1\tmain.f\u0000g+0x1\t/a.go:3\n'));
    assert.equal(named.parsed, 1);
    assert.equal(named.groups[0].frames[0].func, 'main.f\u0000g');
  });

  it('a NUL in the header line itself: unrecognized, at its byte and line', () => {
    const e = parseError(bytes('heap profile:\u0000 1: 16 [1: 16] @ heap/1048576\n1: 16 [1: 16] @ 0x1001\n'));
    assert.equal(e.offset, 13);
    assert.match(e.message, /^unrecognized profile format: text, but byte 13 \(line 1\) is 0x00, a control character no Go text profile holds \(first bytes 68 65 61 70 20 70 72 6f\) \(at byte 13\)$/);
  });

  it('text of no known kind with an escape on its third line, gzip-compressed: where, after gunzip', () => {
    const e = parseError(gzipSync(bytes('some log\nanother line\nthe \u001b[2J third\n')));
    assert.equal(e.offset, 26);
    assert.match(e.message, /^unrecognized profile format after gunzip: text, but byte 26 \(line 3\) is 0x1b, /);
  });

  it('binary data is still told by its first bytes, and a megabyte of text before a NUL is not walked', () => {
    assert.match(parseError(Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0xff])).message, /^unrecognized profile format: neither profile\.proto nor a Go text profile \(first bytes 00 01 02 03 ff\)/);
    const long = bytes(`${'x'.repeat(1 << 20)}\n\u0000`);
    const e = withinCpu(500, () => parseError(long), 'a megabyte of text');
    assert.match(e.message, /^unrecognized profile format: neither profile\.proto nor a Go text profile/);
  });
});
