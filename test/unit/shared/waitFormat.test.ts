import * as assert from 'assert';
import { formatWaitDuration, formatWaitMinutes, goWaitMinutes, waitSentencePhrase } from '../../../src/shared/waitFormat';

describe('formatWaitMinutes: one wording of a group\'s wait for every view', () => {
  it('a single value, a range, and a range from under a minute (Go prints no 0) as "up to"', () => {
    assert.strictEqual(formatWaitMinutes(5, 5), '5 min');
    assert.strictEqual(formatWaitMinutes(61, 119), '61–119 min');
    assert.strictEqual(formatWaitMinutes(0, 2), 'up to 2 min');
    assert.strictEqual(formatWaitMinutes(0, 0), '0 min');
  });

  it('past two hours, hours and minutes: the kube-apiserver leak\'s 261–429 minutes and a week-old wait', () => {
    assert.strictEqual(formatWaitMinutes(261, 429), '4 h 21 min – 7 h 9 min');
    assert.strictEqual(formatWaitMinutes(429, 429), '7 h 9 min');
    assert.strictEqual(formatWaitMinutes(0, 429), 'up to 7 h 9 min');
    assert.strictEqual(formatWaitMinutes(45, 120), '45 min – 2 h');
    assert.strictEqual(formatWaitMinutes(0, 10080), 'up to 168 h');
    assert.strictEqual(formatWaitMinutes(1440, 100000), '24 h – 1,666 h 40 min');
  });

  it('one wait: minutes under 120, whole hours without "0 min", a median\'s half minute rounded', () => {
    assert.strictEqual(formatWaitDuration(119), '119 min');
    assert.strictEqual(formatWaitDuration(120), '2 h');
    assert.strictEqual(formatWaitDuration(1439), '23 h 59 min');
    assert.strictEqual(formatWaitDuration(323.5), '5 h 24 min');
    assert.strictEqual(formatWaitDuration(2.5), '2.5 min');
  });

  it('a sentence says minutes in words under two hours and the table\'s hours past them', () => {
    assert.strictEqual(waitSentencePhrase(1, 1), 'for 1 minute');
    assert.strictEqual(waitSentencePhrase(0, 2), 'for up to 2 minutes');
    assert.strictEqual(waitSentencePhrase(30, 90), 'for 30–90 minutes');
    for (const [min, max] of [[261, 429], [0, 429], [429, 429], [90, 1500]]) {
      assert.strictEqual(waitSentencePhrase(min, max), `for ${formatWaitMinutes(min, max)}`);
    }
  });

  it('Go\'s own minutes, what a search of the dump finds', () => {
    assert.strictEqual(goWaitMinutes(261, 429), '261–429 minutes');
    assert.strictEqual(goWaitMinutes(1, 1), '1 minute');
    assert.strictEqual(goWaitMinutes(0, 429), 'up to 429 minutes');
    assert.strictEqual(goWaitMinutes(10080, 10080), '10,080 minutes');
  });
});
