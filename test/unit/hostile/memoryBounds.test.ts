// What a crafted input keeps on the heap, made on the fly and measured after a full collection:
// loose bounds, several times under what these inputs cost before their fixes.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { diffProfiles, parseProfile } from '../../../src/core/pprof';
import { GoroutineDumpScanner } from '../../../src/core/goroutines/scanInput';
import { groupGoroutines } from '../../../src/core/goroutines/grouping';
import { hostileProfiles } from '../../hostile/hostileProfiles';
import { hostileTexts } from '../../hostile/hostileTexts';
import { deepGoroutineDump } from '../../hostile/make-hostile';
import { readGoroutines } from '../../../src/core/input';

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

  it('10^5 one-line locations, a sample each: each location in under 120 bytes (their one line shared), and a diff with itself keeps them once', () => {
    const n = 100_000;
    const file = hostileProfiles['locations-on-one-line'](n / 1_000_000);
    const { bytes, kept } = retainedBytes(() => parseProfile(file));
    const profile = kept as ReturnType<typeof parseProfile>;
    // ~300 bytes a location before (its lines grown by push: 17 slots for one line), ~175 with its
    // own array of one line, ~71 once the locations of one line shared its array; columns now.
    assert.ok(bytes < 120 * n, `${(bytes / n).toFixed(0)} bytes a location`);
    // A diff keeps a location of both profiles once: 10^6 copies of the base's and their lines took 0.5 GB.
    // Taken before the locations are read: the decoded profile's are columns until then.
    const { bytes: diffBytes, kept: diffed } = retainedBytes(() => diffProfiles(profile, parseProfile(file)));
    // ~490 bytes a location before (the base's copied), ~190 with the base's own let go.
    assert.ok(diffBytes < 320 * n, `${(diffBytes / n).toFixed(0)} bytes a location for the diff`);
    assert.equal(profile.locations.length, n + 1);
    assert.ok(profile.locations.slice(0, n).every(loc => loc.lines === profile.locations[0].lines), 'one line, one array');
    assert.notEqual(profile.locations[n].lines, profile.locations[0].lines, 'another line, its own array');
    assert.deepEqual(profile.locations[n].lines, [{ functionIndex: 1, line: 20, column: 0 }]);
    const diffLocations = (diffed as typeof profile).locations;
    assert.equal(diffLocations.length, n + 1);
    assert.ok(diffLocations.every((loc, l) => loc.lines === profile.locations[l].lines && loc.address === profile.locations[l].address && loc.id === profile.locations[l].id),
      'the profile\'s locations, their lines the same arrays');
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
  it('a dump of 50,000 goroutines of distinct stacks: each group one compact object, its key made when read', () => {
    const n = 50_000;
    const text = Buffer.from(Array.from({ length: n }, (_, i) =>
      `goroutine ${i + 1} [select]:\nmain.handler${i}()\n\t/src/app/h.go:${i + 1} +0x1d\ncreated by main.main in goroutine 1\n\t/src/app/main.go:9 +0x2a\n`).join('\n'));
    const { bytes, kept } = retainedBytes(() => readGoroutines(text));
    const analysis = kept as ReturnType<typeof readGoroutines>;
    assert.equal(analysis.groups.length, n);
    // ~3 KB per goroutine before (each group a dictionary: a getter of its own per object), ~1.0 KB
    // with one shared getter, ~570 bytes now (no Map and bucket per distinct stack, one object per group).
    assert.ok(bytes / n < 900, `${(bytes / n).toFixed(0)} bytes per goroutine`);
    const g = analysis.groups.find(x => x.frames[0].func === 'main.handler7')!;
    assert.equal(g.key, 'select\nmain.main\n\nmain.handler7 /src/app/h.go:8');
    assert.equal({ ...g }.key, g.key);
    assert.ok(Object.keys(g).includes('key'));
  });

  it('a debug=1 profile of 40,000 records, each with its hidden runtime frames: the addresses let go once the records are grouped', () => {
    const n = 40_000;
    // Channel receives whose shown frame tells no wait, and every tenth a Mutex wait, which teaches the park address.
    const text = Buffer.from('goroutine profile: total 80000\n' + Array.from({ length: n }, (_, i) => {
      const pc = 0x500000 + i * 0x40;
      return i % 10 === 0
        ? `2 @ 0x4377d6 0x447dde 0x447db5 0x45f565 0x468625 0x${(pc + 1).toString(16)} 0x462ca1\n#\t0x45f564\tsync.runtime_SemacquireMutex+0x24\t/go/src/runtime/sema.go:77\n` +
          `#\t0x468624\tsync.(*Mutex).lockSlow+0x164\t/go/src/sync/mutex.go:171\n#\t0x${pc.toString(16)}\tmain.lock${i}+0x3b\t/src/app/l.go:${i + 1}\n`
        : `2 @ 0x4377d6 0x4061db 0x405d18 0x${(pc + 1).toString(16)} 0x462ca1\n#\t0x${pc.toString(16)}\tmain.recv${i}+0x55\t/src/app/r.go:${i + 1}\n`;
    }).join('\n'));
    const { bytes, kept } = retainedBytes(() => readGoroutines(text));
    const analysis = kept as ReturnType<typeof readGoroutines>;
    assert.equal(analysis.groups.length, n);
    assert.equal(analysis.groups.find(g => g.frames[0].func === 'main.recv7')?.state, 'chan send or receive');
    assert.ok(analysis.dump.records.every(r => r.hiddenAddresses === null));
    // ~945 bytes per record with the addresses kept, ~760 now.
    assert.ok(bytes / n < 850, `${(bytes / n).toFixed(0)} bytes per record`);
  });

  it('one race report of 10^5 accesses of distinct stacks and addresses: each access kept in a few hundred bytes, its group and wait included', () => {
    const n = 100_000;
    const text = hostileTexts['race-distinct-accesses'](1);
    const { bytes, kept } = retainedBytes(() => readGoroutines(text));
    const analysis = kept as ReturnType<typeof readGoroutines>;
    assert.equal(analysis.groups.length, n);
    assert.equal(analysis.waitTargets.length, n);
    const g = analysis.groups.find(x => x.frames[0].func === 'pkg/race.access20')!;
    assert.equal(g.state, 'data race (write)');
    assert.deepEqual(g.waitTargets, [{ kind: 'memory', op: 'write', address: '0x00c000000014', count: 1 }]);
    assert.equal(g.createdBy?.func, 'main.main');
    // ~2.7 KB per access before (a header object per access, a Map per stack, per group's minutes and its one wait); ~1.8 KB
    // then; ~1.3 KB next (stacks interned in typed columns, one object per group, the accesses read into columns); ~1.05 KB
    // now (descriptions and suspect sentences flat strings, not trees of their pieces; the address decoded once).
    assert.ok(bytes / n < 1250, `${(bytes / n).toFixed(0)} bytes per access`);
  });
});
