// The report layer's diff (pprof's -diff_base, -base, -normalize) on two real heap profiles of
// scripts/go/diffpair, where main.loadCache vanished since the base: every top row equals
// `go tool pprof -top`'s, the vanished function keeps its negative value in the flame tree and
// the callers/callees views, and the tree is as wide as growth plus loss. Also the sample-type
// rule on real allocs, heap and CPU profiles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSampleTypeIndex, diffProfiles, parseProfile, sampleTypeIndex, type Profile } from '../../../src/core/pprof';
import {
  calleesTree, callersTree, diffProfile, flameTree, FRAME_PRUNED_REST, QueriedProfile, summarizeProfile, topRows,
  type DiffOptions, type FlameTreeData,
} from '../../../src/core/report';
import { diffDir, diffGoldenCases } from '../../../scripts/golden-diff';
import { readPprofTop, repoRoot } from '../pprof/goldenTop';
import { assertCumsMatchTop } from './flameChecks';

const read = (path: string): Profile => parseProfile(new Uint8Array(readFileSync(path)));
const base = read(join(diffDir, 'heap-base.pb.gz'));
const current = read(join(diffDir, 'heap-current.pb.gz'));

function queried(options: DiffOptions, sampleType: string): QueriedProfile {
  const diffed = diffProfile(current, base, options);
  return new QueriedProfile(diffed, { sampleType: sampleTypeIndex(diffed, sampleType), granularity: 'functions', filters: [] });
}

/** Every node of the tree named `name`. */
function nodesNamed(tree: FlameTreeData, name: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < tree.parent.length; i++) if (tree.names[tree.name[i]] === name && !(tree.flags[i] & FRAME_PRUNED_REST)) out.push(i);
  return out;
}

