// Hand-built profile.proto files for what Go's runtime never writes but pprof handles,
// encoded with pprof-format into test/fixtures/pprof/synthetic (deterministic bytes).
// Regenerated with the goldens (scripts/golden-pprof.ts); go tool pprof gives their numbers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Profile, StringTable } from 'pprof-format';

/**
 * drop_frames/keep_frames (pprof's Prune): names simplified at the first '(' (main.(*Cache).Put
 * is tested as "main."), C++ names as pprof's symbolizer shortens them, inlined matches that shorten a location,
 * outermost matches that remove it, matches before the first user frame from the root (kept),
 * and keep_frames exempting a match.
 */
function dropFramesProfile(): Uint8Array {
  const st = new StringTable();
  const funcs = [
    'main.main', 'main.work', 'runtime.mallocgc', 'runtime.memclrNoHeapPointers', 'main.(*Cache).Put',
    'runtime.panicwrap', 'runtime.goexit', 'main.helper', 'runtime.newobject', 'main.leaf',
    'std::operator()(int)', '(anonymous namespace)::foo(int)',
  ];
  const fid = (name: string) => funcs.indexOf(name) + 1;
  // Location id → its lines, innermost first.
  const locs: string[][] = [
    ['main.main'], ['main.work'], ['runtime.mallocgc'], ['runtime.memclrNoHeapPointers'],
    ['runtime.newobject', 'main.helper'], ['main.(*Cache).Put'], ['runtime.panicwrap'], ['runtime.goexit'],
    ['main.leaf'], ['main.leaf', 'runtime.mallocgc'], ['main.leaf', 'runtime.mallocgc', 'main.work'],
    ['std::operator()(int)'], ['(anonymous namespace)::foo(int)'], ['main.helper'],
  ];
  // Stacks leaf first (location ids), with [count, bytes].
  const samples: [number[], number, number][] = [
    [[4, 3, 2, 1, 8], 1, 100], [[9, 6, 2, 1], 2, 220], [[9, 5, 1], 3, 3300], [[9, 7, 3, 2, 1], 4, 44000],
    [[3, 7, 2, 1], 5, 550000], [[4, 3, 8], 6, 6600000], [[9, 11, 1], 7, 77], [[9, 10, 2, 1], 8, 880],
    [[9, 12, 13, 14, 1], 9, 9900], [[12, 14, 1], 10, 101000], [[9, 3, 14, 3, 1], 11, 1110000], [[2, 3], 12, 12],
  ];
  const p = new Profile({
    stringTable: st,
    sampleType: [{ type: st.dedup('samples'), unit: st.dedup('count') }, { type: st.dedup('space'), unit: st.dedup('bytes') }],
    function: funcs.map((name, i) => ({ id: i + 1, name: st.dedup(name), systemName: st.dedup(name), filename: st.dedup(name.startsWith('main.') ? 'main.go' : 'lib.go'), startLine: 10 * (i + 1) })),
    location: locs.map((lines, i) => ({ id: i + 1, address: 0x1000 + 16 * i, line: lines.map((f, k) => ({ functionId: fid(f), line: 10 * fid(f) + k + 1 })) })),
    sample: samples.map(([stack, n, b]) => ({ locationId: stack, value: [n, b] })),
    // pprof matches the names its symbolizer simplified: "std::operator()(int)" is "std::operator"
    // (not matched by this pattern), "(anonymous namespace)::foo(int)" is "::foo" (matched).
    dropFrames: st.dedup('runtime\\..*|main\\.|std::operator\\(\\)|::foo'),
    keepFrames: st.dedup('runtime\\.panic.*'),
    period: 1, periodType: { type: st.dedup('space'), unit: st.dedup('bytes') },
  });
  return gzipSync(p.encode(), { level: 9 });
}

/**
 * pprof merges a profile when it reads it, and a profile with its base, before it prunes by
 * drop_frames: samples of one stack as written are one (also through two locations of the same
 * address and lines), a sample of zeros is gone, samples equal only once frames are dropped stay
 * two. With `dropFrames` false, the same profile without drop_frames: as a base or compared with
 * a base, only the first profile's drop_frames prune.
 */
function dropFramesRepeatsProfile(dropFrames: boolean): Uint8Array {
  const st = new StringTable();
  const funcs = ['main.main', 'main.work', 'runtime.mallocgc', 'runtime.memmove'];
  const fid = (name: string) => funcs.indexOf(name) + 1;
  // Location 5 is location 2 again.
  const locs = ['main.main', 'main.work', 'runtime.mallocgc', 'runtime.memmove', 'main.work'];
  const key = st.dedup('phase'), phase = st.dedup('load');
  // Stacks leaf first (location ids), [count, bytes], whether labelled.
  const samples: [number[], number, number, boolean][] = [
    [[3, 2, 1], 1, 100, false], [[4, 2, 1], 2, 200, false], [[3, 2, 1], 3, 300, false], [[3, 5, 1], 4, 400, false],
    [[2, 1], 0, 0, false], [[2, 1], 5, 500, true], [[2, 1], 6, 600, true], [[2, 1], 7, 700, false],
  ];
  const p = new Profile({
    stringTable: st,
    sampleType: [{ type: st.dedup('samples'), unit: st.dedup('count') }, { type: st.dedup('space'), unit: st.dedup('bytes') }],
    function: funcs.map((name, i) => ({ id: i + 1, name: st.dedup(name), systemName: st.dedup(name), filename: st.dedup(name.startsWith('main.') ? 'main.go' : 'malloc.go'), startLine: 10 * (i + 1) })),
    location: locs.map((f, i) => ({ id: i + 1, address: 0x1000 + 16 * (i === 4 ? 1 : i), line: [{ functionId: fid(f), line: 10 * fid(f) + 1 }] })),
    sample: samples.map(([stack, n, b, labelled]) => ({ locationId: stack, value: [n, b], label: labelled ? [{ key, str: phase }] : [] })),
    dropFrames: dropFrames ? st.dedup('runtime\\..*') : 0,
    period: 1, periodType: { type: st.dedup('space'), unit: st.dedup('bytes') },
  });
  return gzipSync(p.encode(), { level: 9 });
}

export function writeSyntheticProfiles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'dropframes.pb.gz'), dropFramesProfile());
  writeFileSync(join(dir, 'dropframes_repeats.pb.gz'), dropFramesRepeatsProfile(true));
  writeFileSync(join(dir, 'dropframes_repeats_unpruned.pb.gz'), dropFramesRepeatsProfile(false));
}
