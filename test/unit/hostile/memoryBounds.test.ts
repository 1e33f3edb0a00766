// What a crafted input keeps on the heap, made on the fly and measured after a full collection:
// loose bounds, several times under what these inputs cost before their fixes.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseProfile } from '../../../src/core/pprof';
import { GoroutineDumpScanner } from '../../../src/core/goroutines/scanInput';
import { groupGoroutines } from '../../../src/core/goroutines/grouping';
import { hostileProfiles } from '../../hostile/hostileProfiles';
import { deepGoroutineDump } from '../../hostile/make-hostile';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap bytes `make`'s result keeps, measured with the result alive. */
function retainedBytes(make: () => unknown): { bytes: number; kept: unknown } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  return { bytes: process.memoryUsage().heapUsed - before, kept };
}

describe('hostile inputs: memory kept', function () {
  this.timeout(120_000);

  it('a profile of 10^6 empty Function and Mapping messages: one shared object per run of equal ones', () => {
    const file = hostileProfiles['many-empty-functions'](1);
    const { bytes, kept } = retainedBytes(() => parseProfile(file));
    const profile = kept as ReturnType<typeof parseProfile>;
    assert.equal(profile.functions.length, 1_000_002);
    assert.equal(profile.mappings.length, 1_000_000);
    // 175 MB before (an object per message); ~16 MB of arrays now.
    assert.ok(bytes < 50 * 2 ** 20, `${(bytes / 2 ** 20).toFixed(1)} MB kept`);
  });

  it('a goroutine 200,000 frames deep, each its own function: the scanner keeps a few hundred bytes per distinct frame', () => {
    const depth = 200_000;
    const text = Buffer.from(deepGoroutineDump(depth), 'latin1');
    const { bytes, kept } = retainedBytes(() => {
      const scanner = new GoroutineDumpScanner({});
      scanner.push(text);
      return { scanner, dump: scanner.finish() };
    });
    const { dump } = kept as { dump: ReturnType<GoroutineDumpScanner['finish']> };
    assert.equal(dump.goroutines.length, 1);
    // ~650 bytes per frame before (a Map per function), ~410 with one table of frames, ~330 now that
    // the byte path's names and locations enter no string map (the dump's own frames included).
    assert.ok(bytes / depth < 480, `${(bytes / depth).toFixed(0)} bytes per frame`);
    const groups = groupGoroutines(dump.goroutines, {});
    assert.equal(groups.length, 1);
    assert.equal(groups[0].frames.length, depth);
  });
});
