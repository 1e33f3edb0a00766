// Frames whose package a tool printed as a directory relative to its own (`../ledger.(*Book).MustKind(…)`,
// `./internal/restock.Start(…)`): Go prints a module replaced by a directory by its module path
// (checked with Go 1.19, scripts/go/replacedir), so these come from a rewrite of the paths after Go
// printed them, as in pasted/providerargocd_340_… (realPastes.test.ts). The fixture is Go 1.19's
// output of scripts/go/replacedir with its module paths rewritten so (SOURCES.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const fixture = readFileSync('test/fixtures/goroutines/replacedir_relative_packages_cut.txt', 'utf8');
const lines = fixture.split('\n');

/** The text as a string and as bytes: the scanner's two paths read it alike. */
function bothPaths(text: string): GoroutineAnalysis[] {
  return [analyzeGoroutineDump(text), analyzeGoroutineDump(new TextEncoder().encode(text))];
}

const framesOf = (a: GoroutineAnalysis, id: number) => [...a.dump.goroutines].find(g => g.id === id)?.frames.map(f => `${f.func} ${f.file}:${f.line}`);

describe('goroutines: frames of packages named by a relative directory', () => {
  it('reads them as frames and blames the crash on the top one, creators included', () => {
    for (const a of bothPaths(fixture)) {
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.cut]), [[1, false], [18, false], [19, false], [20, true]]);
      assert.deepEqual(framesOf(a, 1), [
        '../ledger.(*Book).MustKind ../ledger@v0.0.0/ledger.go:22', './internal/restock.Start ./internal/restock/restock.go:13', 'main.main ./main.go:18',
      ]);
      assert.deepEqual([...a.dump.goroutines].map(g => g.createdBy?.func ?? null), [null, 'main.main', './internal/restock.Start', './internal/restock.Start']);
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: no kind "" has been registered in book 0xc00009a018) in ledger.(*Book).MustKind (ledger.go:22)');
      // Only the log line above the panic is skipped; the cut is in the last creator's path.
      assert.deepEqual(a.dump.warnings.map(w => w.line), [1, 30]);
    }
  });

  it('starts a stack without its header at such a frame, behind a log prefix or not', () => {
    const excerpt = lines.slice(4, 9).join('\n') + '\n';
    const prefixed = lines.slice(4, 30).map(line => (line === '' ? line : `api-1  | ${line}`)).join('\n');
    for (const a of [...bothPaths(excerpt), ...bothPaths(prefixed)]) {
      assert.deepEqual(a.dump.headlessStacks[0].frames.map(f => f.func), ['../ledger.(*Book).MustKind', './internal/restock.Start', 'main.main']);
    }
    assert.deepEqual([...analyzeGoroutineDump(prefixed).dump.goroutines].map(g => g.id), [18, 19, 20]);
  });

  it('keeps a name cut at the paste\'s end as the cut frame, and a relative path of a shell command under a whole goroutine as text', () => {
    for (const [cut, func] of [['../ledger.(*Book).Mu', '../ledger.(*Book).Mu…'], ['./internal/restock.Start(0x98', './internal/restock.Start']]) {
      for (const a of bothPaths(lines.slice(0, 6).join('\n') + '\n' + cut)) {
        assert.deepEqual(framesOf(a, 1)?.map(f => f.split(' ')[0]), ['../ledger.(*Book).MustKind', func], cut);
        assert.equal([...a.dump.goroutines][0].cut, true);
      }
    }
    for (const after of ['./build.sh', '../run.sh --race', './a.out']) {
      for (const a of bothPaths(lines.slice(0, 24).join('\n') + '\n' + after)) assert.deepEqual([a.dump.truncated, [...a.dump.goroutines].map(g => g.cut)], [false, [false, false, false]], after);
    }
  });
});
