// `goprof flame --json --max-nodes 0` writes every node of a profile of distinct deep stacks (2·10^4
// samples 100 deep: 2·10^6 nodes, 142 MB of JSON) while it walks the tree, never holding it: what
// the process holds while it writes stays the samples' cursors, not ~70 bytes a node (223 MB of
// heap and buffers at its peak before, 61 MB after, from ~20 MB; 836 → 170 MB of RSS at 10^7 nodes).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileProfiles } from '../../hostile/hostileProfiles';
import { runCli } from '../../../src/cli/main';

describe('hostile inputs: flame --json --max-nodes 0 holds no tree', function () {
  this.timeout(120_000);

  it('2·10^6 nodes written with the heap and buffers under 100 MB above where they started, at every piece', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goprof-flame-walk-'));
    try {
      const file = join(dir, 'deep.pb');
      writeFileSync(file, hostileProfiles['distinct-deep-stacks'](0.2));
      // Above what the process held before (other tests' leftovers in a whole run).
      const before = process.memoryUsage();
      const start = before.heapUsed + before.arrayBuffers;
      let bytes = 0, peak = 0;
      const code = await runCli(['flame', file, '--json', '--max-nodes', '0'], {
        out: t => { bytes += t.length; },
        outBytes: b => {
          bytes += b.length;
          const m = process.memoryUsage();
          peak = Math.max(peak, m.heapUsed + m.arrayBuffers);
        },
        err: t => assert.fail(t),
      });
      assert.equal(code, 0);
      // The same JSON as the tree built whole wrote (flameNodeBound.test.ts; the file is made from a fixed seed).
      assert.equal(bytes, 141_639_528);
      assert.ok(peak - start < 100 * 2 ** 20, `${Math.round((peak - start) / 2 ** 20)} MB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
