import * as assert from 'assert';
import { formatWaitMinutes } from '../../../src/shared/waitFormat';

describe('formatWaitMinutes: one wording of a group\'s wait for every view', () => {
  it('a single value, a range, and a range from under a minute (Go prints no 0) as "up to"', () => {
    assert.strictEqual(formatWaitMinutes(5, 5), '5 min');
    assert.strictEqual(formatWaitMinutes(261, 429), '261–429 min');
    assert.strictEqual(formatWaitMinutes(0, 2), 'up to 2 min');
    assert.strictEqual(formatWaitMinutes(0, 0), '0 min');
  });

  it('groups thousands as the counts beside it do', () => {
    assert.strictEqual(formatWaitMinutes(0, 10080), 'up to 10,080 min');
    assert.strictEqual(formatWaitMinutes(1440, 10080), '1,440–10,080 min');
  });
});
