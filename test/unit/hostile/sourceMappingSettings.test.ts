// A goProfileExplorer.sourceMappings setting of 10^4 rules, or of a 1 MB pattern. Every path a
// profile names is tried against every mapping, and the compiled regexes were kept in a table of
// 256, emptied when full: 10^4 regex mappings recompiled all of them for each path (~2.6 s a path),
// 10^4 prefixes took ~64 ms a path, and the "open without asking" check read 10^4 roots each time
// (~47 ms). The first 100 mappings are used, each compiled and expanded once; the user is told.
import assert from 'node:assert/strict';
import { MAX_SOURCE_MAPPINGS, SourcePathResolver, isInsideTrustedRoots, mappingProblems, trustedSourceRoots, type SourceMapping } from '../../../src/core/sources';
import { MemoryFileSystem } from '../sources/memoryFileSystem';

/** CPU for resolving 1,000 paths on a loaded machine (the regex rows took ~2.6 s a path; ~1 s in all now). */
const RESOLVE_CPU_BOUND_MS = 15_000;

function cpuMs(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function resolveAll(mappings: SourceMapping[], paths: string[]): Promise<{ resolved: (string | null)[]; ms: number }> {
  const fs = new MemoryFileSystem(['/ws/pkg/f0.go', '/ws/pkg/f1.go', '/ws/other/x.go']);
  const resolver = new SourcePathResolver(fs, { workspaceFolders: ['/ws'], mappings });
  const before = process.cpuUsage();
  const results = await Promise.all(paths.map(p => resolver.resolve(p)));
  return { resolved: results.map(r => (r.rule === 'mapping' ? r.resolved : null)), ms: cpuMs(before) };
}

describe('hostile: a sourceMappings setting of 10^4 rules or a 1 MB pattern', function () {
  this.timeout(120_000);
  const paths = Array.from({ length: 1000 }, (_, i) => `/build${i % 7}/pkg/f${i % 2}.go`);

  for (const form of ['regex', 'prefix'] as const) {
    it(`10^4 ${form} mappings: 1,000 paths resolved in bounded time, by the first ${MAX_SOURCE_MAPPINGS}`, async () => {
      const mappings = Array.from({ length: 10_000 }, (_, i): SourceMapping =>
        (form === 'regex' ? { from: `/^\\/build${i}\\/(.*)$/`, to: '/ws/$1' } : { from: `/build${i}/`, to: '/ws/' }));
      const { resolved, ms } = await resolveAll(mappings, paths);
      assert.ok(ms < RESOLVE_CPU_BOUND_MS, `${ms.toFixed(0)} ms of CPU`);
      assert.deepEqual(resolved.slice(0, 3), ['/ws/pkg/f0.go', '/ws/pkg/f1.go', '/ws/pkg/f0.go']);
      // A mapping past the first 100 is not used.
      const late = await resolveAll([...mappings.slice(0, MAX_SOURCE_MAPPINGS), { from: '/late/', to: '/ws/' }], ['/late/pkg/f0.go']);
      assert.deepEqual(late.resolved, [null]);
    });
  }

  it('says that only the first 100 of 10^4 mappings are used, once', () => {
    const mappings = Array.from({ length: 10_000 }, (_, i): SourceMapping => ({ from: `/^\\/build${i}\\/(.*)$/`, to: '/ws/$1' }));
    assert.deepEqual(mappingProblems(mappings), ['10,000 mappings, of which the first 100 are used']);
  });

  it('the open-without-asking check reads the used mappings\' folders only', () => {
    const mappings = Array.from({ length: 10_000 }, (_, i): SourceMapping => ({ from: `/b${i}/`, to: `/mapped${i}/` }));
    const roots = trustedSourceRoots({ workspaceFolders: ['/ws'], mappings });
    assert.equal(roots.length, 1 + MAX_SOURCE_MAPPINGS);
    const before = process.cpuUsage();
    for (let i = 0; i < 1000; i++) isInsideTrustedRoots(`/elsewhere/f${i}.go`, roots);
    assert.ok(cpuMs(before) < RESOLVE_CPU_BOUND_MS);
    assert.equal(isInsideTrustedRoots('/mapped99/x.go', roots), true);
    assert.equal(isInsideTrustedRoots('/mapped100/x.go', roots), false);
  });

  it('a 1 MB pattern: refused by its size as a regex, a prefix that matches nothing, the others used', async () => {
    const huge = 'x'.repeat(1 << 20);
    const mappings: SourceMapping[] = [{ from: `/(${huge})+/`, to: '/ws/' }, { from: `/${huge}/`, to: '/ws/' }, { from: '/build3/', to: '/ws/' }];
    const problems = mappingProblems(mappings);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^invalid sourceMappings regular expression "\(xxx.*\(1048579 characters\)": expression too large .*; that mapping is skipped$/);
    const { resolved, ms } = await resolveAll(mappings, paths.slice(0, 10));
    assert.ok(ms < RESOLVE_CPU_BOUND_MS, `${ms.toFixed(0)} ms of CPU`);
    assert.deepEqual(resolved.slice(0, 4), [null, null, null, '/ws/pkg/f1.go']);
  });
});
