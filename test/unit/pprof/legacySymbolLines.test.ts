// Go's debug=1 text profiles name every PC of a sample in the "#" lines under it: each location
// gets the function its own line names, not only the first location read (as the lookup of a PC's
// location by the table's value, rather than its entry, did). Real Go 1.19 output of
// scripts/go/pprofgen and the corpus' debug=1 goroutine profile.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../../../src/core/pprof';
import { parseSymbolLine } from '../../../src/core/pprof/legacyText';
import { repoRoot } from './goldenTop';

const files = [
  'test/fixtures/pprof/generated/heap.debug1.txt', 'test/fixtures/pprof/generated/mutex.debug1.txt',
  'test/fixtures/pprof/generated/goroutine.debug1.txt', 'test/fixtures/corpus/gpn_goroutine_debug1.txt',
  'test/fixtures/pprof/legacy-int64/heap_ties_past_2p53.txt',
];

describe('legacy text profiles: every "#" line names its own PC', () => {
  for (const rel of files) {
    it(rel.split('/').pop()!, () => {
      const text = readFileSync(join(repoRoot, rel), 'utf8');
      const p = parseProfile(new TextEncoder().encode(text));
      const namesAt = new Map<number, string[]>();
      for (const loc of p.locations) namesAt.set(loc.address, loc.lines.map(l => p.functions[l.functionIndex].name));
      const symbolLines = text.split('\n').map(l => parseSymbolLine(l.trim())).filter(s => s !== undefined);
      assert.ok(symbolLines.length > 0, 'symbol lines');
      for (const s of symbolLines) assert.ok(namesAt.get(s.pc)?.includes(s.name), `0x${s.pc.toString(16)} ${s.name}: ${JSON.stringify(namesAt.get(s.pc))}`);
    });
  }
});
