// The flame graph's "Group by label" selects offer the profile's label keys and the chosen ones,
// each once: keys are the profile's text, which may be thousands of distinct long strings.
import assert from 'node:assert/strict';
import { labelKeyChoices } from '../../../webview-ui/src/profile/labelKeyChoices';
import { longKeysOfOneLength } from '../../hostile/longKeys';
import { withinCpu } from '../../hostile/threadCpu';

describe('webview: the label keys the flame graph offers to group by', () => {
  it('the profile\'s keys in their order, then chosen keys it lacks, each once', () => {
    assert.deepEqual(labelKeyChoices(['a', 'b', 'a'], { tagRoot: ['b', 'gone'], tagLeaf: ['gone', 'c'] }), ['a', 'b', 'gone', 'c']);
  });

  it('long keys of one length told apart and kept once, among short ones, in order', () => {
    const [x, y] = longKeysOfOneLength(2);
    assert.deepEqual(labelKeyChoices([x, 'a', y, x], { tagRoot: [y], tagLeaf: ['a', `${x}`] }), [x, 'a', y]);
  });

  it('3,000 distinct keys of 17,006 characters within 3 s of CPU (a native Set took 10 s)', function () {
    this.timeout(120_000); // wall time, which load stretches: the bound is on CPU time
    const keys = longKeysOfOneLength(3000);
    const chosen = longKeysOfOneLength(3001).slice(2999);
    const choices = withinCpu(3000, () => labelKeyChoices(keys, { tagRoot: chosen, tagLeaf: [] }), 'the choices of 3,000 long keys');
    assert.equal(choices.length, 3001);
    assert.equal(choices[3000].slice(-6), '003000');
  });
});
