import assert from 'node:assert/strict';
import { distinctLabelKeys, parseProfile, ProfileParseError } from '../../../src/core/pprof';
import { profileFiles } from './corpusFiles';

describe('distinctLabelKeys', () => {
  it('gives the label keys the built label columns hold, without building them first', () => {
    let withLabels = 0;
    for (const f of profileFiles()) {
      let fromSets: string[];
      let fromColumns: string[];
      try {
        const lazy = parseProfile(f.bytes);
        fromSets = distinctLabelKeys(lazy.samples).map(k => lazy.strings[k]).sort();
        const eager = parseProfile(f.bytes);
        fromColumns = [...new Set(eager.samples.labelKey)].map(k => eager.strings[k]).sort();
      } catch (e) {
        if (e instanceof ProfileParseError) continue; // files that are not profiles have no labels to compare
        throw e;
      }
      assert.deepEqual(fromSets, fromColumns, f.name);
      if (fromSets.length) withLabels++;
    }
    assert.ok(withLabels >= 5, `profiles with labels: ${withLabels}`);
  });
});
