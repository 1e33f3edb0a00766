// The byte path tries the path it found last before hashing a location's path: frames of new lines
// read in a row mostly share their file. A guess that is wrong must cost nothing but the comparison.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineMeanings } from '../../../src/core/goroutines/lineMeanings';
import { FrameInterner } from '../../../src/core/goroutines/frameInterner';
import { readAlike } from './readAlike';

// Real Go 1.19 output (`runtime/pprof` debug=2 of the runtime's wait shapes), a fixture of the goroutine tests.
const realDump = readFileSync(join(__dirname, '../../fixtures/goroutines/go119_debug2.txt'), 'utf8');

/** The file and line each location line reads as, through one line memo. */
function locationsRead(lines: readonly string[]): { file: string; line: number }[] {
  const interner = new FrameInterner();
  const meanings = new LineMeanings(interner, false);
  const encoder = new TextEncoder();
  const func = interner.func('main.f');
  return lines.map(text => {
    const bytes = encoder.encode(text);
    // A line as the scanner hands it: past its tab.
    const frame = interner.frame(func, meanings.read(bytes, 1, bytes.length).locationId);
    return { file: frame.file, line: frame.line };
  });
}

describe('the last path found, tried first', () => {
  it('reads each location line as its own path: paths of one length, a path the start of another, the same path again after others', () => {
    const lines = ['/src/a.go:1', '/src/b.go:2', '/src/a.go:3', '/src/a.go:4', '/src/a_test.go:5', '/src/a.s:6', '/src/b.go:7', '/src/a.go:8', '/src/b.go:7', 'C:/src/a.go:9'];
    assert.deepEqual(locationsRead(lines.map(l => `\t${l} +0x1d`)), lines.map(l => ({ file: l.slice(0, l.lastIndexOf(':')), line: Number(l.slice(l.lastIndexOf(':') + 1)) })));
  });

  it('leaves a dump whose stacks mix files read alike on both paths, with the real dump after it', () => {
    const files = ['/src/main.go', '/src/mian.go', '/src/main.go', '/src/main_test.go', '/lib/x.go'];
    const frames = Array.from({ length: 40 }, (_, i) => `main.f${i}(0x1)\n\t${files[i % files.length]}:${i + 1} +0x1d`);
    const dump = readAlike(`goroutine 1000000 [select]:\n${frames.join('\n')}\ncreated by main.main\n\t/src/main.go:1 +0x1\n\n${realDump}`);
    const deep = dump.goroutines.get(0);
    assert.equal(deep.frames.length, 40);
    deep.frames.forEach((f, i) => assert.deepEqual({ ...f }, { func: `main.f${i}`, file: files[i % files.length], line: i + 1 }));
  });
});
