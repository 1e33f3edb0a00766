// A webview posting 10^4 requests a second: each waited in the worker's queue with its query
// copied there, unbounded. Past 256 waiting, a request is refused at once with one error.
import assert from 'node:assert/strict';
import { MAX_REQUESTS_IN_FLIGHT, RequestsInFlight, TooManyRequestsError } from '../../../src/host/requestsInFlight';

describe('requests a webview keeps waiting', () => {
  it('10^4 at once: 256 run, every other one refused at once with one error, and room again as they end', async () => {
    const requests = new RequestsInFlight();
    const releases: (() => void)[] = [];
    let ran = 0;
    const outcomes = Array.from({ length: 10_000 }, () => requests.run(() => { ran++; return new Promise<string>(resolve => releases.push(() => resolve('answered'))); })
      .catch((e: unknown) => e instanceof TooManyRequestsError ? e.message : 'other'));
    assert.equal(ran, MAX_REQUESTS_IN_FLIGHT);
    for (const release of releases) release();
    const answers = await Promise.all(outcomes);
    assert.equal(answers.filter(a => a === 'answered').length, MAX_REQUESTS_IN_FLIGHT);
    assert.deepEqual(new Set(answers.filter(a => a !== 'answered')), new Set(['256 requests of this view are already waiting for the analysis; this one was not run.']));
    assert.equal(await requests.run(async () => 'again'), 'again');
  });

  it('a request that fails leaves its place', async () => {
    const requests = new RequestsInFlight(1);
    await assert.rejects(requests.run(() => Promise.reject(new Error('no such function'))), /no such function/);
    assert.equal(await requests.run(async () => 1), 1);
  });
});
