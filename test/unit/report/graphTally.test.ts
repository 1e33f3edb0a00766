// A graph without some frames, made from the whole graph by walking again only the samples
// through those frames, equals the same graph walked from every sample (the graph goldens
// check the whole path against pprof; this checks the shortcut on every frame it can drop).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readProfile } from '../../../src/core/input';
import { createStackView, type StackView } from '../../../src/core/pprof';
import { graphOfTally, tallyKeeping, wholeGraphTally } from '../../../src/core/report/callGraph';
import { GraphTally, labelSetIds } from '../../../src/core/report/graphTally';
import { internedLabelSets } from '../../../src/core/pprof/labelSets';

const fixtures = path.join(__dirname, '../../fixtures');

function describeGraph(view: StackView, tally: GraphTally, keep: Uint8Array): string[] {
  const graph = graphOfTally(view, tally, keep);
  const lines = graph.nodes.map(n => `node ${n.name} ${n.flat} ${n.cum}`);
  for (const n of graph.nodes) {
    for (const e of n.out.values()) lines.push(`edge ${e.src.name} -> ${e.dest.name} ${e.weight}${e.inline ? ' inline' : ''}${e.residual ? ' residual' : ''}`);
  }
  return lines.sort();
}

const cases: { file: string; options: Parameters<typeof createStackView>[1] }[] = [
  { file: 'pprof/generated/cpu.pb.gz', options: { granularity: 'functions' } },
  { file: 'pprof/generated/cpu.pb.gz', options: { granularity: 'lines' } },
  { file: 'corpus/gpn_cpu_labels.pprof', options: { granularity: 'functions', tagRoot: ['key1'] } },
  { file: 'corpus/pyro_go_heap.pb.gz', options: { granularity: 'functions' } },
];

describe('report: graph sums without some frames', () => {
  for (const { file, options } of cases) {
    it(`${file} ${JSON.stringify(options)}: walking only the samples through the dropped frames gives the graph a full walk gives`, () => {
      const view = createStackView(readProfile(readFileSync(path.join(fixtures, file))), options);
      const whole = wholeGraphTally(view);
      const frames = [...Array(whole.frameCount).keys()].filter(f => whole.frameSamples[f] > 0);
      assert.ok(frames.length > 3, 'the fixture has frames to drop');
      // Each frame alone, and the lightest third together (as nodefraction drops them).
      const masks: Uint8Array[] = frames.slice(0, 40).map(drop => {
        const keep = new Uint8Array(whole.frameCount).fill(1);
        keep[drop] = 0;
        return keep;
      });
      const light = [...frames].sort((a, b) => Math.abs(whole.cum[a]) - Math.abs(whole.cum[b])).slice(0, Math.floor(frames.length / 3));
      const keepHeavy = new Uint8Array(whole.frameCount).fill(1);
      for (const f of light) keepHeavy[f] = 0;
      masks.push(keepHeavy);
      for (const keep of masks) {
        const fresh = new GraphTally(view);
        fresh.walk(view, keep, 1);
        assert.deepEqual(describeGraph(view, tallyKeeping(view, keep), keep), describeGraph(view, fresh, keep));
      }
      // The whole tally is left as it was by the walks of its copies.
      const again = new GraphTally(view);
      again.walk(view, undefined, 1);
      assert.deepEqual([...whole.cum], [...again.cum]);
      assert.deepEqual(describeGraph(view, whole, new Uint8Array(whole.frameCount).fill(1)), describeGraph(view, again, new Uint8Array(whole.frameCount).fill(1)));
    });
  }
});

// The graph's per-tag sums number the samples' label sets: from the sets the decoder interned
// (without building the label columns, which `top` never reads) or from the columns when the
// samples were not interned. Both must number them alike.
describe('report: label sets of the graph\'s tag sums', () => {
  for (const file of ['corpus/gpn_cpu_labels.pprof', 'corpus/pyro_go_cpu_labels.pprof', 'corpus/pyro_go_heap.pb.gz', 'pprof/generated/heap.pb.gz']) {
    it(`${file}: the decoder's interned sets number the samples as their columns do`, () => {
      const profile = readProfile(readFileSync(path.join(fixtures, file)));
      assert.ok(internedLabelSets(profile.samples), 'decoded samples keep their interned sets');
      const view = createStackView(profile);
      const fromInterned = labelSetIds(view);
      // A plain copy of the table: its label columns built, nothing interned.
      const plain = { ...view, profile: { ...profile, samples: { ...profile.samples } } };
      assert.equal(internedLabelSets(plain.profile.samples), null);
      const fromColumns = labelSetIds(plain);
      assert.deepEqual(fromInterned.representative, fromColumns.representative);
      assert.deepEqual(fromInterned.ids, fromColumns.ids);
      assert.ok(fromColumns.representative.length > 0, 'the profile has labelled samples');
    });
  }
});
