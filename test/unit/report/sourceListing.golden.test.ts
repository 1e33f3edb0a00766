// `goprof list` against `go tool pprof -list` (goldens from `npm run golden -- list`,
// scripts/golden-list.ts): the same text, line for line, where pprof found the sources; where it
// did not, the same routine headers, and we list the lines the profile has with their costs.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli } from '../../../src/cli/main';
import type { ListGoldenCase } from '../../../scripts/golden-list';
import { repoRoot } from '../pprof/goldenTop';

const goldenDir = join(repoRoot, 'test/fixtures/pprof/list-golden');
const cases = JSON.parse(readFileSync(join(goldenDir, 'manifest.json'), 'utf8')) as ListGoldenCase[];

async function goprof(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const args = argv.map((a, i) => (argv[i - 1] === '--workspace' || /^(test|samples)\//.test(a) ? join(repoRoot, a) : a));
  const code = await runCli(args, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

/** The Go version whose GOROOT the CLI reads sources from, or undefined without Go. */
function localGoVersion(): string | undefined {
  try {
    const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
    const file = join(goroot, 'VERSION');
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n')[0].trim() : undefined;
  } catch {
    return undefined;
  }
}

function firstDifference(ours: string, theirs: string): string {
  const a = ours.split('\n'), b = theirs.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  ours:  ${JSON.stringify(a[i])}\n  pprof: ${JSON.stringify(b[i])}`;
  }
  return 'equal';
}

const HEADER = /^(Total:|ROUTINE =|No source information| +\S+ +\S+ \(flat, cum\))/;

describe('goprof list vs go tool pprof -list', () => {
  it('covers filters, sample types, -diff_base, inlined calls, GOROOT and missing sources', () => {
    const args = cases.flatMap(c => c.goprofArgs);
    for (const flag of ['--focus', '--ignore', '--hide', '--tagfocus', '--sample-index', '--diff-base']) assert.ok(args.includes(flag), `no case with ${flag}`);
    assert.ok(cases.some(c => c.goVersion), 'no case reading GOROOT');
    assert.ok(cases.some(c => c.sourceMissing), 'no case without sources');
    assert.ok(cases.filter(c => !c.sourceMissing).length >= 8);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.pprofArgs.slice(2).join(' ')}`, async function () {
      this.timeout(30000);
      if (c.goVersion && localGoVersion() !== c.goVersion) this.skip();
      const r = await goprof(c.goprofArgs);
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
      const theirs = readFileSync(join(goldenDir, c.golden), 'utf8');
      if (!c.sourceMissing) {
        assert.ok(r.out === theirs, `${c.golden} differs at ${firstDifference(r.out, theirs)}`);
        return;
      }
      // pprof prints an error instead of lines; we say so and list the lines the profile has.
      assert.deepEqual(r.out.split('\n').filter(l => HEADER.test(l)), theirs.split('\n').filter(l => HEADER.test(l)));
      const listed = r.out.split('\n').filter(l => /^ +\S+ +\S+ +\d+:$/.test(l));
      assert.ok(listed.length > 0);
      for (const l of listed) assert.ok(!/^ +\. +\. /.test(l), `a line without cost: ${l}`);
      assert.equal(r.out.split('\n').filter(l => l.startsWith(' Error: ')).length, theirs.split('\n').filter(l => l.startsWith(' Error: ')).length);
    });
  }
});
