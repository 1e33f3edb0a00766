// `goprof export`: the .pb.gz it writes is read by `go tool pprof` with the numbers `goprof top`
// prints for the same query (filters, label frames, a diff); the SVG, CSV and Markdown hold the
// editor's top rows and flame tree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { repoRoot } from '../pprof/goldenTop';

const generated = (f: string) => join(repoRoot, 'test/fixtures/pprof/generated', f);
const diffFixture = (f: string) => join(repoRoot, 'test/fixtures/pprof/diff', f);

async function run(...argv: string[]): Promise<string> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  assert.equal(code, 0, `goprof ${argv.join(' ')}: ${err}`);
  return out;
}

const hasGo = spawnSync('go', ['version'], { encoding: 'utf8' }).status === 0;

// pprof picks the unit of a report from its total, which a filtered export changes: both sides
// print in the one unit asked for.
function goPprofTop(file: string, unit: string): string {
  const r = spawnSync('go', ['tool', 'pprof', '-top', '-nodefraction=0', '-edgefraction=0', `-unit=${unit}`, file], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** "Showing nodes accounting for X, P% of T total" and the rows as [flat, cum, name]. */
function topOf(text: string): { accounting: string; total: string; rows: string[][] } {
  const lines = text.split('\n');
  const showing = lines.find(l => l.startsWith('Showing nodes accounting for'))!;
  const m = /accounting for (\S+), \S+ of (\S+) total/.exec(showing)!;
  const start = lines.findIndex(l => /^\s+flat\s+flat%/.test(l)) + 1;
  const rows = lines.slice(start).filter(l => l.trim() !== '').map(l => {
    const f = l.trim().split(/\s+/);
    return [f[0], f[3], f.slice(5).join(' ')];
  });
  return { accounting: m[1], total: m[2], rows };
}

describe('goprof export', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'goprof-export-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: { name: string; file: string; flags: string[]; sameTotal: boolean; unit?: string }[] = [
    { name: 'focus', file: generated('cpu.pb.gz'), flags: ['--focus', 'main\\.hash'], sameTotal: false },
    { name: 'ignore and hide', file: generated('cpu.pb.gz'), flags: ['--ignore', 'recurse', '--hide', 'runtime'], sameTotal: false },
    { name: 'show', file: generated('cpu.pb.gz'), flags: ['--show', 'main\\.'], sameTotal: true },
    { name: 'tagfocus, another sample type', file: generated('cpu.pb.gz'), flags: ['--tagfocus', 'worker=hasher', '--sample-index', 'samples'], sameTotal: false },
    { name: 'tagleaf', file: generated('cpu.pb.gz'), flags: ['--tagleaf', 'worker'], sameTotal: true },
    { name: 'a heap profile', file: generated('heap.pb.gz'), flags: ['--sample-index', 'alloc_space'], sameTotal: true, unit: 'B' },
    { name: '-diff_base', file: diffFixture('heap-current.pb.gz'), flags: ['--diff-base', diffFixture('heap-base.pb.gz')], sameTotal: true, unit: 'B' },
    { name: '-base -normalize', file: diffFixture('heap-current.pb.gz'), flags: ['--base', diffFixture('heap-base.pb.gz'), '--normalize'], sameTotal: true, unit: 'B' },
  ];
  for (const c of cases) {
    (hasGo ? it : it.skip)(`pb.gz with ${c.name}: go tool pprof -top reads the rows goprof top prints`, async () => {
      const out = join(dir, `${c.name.replace(/\W+/g, '_')}.pb.gz`);
      await run('export', c.file, '--format', 'pb.gz', ...c.flags, '-o', out);
      const unit = c.unit ?? 'ms';
      const expected = topOf(await run('top', c.file, ...c.flags, '--nodefraction', '0', '--edgefraction', '0', '--unit', unit));
      const actual = topOf(goPprofTop(out, unit));
      assert.ok(expected.rows.length > 1, 'the query shows rows');
      assert.equal(actual.accounting, expected.accounting);
      if (c.sameTotal) assert.equal(actual.total, expected.total);
      const byName = (rows: string[][]) => rows.slice().sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
      assert.deepEqual(byName(actual.rows), byName(expected.rows));
      // And our own reader agrees with pprof on the file we wrote.
      assert.deepEqual(byName(topOf(await run('top', out, '--nodefraction', '0', '--edgefraction', '0', '--unit', unit)).rows), byName(actual.rows));
    });
  }

  it('csv and md hold the top rows, svg the flame graph', async () => {
    const file = generated('cpu.pb.gz');
    const top = JSON.parse(await run('top', file, '--nodefraction', '0', '--edgefraction', '0', '--json')) as { rows: { func: string; flat: number; cum: number }[] };
    await run('export', file, '--format', 'csv', '-o', join(dir, 'top.csv'));
    const csv = readFileSync(join(dir, 'top.csv'), 'utf8').trim().split('\r\n');
    assert.match(csv[0], /^flat \(nanoseconds\),flat%,sum%,cum \(nanoseconds\),cum%,function,file,line$/);
    const csvRows = csv.slice(1).map(l => l.split(','));
    for (const row of top.rows) {
      const mine = csvRows.find(r => r[5] === row.func);
      assert.ok(mine, `${row.func} is in the CSV`);
      assert.equal(Number(mine[0]), row.flat);
      assert.equal(Number(mine[3]), row.cum);
    }
    await run('export', file, '--format', 'md', '--focus', 'main\\.hash', '-o', join(dir, 'top.md'));
    const md = readFileSync(join(dir, 'top.md'), 'utf8');
    assert.match(md, /\| 2\.22s \| 75\.5% \| 75\.5% \| 2\.22s \| 75\.5% \| main\.mix \|/);
    assert.match(md, /^\*\*cpu\.pb\.gz\*\* · cpu, total 2\.94s\n/);
    await run('export', file, '--format', 'svg', '--inverted', '-o', join(dir, 'flame.svg'));
    const svg = readFileSync(join(dir, 'flame.svg'), 'utf8');
    assert.match(svg, /^<\?xml[^]*<svg [^]*<\/svg>\n$/);
    assert.match(svg, /<title>main\.mix\n2\.22 s \(75\.5%\)<\/title>/, 'the bottom-up root child main.mix with its flat');
  });

  it('refuses an unknown format and a missing -o', async () => {
    let err = '';
    const io = { out: () => undefined, err: (t: string) => { err += t; } };
    assert.equal(await runCli(['export', generated('cpu.pb.gz'), '--format', 'png', '-o', join(dir, 'x')], io), 2);
    assert.match(err, /--format must be one of pb\.gz, svg, csv, md/);
    assert.equal(await runCli(['export', generated('cpu.pb.gz'), '--format', 'csv'], io), 2);
  });
});
