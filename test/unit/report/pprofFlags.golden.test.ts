// `goprof top|tree|peek --cum`, `--noinlines`, `--relative-percentages`, `--prune-from`, `goprof tags` and
// `goprof raw` against `go tool pprof -cum`, `-noinlines`, `-relative_percentages`, `-prune_from`, `-tags` and `-raw` on the
// same files (goldens from `npm run golden -- flags`, scripts/golden-flags.ts): the same text line
// for line (edges of one |weight| compared as sets, as pprof orders them by Go's map order).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEscapingBytes } from '../../../src/core/byteEscapes';
import { runCli } from '../../../src/cli/main';
import type { FlagsGoldenCase } from '../../../scripts/golden-flags';
import { repoRoot } from '../pprof/goldenTop';
import { canonicalEdgeOrder, firstDifference } from '../pprof/viewText';
import { comparableLegend, formatJson, parseDot } from './dotComparison';

const goldenDir = join(repoRoot, 'test/fixtures/pprof/flags-golden');
const cases = JSON.parse(readFileSync(join(goldenDir, 'manifest.json'), 'utf8')) as FlagsGoldenCase[];

/** Raw goldens goprof cannot print as pprof does, and why. */
const KNOWN_RAW_DIFFERENCES: Record<string, string> = {
  // pprof takes 1 off a legacy heap frame's address, 0 too: 2^64 - 1, which a double cannot hold.
  'real_gperftools_heap_excerpt_zero_frames.heap.raw.txt': 'a frame at address 0',
};

/**
 * An address past 2^53 (a kernel frame's, 0xffffffff8137a1f0) is held in a double, which rounds
 * it: such addresses compare by their first 11 hex digits.
 */
const wideAddresses = (text: string): string => text.replace(/\b0x([0-9a-f]{11})[0-9a-f]{3,}/g, '0x$1…');

