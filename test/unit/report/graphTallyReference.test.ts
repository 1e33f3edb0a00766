// The graph's sums (graphTally.ts counts an edge once per sample with marks only where a frame
// repeats) against a plain transcription of pprof's graph.New: a set of seen nodes and seen
// edges per sample, an edge inline only if every sample that counted it inlined the callee,
// residual if any reached it past dropped frames. Random profiles of few functions make deep
// recursion, inlined locations and stacks that come back to the same caller.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Profile, StringTable } from 'pprof-format';
import { parseProfile } from '../../../src/core/pprof/parse';
import { createStackView, type StackView } from '../../../src/core/pprof';
import { GraphTally } from '../../../src/core/report/graphTally';

interface RandomProfile {
  functions: number;
  /** Per location its functions, innermost first (more than one: inlined). */
  locations: number[][];
  /** Stacks leaf first as location indexes, with a weight. */
  samples: { stack: number[]; weight: number }[];
}

const randomProfile: fc.Arbitrary<RandomProfile> = fc.integer({ min: 2, max: 6 }).chain(functions =>
  fc.array(fc.array(fc.integer({ min: 0, max: functions - 1 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }).chain(locations =>
    fc.record({
      functions: fc.constant(functions),
      locations: fc.constant(locations),
      samples: fc.array(fc.record({
        stack: fc.array(fc.integer({ min: 0, max: locations.length - 1 }), { minLength: 1, maxLength: 14 }),
        weight: fc.integer({ min: 0, max: 1000 }),
      }), { minLength: 1, maxLength: 30 }),
    })));

/**
 * `padding` more functions, each in a location no sample uses, make a view of that many more
 * frames: the tally keeps its edges in other tables as the frames grow (cells, an index, a hash).
 */
function encode(r: RandomProfile, padding = 0): Uint8Array {
  const st = new StringTable();
  const functions = r.functions + padding;
  const locations = [...r.locations, ...Array.from({ length: padding }, (_, k) => [r.functions + k])];
  const p = new Profile({
    stringTable: st,
    sampleType: [{ type: st.dedup('space'), unit: st.dedup('bytes') }],
    function: Array.from({ length: functions }, (_, i) => ({ id: i + 1, name: st.dedup(`main.f${i}`), systemName: st.dedup(`main.f${i}`), filename: st.dedup('main.go'), startLine: i + 1 })),
    location: locations.map((fs, i) => ({ id: i + 1, address: 0x1000 + 16 * i, line: fs.map((f, k) => ({ functionId: f + 1, line: 10 * (f + 1) + k })) })),
    sample: r.samples.map(s => ({ locationId: s.stack.map(l => l + 1), value: [s.weight] })),
    period: 1, periodType: { type: st.dedup('space'), unit: st.dedup('bytes') },
  });
  return p.encode();
}

/** pprof's graph.New over the view's samples, edges as "src dest weight inline residual". */
function referenceGraph(view: StackView, keep: Uint8Array | undefined): { cum: number[]; flat: number[]; edges: string[] } {
  const s = view.profile.samples;
  const frameCount = view.frames.name.length;
  const cum = new Array<number>(frameCount).fill(0), flat = new Array<number>(frameCount).fill(0);
  const edges = new Map<string, { weight: number; inline: boolean; residual: boolean }>();
  for (let i = 0; i < s.count; i++) {
    const w = view.weights[i];
    if (view.kept[i] === 0 || w === 0) continue;
    const seenNode = new Set<number>(), seenEdge = new Set<string>();
    let parent = -1, residual = false;
    for (let p = s.stackStart[i + 1] - 1; p >= s.stackStart[i]; p--) {
      const loc = s.locations[p];
      const first = view.locFrameStart[loc], last = view.locFrameStart[loc + 1] - 1;
      for (let k = last; k >= first; k--) {
        const n = view.locFrames[k];
        if (keep && keep[n] === 0) { residual = true; continue; }
        if (!seenNode.has(n)) { seenNode.add(n); cum[n] += w; }
        const pair = `${parent} ${n}`;
        if (!seenEdge.has(pair) && parent >= 0 && n !== parent) {
          seenEdge.add(pair);
          const inline = k !== last;
          const e = edges.get(pair);
          if (e) { e.weight += w; e.residual ||= residual; e.inline &&= inline; } else edges.set(pair, { weight: w, inline, residual });
        }
        parent = n;
        residual = false;
      }
    }
    if (parent >= 0 && !residual) flat[parent] += w;
  }
  return { cum, flat, edges: [...edges].map(([pair, e]) => `${pair} ${e.weight} ${e.inline} ${e.residual}`).sort() };
}

function tallied(view: StackView, keep: Uint8Array | undefined): { cum: number[]; flat: number[]; edges: string[] } {
  const tally = new GraphTally(view);
  tally.walk(view, keep, 1);
  const edges: string[] = [];
  for (let e = 0; e < tally.edges.size; e++) {
    if (tally.edges.samples(e) <= 0) continue;
    edges.push(`${tally.edges.src[e]} ${tally.edges.dest[e]} ${tally.edges.weight(e)} ${tally.edges.inlined[e] === tally.edges.samples(e)} ${tally.edges.residual[e] > 0}`);
  }
  return { cum: [...tally.cum], flat: [...tally.flat], edges: edges.sort() };
}

describe('report: graph sums against pprof\'s graph.New', () => {
  for (const { padding, runs } of [{ padding: 0, runs: 400 }, { padding: 1000, runs: 60 }, { padding: 3000, runs: 30 }]) {
    it(`equal a per-sample set of seen nodes and edges on random recursive, inlined profiles, with and without dropped frames (${padding} frames more)`, () => {
      fc.assert(fc.property(randomProfile, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (r, keepBits) => {
        const view = createStackView(parseProfile(encode(r, padding)), { granularity: 'functions' });
        assert.ok(view.frames.name.length >= padding);
        assert.deepEqual(tallied(view, undefined), referenceGraph(view, undefined));
        const keep = Uint8Array.from({ length: view.frames.name.length }, (_, f) => keepBits[f % keepBits.length] ? 1 : 0);
        assert.deepEqual(tallied(view, keep), referenceGraph(view, keep));
      }), { numRuns: runs });
    });
  }
});