describe('report: diff against a base (pprof -diff_base / -base / -normalize)', () => {
  for (const c of diffGoldenCases()) {
    it(`${c.golden}: every row equals go tool pprof -top`, () => {
      const pprof = readPprofTop(join('..', 'diff', c.golden));
      const q = queried(c, c.sampleType);
      const top = topRows(q);
      assert.equal(q.top.total, pprof.total, 'total (100%)');
      const ours = new Map(top.names.map((n, i) => [n, { flat: top.flat[i], cum: top.cum[i] }]));
      for (const row of pprof.rows) {
        const mine = ours.get(row.name);
        assert.ok(mine, `${row.name} is missing`);
        assert.deepEqual(mine, { flat: row.flat, cum: row.cum }, row.name);
      }
      assert.equal(top.names.length, new Set(pprof.rows.map(r => r.name)).size, 'as many rows');
    });
  }

  it('the vanished function keeps its negative value in the table, the flame tree and the sandwich', () => {
    const q = queried({ subtractBase: false, normalize: false }, 'inuse_space');
    const top = topRows(q);
    const row = top.names.indexOf('main.loadCache');
    const baseQ = new QueriedProfile(base, { sampleType: sampleTypeIndex(base, 'inuse_space'), granularity: 'functions', filters: [] });
    const baseRow = baseQ.top.rows.find(r => r.func === 'main.loadCache')!;
    assert.ok(baseRow.cum > 2_000_000, `the base held ${baseRow.cum} B in main.loadCache`);
    assert.equal(top.cum[row], -baseRow.cum);
    assert.equal(top.flat[row], -baseRow.flat);

    assertCumsMatchTop(flameTree(q), q);
    const tree = flameTree(q, { widthPx: 1200 });
    const [node] = nodesNamed(tree, 'main.loadCache');
    assert.ok(node !== undefined, 'drawn');
    assert.equal(tree.total[node], -baseRow.cum);
    // As wide as what it lost: growth and loss both count for width.
    assert.equal(tree.magnitude![node], baseRow.cum);
    let rootMagnitude = 0;
    for (const p of [current, base]) {
      const own = new QueriedProfile(p, { sampleType: sampleTypeIndex(p, 'inuse_space'), granularity: 'functions', filters: [] });
      rootMagnitude += flameTree(own).total[0];
    }
    assert.equal(tree.magnitude![0], rootMagnitude, 'the root is as wide as both profiles');
    assert.equal(tree.total[0], top.cum[top.names.indexOf('runtime.main')] + sumOtherRoots(tree), 'the root is the net change');

    const callers = callersTree(q, 'main.loadCache')!;
    const callees = calleesTree(q, 'main.loadCache')!;
    assert.equal(callers.total[0], -baseRow.cum);
    assert.equal(callees.total[0], -baseRow.cum);
    assert.deepEqual(nodesNamed(callers, 'main.serve').map(i => callers.total[i]), [-baseRow.cum]);
  });

  it("a location of both profiles is kept once, as pprof's merge keeps it: every stack frame as it was in its own profile", () => {
    const diffed = diffProfiles(current, base);
    const key = (p: Profile, l: number): string => {
      const loc = p.locations[l], m = p.mappings[loc.mappingIndex];
      return [m ? `${m.file}@${loc.address - m.start}` : loc.address, ...loc.lines.map(ln => `${p.functions[ln.functionIndex]?.name}:${ln.line}`)].join(' ');
    };
    const currentKeys = new Set(current.locations.map((_, l) => key(current, l)));
    const shared = base.locations.filter((_, l) => currentKeys.has(key(base, l))).length;
    assert.ok(shared > 10, `${shared} locations of the base are the current profile's too`);
    assert.equal(diffed.locations.length, current.locations.length + base.locations.length - shared);
    assert.equal(new Set(diffed.locations.map((_, l) => key(diffed, l))).size, diffed.locations.length, 'no location twice');
    // The samples' frames, read in the diff, are those each profile's own sample had.
    const frames = (p: Profile, i: number): string => Array.from(p.samples.locations.subarray(p.samples.stackStart[i], p.samples.stackStart[i + 1]), l => key(p, l)).join('|');
    for (let i = 0; i < current.samples.count; i++) assert.equal(frames(diffed, i), frames(current, i));
    for (let i = 0; i < base.samples.count; i++) assert.equal(frames(diffed, current.samples.count + i), frames(base, i));
  });

  it('normalize scales the profile to the base total: the net change is only rounding', () => {
    const q = queried({ subtractBase: false, normalize: true }, 'inuse_space');
    const tree = flameTree(q);
    assert.ok(Math.abs(tree.total[0]) <= current.samples.count, `net ${tree.total[0]}`);
    const plain = flameTree(queried({ subtractBase: false, normalize: false }, 'inuse_space'));
    assert.ok(plain.total[0] < -1_000_000, `without normalize the heap shrank by ${plain.total[0]}`);
  });

  it('-base makes percentages of the difference itself, -diff_base of the base', () => {
    const baseTotal = new QueriedProfile(base, { sampleType: sampleTypeIndex(base, 'alloc_space'), granularity: 'functions', filters: [] }).top.total;
    assert.equal(queried({ subtractBase: false, normalize: false }, 'alloc_space').top.total, baseTotal);
    assert.ok(queried({ subtractBase: true, normalize: false }, 'alloc_space').top.total > baseTotal);
  });
});

function sumOtherRoots(tree: FlameTreeData): number {
  let sum = 0;
  for (let i = 1; i < tree.parent.length; i++) if (tree.parent[i] === 0 && tree.names[tree.name[i]] !== 'runtime.main') sum += tree.total[i];
  return sum;
}

describe('report: the sample type a profile opens on', () => {
  const generated = (name: string) => read(join(repoRoot, 'test/fixtures/pprof/generated', name));
  const typeOf = (p: Profile) => p.sampleTypes[defaultSampleTypeIndex(p)].type;

  it('an allocs profile: its default_sample_type, alloc_space (editor summary and CLI alike)', () => {
    const allocs = generated('allocs.pb.gz');
    assert.equal(typeOf(allocs), 'alloc_space');
    assert.equal(summarizeProfile('allocs.pb.gz', allocs).defaultSampleType, sampleTypeIndex(allocs, 'alloc_space'));
    assert.equal(sampleTypeIndex(allocs), defaultSampleTypeIndex(allocs));
  });

  it('a Go heap profile sets none: the last type, inuse_space; a CPU profile: cpu', () => {
    const heap = generated('heap.pb.gz');
    assert.ok(heap.sampleTypes.some(t => t.type === 'alloc_space'));
    assert.equal(typeOf(heap), 'inuse_space');
    assert.equal(summarizeProfile('heap.pb.gz', heap).defaultSampleType, heap.sampleTypes.length - 1);
    assert.equal(typeOf(generated('cpu.pb.gz')), 'cpu');
    assert.equal(typeOf(base), 'inuse_space');
  });
});
