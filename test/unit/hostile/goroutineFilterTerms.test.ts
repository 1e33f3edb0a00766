// The goroutine view's filter with absurd terms, as a webview may post it: 20,000 copies of one
// word (each once searched for, over every group: 118 s of the analysis thread for 10^4 groups at
// load 15) are one term now, and a filter of more distinct words than the search takes (256) is
// refused by the host's check, never searched.
import assert from 'node:assert/strict';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { goroutineQueryJob, goroutinesJob } from '../../../src/host/worker/jobs/goroutines';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { MAX_FILTER_TERMS, parseFilter } from '../../../src/shared/goroutineFilter';
import { parseGoroutineWebviewMessage } from '../../../src/shared/goroutineProtocol';

useWorkerPlatform(nodeWorkerPlatform);

const GROUPS = 10_000;

function dump(): string {
  const parts: string[] = [];
  for (let i = 0; i < GROUPS; i++) parts.push(`goroutine ${i + 1} [chan receive, ${i % 50} minutes]:\nmain.worker${i}(0x1)\n\t/src/main.go:${(i % 1000) + 1} +0x1d\ncreated by main.main in goroutine 1\n\t/src/main.go:5 +0x10\n`);
  return parts.join('\n');
}

describe('hostile: goroutine filters of absurd terms', function () {
  this.timeout(120_000);

  it('a word given 20,000 times is one term: searched once, the same groups as the word alone', async () => {
    const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    await goroutinesJob.run({ text: dump(), similarity: 'default', lineOffset: 0, title: 'dump', viewId: 'v' }, context);
    const once = await goroutineQueryJob.run({ viewId: 'v', query: { filter: 'worker1', hideIdle: false }, more: false }, context);
    const started = performance.now();
    const repeated = await goroutineQueryJob.run({ viewId: 'v', query: { filter: 'worker1 '.repeat(12_000), hideIdle: false }, more: false }, context);
    const ms = performance.now() - started;
    assert.equal(repeated.unsentGroups, once.unsentGroups);
    assert.equal(repeated.groups.length, once.groups.length);
    assert.ok(ms < 20_000, `${Math.round(ms)} ms`);
    assert.deepEqual(parseFilter('Main main  func:x FUNC:x state:chan'), [
      { field: 'any', value: 'main', readsAsMark: false }, { field: 'func', value: 'x', readsAsMark: false }, { field: 'state', value: 'chan', readsAsMark: false },
    ]);
  });

  it('the host takes a filter of up to 256 distinct words, and 20,000 copies of one; it refuses 257 distinct ones', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const query = (filter: string) => parseGoroutineWebviewMessage({ type: 'query', query: { filter, hideIdle: false }, more: false });
    assert.equal(MAX_FILTER_TERMS, 256);
    assert.ok(query(words(256)));
    assert.ok(query('main '.repeat(20_000)));
    assert.equal(query(words(257)), undefined);
    assert.equal(query('m '.repeat(50_000)) !== undefined, true, 'one term, given 50,000 times');
  });
});
