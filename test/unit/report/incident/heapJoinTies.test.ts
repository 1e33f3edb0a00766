// The incident's heap join orders its functions, allocation sites and flame children by pprof's
// int64 sums: two sums a few units apart past 2^53 print as the same double but are not a tie
// (ordered by name they were). The hand-made legacy heap of test/fixtures/pprof/legacy-int64:
// main.zeta holds 2^54+2 bytes, main.alpha 2^54+1, both printed 18014398509481984; the sums are
// taken from `go tool pprof -raw` (its golden), the frames' names from the profile's "#" lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../../../../src/core/pprof';
import { parseSymbolLine } from '../../../../src/core/pprof/legacyText';
import { joinHeap, joinView } from '../../../../src/core/report/incident/heapJoin';
import { repoRoot } from '../../pprof/goldenTop';

const dir = join(repoRoot, 'test/fixtures/pprof/legacy-int64');
const name = 'heap_ties_past_2p53.txt';

/** Per leaf function, the int64 sum of its space in pprof's -raw samples. */
function pprofLeafSums(): Map<string, bigint> {
  const text = readFileSync(join(dir, name), 'utf8');
  const functionAt = new Map<bigint, string>();
  for (const line of text.split('\n')) {
    const s = parseSymbolLine(line.trim());
    if (s) functionAt.set(BigInt(s.pc), s.name);
  }
  const raw = readFileSync(join(dir, 'golden', `${name}.raw.txt`), 'utf8');
  const address = new Map<string, bigint>();
  for (const m of raw.matchAll(/^ +(\d+): (0x[0-9a-f]+) M=/gm)) address.set(m[1], BigInt(m[2]));
  const sums = new Map<string, bigint>();
  for (const m of raw.matchAll(/^ +\d+ (\d+): (\d+)/gm)) {
    const leaf = functionAt.get(address.get(m[2])!)!;
    sums.set(leaf, (sums.get(leaf) ?? 0n) + BigInt(m[1]));
  }
  return sums;
}

describe('the incident\'s heap join orders by int64 sums past 2^53', () => {
  it('functions, allocation sites and flame children heaviest first, not by name when the doubles tie', () => {
    const sums = pprofLeafSums();
    const [zeta, alpha] = [sums.get('main.zeta')!, sums.get('main.alpha')!];
    assert.ok(zeta > alpha && Number(zeta) === Number(alpha), `${zeta} ${alpha}: apart as int64s, alike as doubles`);
    const p = parseProfile(readFileSync(join(dir, name)));
    const joined = joinHeap(joinView(p, 'space')!, ['main.alpha', 'main.zeta'])!;
    assert.deepEqual(joined.functions, ['main.zeta', 'main.alpha']);
    assert.deepEqual(joined.allocatedIn.map(s => [s.func, s.value]), [['main.zeta', Number(zeta)], ['main.alpha', Number(alpha)]]);
    assert.deepEqual(joined.flame!.children.map(c => c.name), ['main.zeta', 'main.alpha']);
    assert.equal(joined.value, Number(zeta + alpha));
  });
});