async function goprof(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const args = argv.map(a => (/^(test|samples)\//.test(a) ? join(repoRoot, a) : a));
  const code = await runCli(args, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

describe('goprof --cum, --noinlines, --relative-percentages, --prune-from, tags and raw vs go tool pprof', () => {
  const savedTz = process.env.TZ;
  before(() => { process.env.TZ = 'UTC'; });
  after(() => { if (savedTz === undefined) delete process.env.TZ; else process.env.TZ = savedTz; });

  it('covers -cum and -noinlines on the views, -tags with labels, numeric labels, filters, bases and merges, and -raw', () => {
    for (const view of ['top', 'tree', 'peek']) assert.ok(cases.some(c => c.view === view && c.goprofArgs.includes('--cum')), `no ${view} --cum case`);
    for (const view of ['top', 'tree', 'peek', 'traces', 'dot']) assert.ok(cases.some(c => c.view === view && c.goprofArgs.includes('--noinlines')), `no ${view} --noinlines case`);
    assert.ok(cases.some(c => c.view === 'raw' && c.profiles.length === 3), 'no raw of three files');
    for (const view of ['top', 'tree', 'peek', 'traces', 'dot']) assert.ok(cases.some(c => c.view === view && c.goprofArgs.includes('--relative-percentages')), `no ${view} --relative-percentages case`);
    for (const view of ['top', 'tree', 'peek', 'traces']) assert.ok(cases.some(c => c.view === view && c.goprofArgs.includes('--prune-from')), `no ${view} --prune-from case`);
    const labelled = cases.filter(c => c.view === 'tags' && !c.pprofFailed && readFileSync(join(goldenDir, c.golden), 'utf8') !== '');
    assert.ok(labelled.length >= 20, `${labelled.length} tags goldens with labels`);
    for (const flag of ['--tagfocus', '--tagignore', '--focus', '--hide', '--show-from', '--diff-base', '--base', '--unit', '--sample-index']) {
      assert.ok(labelled.some(c => c.goprofArgs.includes(flag)), `no tags case with ${flag}`);
    }
    assert.ok(labelled.some(c => c.profiles.length === 2), 'no merged pair');
    // A numeric label printed in its unit, and a string label.
    assert.ok(labelled.some(c => /^ +bytes: Total /m.test(readFileSync(join(goldenDir, c.golden), 'utf8'))));
    assert.ok(labelled.some(c => /^ +worker: Total /m.test(readFileSync(join(goldenDir, c.golden), 'utf8'))));
  });

  it('-noinlines changes what its profiles print: each has inlined calls', async function () {
    this.timeout(60000);
    for (const c of cases.filter(k => k.view === 'top' && k.goprofArgs.length === 2 + k.profiles.length && k.goprofArgs.includes('--noinlines'))) {
      const golden = readFileSync(join(goldenDir, c.golden), 'utf8');
      const inlined = await goprof(c.goprofArgs.filter(a => a !== '--noinlines'));
      assert.notEqual(inlined.out, golden, c.golden);
      assert.match(inlined.out, /\((?:partial-)?inline\)$/m, c.golden);
      assert.doesNotMatch(golden, /\((?:partial-)?inline\)$/m, c.golden);
    }
  });

  for (const c of cases) {
    // pprof refuses a few hand-rolled shapes that goprof reads with a warning: nothing to compare.
    if (c.pprofFailed) continue;
    it(`${c.golden}: ${c.pprofArgs.join(' ')} ${c.profiles.map(p => p.split('/').pop()).join(' ')}`, async function () {
      this.timeout(30000);
      const r = await goprof(c.goprofArgs);
      // pprof prints a name that is not UTF-8 as its bytes, which goprof holds as escaped bytes.
      const theirs = decodeEscapingBytes(readFileSync(join(goldenDir, c.golden)));
      assert.equal(r.code, 0, r.err);
      const input = c.profiles.length === 1 ? readFileSync(join(repoRoot, c.profiles[0]), 'latin1') : '';
      const keys = new Set([...input.matchAll(/^# labels: \{(.*)\}$/gm)].flatMap(m => [...m[1].matchAll(/"([^"]+)":/g)].map(k => k[1])));
      if (c.view === 'tags' && input.startsWith('goroutine profile: total ') && keys.size > 0) {
        // pprof's legacy reader drops a debug=1 record's `# labels:` line, goprof reads it: pprof
        // prints no tags, goprof each key of those lines.
        assert.equal(theirs, '');
        assert.deepEqual(new Set([...r.out.matchAll(/^ *(\S+): Total /gm)].map(m => m[1])), keys);
        return;
      }
      if (c.view === 'dot') {
        // The graph as nodes, edges and legend, as the graph goldens compare it.
        const unit = c.goprofArgs[c.goprofArgs.indexOf('--unit') + 1];
        const [ours, dot] = [formatJson(JSON.parse(r.out) as Parameters<typeof formatJson>[0], unit), parseDot(theirs)];
        assert.deepEqual(ours.nodes, dot.nodes, 'nodes');
        assert.deepEqual([...ours.edges].sort(), [...dot.edges].sort(), 'edges');
        assert.deepEqual(comparableLegend(ours.legend), comparableLegend(dot.legend), 'legend');
        return;
      }
      if (c.view === 'raw' && KNOWN_RAW_DIFFERENCES[c.golden]) this.skip();
      if (c.view === 'raw' && c.profiles.length === 1 && /\.debug1\.txt$|goroutine_debug1/.test(c.profiles[0])) {
        // Go's debug=1 text names each address's function in a `#` line and a goroutine record's
        // labels in a `# labels:` one, which goprof reads and pprof does not: the samples' values,
        // numbering and addresses compare, the names and labels only in goprof.
        const unsymbolized = (text: string) => text.replace(/^( +\d+: 0x[0-9a-f]+ (?:M=\d+ )?).*$/gm, '$1').replace(/^ {13}\S.*\n/gm, '').replace(/^ {16}\S.*\n/gm, '');
        assert.equal(unsymbolized(r.out), unsymbolized(theirs));
        return;
      }
      const [out, golden] = c.view === 'raw' ? [wideAddresses(r.out), wideAddresses(theirs)] : [r.out, theirs];
      if (c.digest) {
        const head = theirs.split('\n').slice(0, -1);
        assert.deepEqual(out.split('\n').slice(0, head.length), wideAddresses(head.join('\n')).split('\n'), `${c.golden}: first lines`);
        if (out === r.out) assert.equal(createHash('sha256').update(r.out).digest('hex'), c.digest.sha256, `${c.golden}: the whole text`);
        return;
      }
      if (out === golden) return;
      const [ours, pprofs] = [canonicalEdgeOrder(out), canonicalEdgeOrder(golden)];
      assert.ok(ours === pprofs, `${c.golden} differs at ${firstDifference(ours, pprofs)}`);
    });
  }
});
