// Google's Java profiler's legacy profiles: the real ones (pprof's testdata, in the corpus) are
// checked view by view in the producers goldens; this one holds the frame shapes those lack, with
// the -traces and -top -lines `go tool pprof` (Go 1.19) printed for it.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { parseProfile } from '../../../src/core/pprof/parse';

const heapz = [
  '--- heapz 1 ---', 'format = java', 'resolution = bytes', '',
  '  4096   2 @ 0x0000000a 0x0000000b 0x0000000c',
  '  1024   1 @ 0x0000000d 0x0000000b 0x0000000e',
  '  2048   4 @ 0x0000000a 0x0000000b 0x0000000c', '',
  ' 0x0000000a java.util.Arrays.copyOf (Arrays.java:3236)',
  ' 0x0000000b Java_java_util_zip_Inflater_inflateBytes (/usr/lib/jvm/lib/libzip.so)',
  ' 0x0000000c com.example.Main$Worker.run (Main.java:-1)',
  ' 0x0000000d <generated stub/JIT code>',
  ' 0x00000010 com.example.Unused (Unused.java:1)', '',
].join('\n');

const pprofTraces = `Type: inuse_space
-----------+-------------------------------------------------------
     bytes:  2kB
  1050625B   java.util.Arrays.copyOf
             Java_java_util_zip_Inflater_inflateBytes
             com.example.Main$Worker.run
-----------+-------------------------------------------------------
     bytes:  1kB
   524800B   STUB
             Java_java_util_zip_Inflater_inflateBytes
             <unknown>
-----------+-------------------------------------------------------
     bytes:  512B
  2098176B   java.util.Arrays.copyOf
             Java_java_util_zip_Inflater_inflateBytes
             com.example.Main$Worker.run
-----------+-------------------------------------------------------
`;

const pprofLines = `      flat  flat%   sum%        cum   cum%
  3148801B 85.71% 85.71%   3148801B 85.71%  java.util.Arrays.copyOf Arrays.java:3236
   524800B 14.29%   100%    524800B 14.29%  STUB
         0     0%   100%    524800B 14.29%  <unknown>
         0     0%   100%   3673601B   100%  Java_java_util_zip_Inflater_inflateBytes libzip.so
         0     0%   100%   3148801B 85.71%  com.example.Main$Worker.run Main.java
`;

async function goprof(argv: string[]): Promise<string> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  assert.equal(code, 0, err);
  return out;
}

describe('legacy Java profiles', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'goprof-java-')), 'synthetic.heap');
  before(() => writeFileSync(file, heapz));

  it('names frames as pprof does: file:line, a library by its base name, JIT stubs, a frame never described', async () => {
    assert.equal(await goprof(['traces', file, '--unit', 'B']), pprofTraces);
    assert.ok((await goprof(['top', file, '--unit', 'B', '--granularity', 'lines'])).endsWith(pprofLines));
  });

  it('reads a contentionz as Java only when Go\'s contention reader would refuse its attributes', () => {
    const samples = '  10 2 @ 0x0000000a\n 0x0000000a com.example.Lock.acquire (Lock.java:12)\n';
    const java = parseProfile(new TextEncoder().encode(`--- contentionz 1 ---\nformat = java\nresolution = microseconds\nsampling period = 100\n${samples}`));
    assert.deepEqual(java.sampleTypes, [{ type: 'contentions', unit: 'count' }, { type: 'delay', unit: 'microseconds' }]);
    assert.deepEqual([...java.samples.values], [200, 1000]);
    assert.equal(java.functions[0].name, 'com.example.Lock.acquire');
    const go = parseProfile(new TextEncoder().encode('--- contentionz 1 ---\ncycles/second = 1000000000\nsampling period = 100\n  10 2 @ 0x0000000a\n'));
    assert.deepEqual(go.sampleTypes, [{ type: 'contentions', unit: 'count' }, { type: 'delay', unit: 'nanoseconds' }]);
  });
});
