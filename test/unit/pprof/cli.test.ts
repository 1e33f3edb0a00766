// `goprof info` and `goprof top` through runCli, on real files, against the goldens.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { readPprofTop, repoRoot } from './goldenTop';
import { hostileProfiles } from '../../hostile/hostileProfiles';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}
const corpus = (f: string) => join(repoRoot, 'test/fixtures/corpus', f);
const generated = (f: string) => join(repoRoot, 'test/fixtures/pprof/generated', f);

describe('goprof info / top', () => {
  it('info --json describes a heap profile', async () => {
    const r = await run('info', corpus('gpn_heap.pprof'), '--json');
    assert.equal(r.code, 0);
    const info = JSON.parse(r.out);
    assert.equal(info.kind, 'pprof');
    assert.equal(info.defaultSampleType, 'alloc_space');
    assert.equal(info.samples, 5);
    assert.deepEqual(info.totals, { alloc_objects: 60065969, alloc_space: 6503537495, inuse_objects: 2170, inuse_space: 1574224 });
    assert.deepEqual(info.sampleTypes[1], { type: 'alloc_space', unit: 'bytes' });
  });

  it("a base of another kind: pprof's words, the base's file and both profiles' sample types", async () => {
    const r = await run('top', corpus('gpn_heap.pprof'), '--base', corpus('gpn_cpu_samples.pb.gz'));
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.equal(r.err.trim(), `goprof top: --base ${corpus('gpn_cpu_samples.pb.gz')}: inconsistent samples type count: 4 != 2 ` +
      '(alloc_objects, alloc_space, inuse_objects, inuse_space against samples, cpu)');
  });

  it('info lists the first sample types and the default one with the count of the rest; --all-types lists every one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goprof-info-'));
    try {
      // 500 types kind0…kind499, type i totalling i + 1; the default is the last (no default_sample_type).
      const file = join(dir, 'types.pb');
      writeFileSync(file, hostileProfiles['million-named-sample-types'](0.0005));
      const listed = JSON.parse((await run('info', file, '--json')).out);
      assert.equal(listed.sampleTypeCount, 500);
      assert.deepEqual(listed.sampleTypes.map((t: { type: string }) => t.type), [...Array.from({ length: 100 }, (_, i) => `kind${i}`), 'kind499']);
      assert.equal(listed.defaultSampleType, 'kind499');
      assert.equal(listed.totals.kind499, 500);
      assert.equal(Object.keys(listed.totals).length, 101);
      const text = (await run('info', file)).out.split('\n');
      assert.equal(text.filter(l => /^ {2}kind\d+ \[count\]/.test(l)).length, 101);
      assert.ok(text.includes('  kind499 [count] (default): total 500'), text.join('\n'));
      assert.ok(text.includes('  … 399 more sample types (500 in all; --all-types lists every one)'), text.join('\n'));
      const all = JSON.parse((await run('info', file, '--json', '--all-types')).out);
      assert.equal(all.sampleTypes.length, 500);
      assert.equal(all.sampleTypeCount, undefined);
      assert.equal(all.totals.kind250, 251);
      const allText = (await run('info', file, '--all-types')).out;
      assert.equal(allText.split('\n').filter(l => /^ {2}kind\d+ \[count\]/.test(l)).length, 500);
      assert.ok(!allText.includes('more sample types'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('info recognizes legacy text and goroutine dumps', async () => {
    assert.equal(JSON.parse((await run('info', generated('heap.debug1.txt'), '--json')).out).kind, 'pprof-text');
    assert.equal(JSON.parse((await run('info', corpus('gpn_goroutine_debug2.txt'), '--json')).out).kind, 'goroutine-dump');
  });

  it("top of a debug=1 heap text prints pprof's labels: its MemStats block is no label", async () => {
    const r = await run('top', generated('heap.debug1.txt'), '--unit', 'B');
    assert.equal(r.code, 0);
    const golden = readFileSync(join(repoRoot, 'test/fixtures/pprof/golden/views/heap.debug1.txt.top.raw.txt'), 'utf8');
    // The rows need the binary to be named as pprof names them; the labels above them do not.
    const labels = (text: string): string[] => text.split('\n').slice(0, text.split('\n').findIndex(l => l.startsWith('Showing nodes')));
    assert.deepEqual(labels(r.out), labels(golden));
    assert.deepEqual(labels(r.out), ['Type: inuse_space']);
  });

  it('top --json matches go tool pprof -top -unit=ns', async () => {
    const r = await run('top', generated('cpu.pb.gz'), '--json');
    assert.equal(r.code, 0);
    const top = JSON.parse(r.out);
    const golden = readPprofTop('cpu.pb.gz.cpu.top.txt');
    assert.equal(top.sampleType, 'cpu');
    assert.equal(top.unit, 'nanoseconds');
    assert.equal(top.total, golden.total);
    for (const row of golden.rows) {
      const mine = top.rows.find((x: { func: string }) => x.func === row.name);
      assert.deepEqual({ func: mine.func, flat: mine.flat, cum: mine.cum, inline: mine.inline === 'inline' }, { func: row.name, flat: row.flat, cum: row.cum, inline: row.inline });
    }
    for (let i = 1; i < top.rows.length; i++) assert.ok(top.rows[i - 1].flat >= top.rows[i].flat, 'sorted by flat');
  });

  it('top honours --sample-index, --nodecount, --focus and --diff-base', async () => {
    const r = await run('top', corpus('gpn_heap.pprof'), '--sample-index', 'inuse_space', '--nodecount', '1', '--json');
    const top = JSON.parse(r.out);
    assert.equal(top.sampleType, 'inuse_space');
    assert.equal(top.rows.length, 1);
    const focus = JSON.parse((await run('top', generated('cpu.pb.gz'), '--focus', 'recurse', '--json')).out);
    const golden = readPprofTop('cpu.pb.gz.cpu.focus.top.txt');
    assert.deepEqual(focus.rows.map((x: { func: string }) => x.func).sort(), golden.rows.map(x => x.name).sort());
    const diff = JSON.parse((await run('top', corpus('real_mtg_default_pgo_cpu.pprof'), '--diff-base', corpus('real_hodis_cpu.pprof'), '--json')).out);
    assert.equal(diff.total, readPprofTop('real_mtg_default_pgo_cpu.pprof.cpu.diff.top.txt').total);
  });

  it('prints a pprof-like table without --json', async () => {
    const r = await run('top', generated('cpu.pb.gz'));
    assert.match(r.out, /^File: pprofgen\nType: cpu\n.*\nDuration: 1.62s, Total samples = 2.94s \(181.77%\)\nShowing nodes accounting for 2.94s, 100% of 2.94s total\n\s+flat\s+flat%\s+sum%\s+cum\s+cum%\n/);
    assert.match(r.out, /main\.hashLoop\n/);
  });

  it('exit 1 with one line on bad input, 2 on bad usage', async () => {
    const bad = await run('top', corpus('SOURCES.tsv'));
    assert.equal(bad.code, 1);
    assert.equal(bad.err.trim().split('\n').length, 1);
    assert.equal((await run('top', corpus('nope.pb.gz'))).code, 1);
    assert.equal((await run('top', corpus('gpn_heap.pprof'), '--sample-index', 'nope')).code, 1);
    assert.equal((await run('top', corpus('gpn_heap.pprof'), '--bogus')).code, 2);
    assert.equal((await run('top', corpus('gpn_heap.pprof'), '--nodecount', 'x')).code, 2);
    assert.equal((await run('top', corpus('gpn_heap.pprof'), '--focus', '(')).code, 2);
    assert.equal((await run('info')).code, 2);
    assert.equal((await run('top', corpus('gpn_cpu_labels.pprof'), '--base', corpus('gpn_heap.pprof'))).code, 1);
    assert.equal((await run('top', corpus('gpn_heap.pprof'), '--base', corpus('gpn_heap.pprof'), '--diff-base', corpus('gpn_heap.pprof'))).code, 2);
    assert.equal((await run('peek', corpus('gpn_heap.pprof'), 'no-such-function-anywhere')).code, 1);
    assert.equal((await run('top', corpus('gpn_heap.pprof'), '--granularity', 'modules')).code, 2);
  });
});
