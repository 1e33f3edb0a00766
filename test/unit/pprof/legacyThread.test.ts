// gperftools' thread profiles (threadz): the real ones (pprof's testdata, in the corpus) are
// checked view by view in the producers goldens; here what pprof refuses, and a hostile header.
import assert from 'node:assert/strict';
import { parseProfile, ProfileParseError } from '../../../src/core/pprof';
import { withinCpu } from '../../hostile/threadCpu';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const thread = '--- threadz 1 ---\n\n--- Thread 7eff063d9940 (name: main/25376) stack: ---\n  PC: 0xbc8f1c 0xbcae55\n';

describe('legacy thread profiles', () => {
  it('reads a thread followed by its memory map, and refuses one cut inside a stack as pprof does', () => {
    const p = parseProfile(bytes(`${thread}--- Memory map: ---\n  00400000-00fcb000: /srv/server_main\n`));
    assert.deepEqual(p.sampleTypes, [{ type: 'thread', unit: 'count' }]);
    assert.deepEqual([...p.samples.values], [1]);
    // The caller's return address stepped back onto its call, the leaf's not.
    assert.deepEqual(p.locations.map(l => l.address), [0xbc8f1c, 0xbcae54]);
    assert.equal(p.mappings[0].file, '/srv/server_main');
    assert.throws(() => parseProfile(bytes(thread)), ProfileParseError);
  });

  it('stays linear on a line that repeats a thread header\'s start', () => {
    withinCpu(5000, () => assert.throws(() => parseProfile(bytes(`--- threadz 1 ---\n${'--- Thread 1 (name: '.repeat(100_000)}\n`)), ProfileParseError));
  });
});
