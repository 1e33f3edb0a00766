// Label frames in the editor's views (ProfileQuery tagRoot/tagLeaf) are named and weighed as
// go tool pprof -tagroot/-tagleaf makes them, with one key or a comma list of keys: the editor's
// top table equals pprof's -top golden (npm run golden) row for row, "<unknown>" for samples
// without the label included.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readProfile } from '../../../src/core/input';
import { QueriedProfile } from '../../../src/core/report';
import { topRows } from '../../../src/core/report/topRows';

const fixtures = path.join(__dirname, '../../fixtures');
const goldens = path.join(fixtures, 'pprof/golden/views');

/** pprof's -top rows with -unit=ns: name, flat and cum in nanoseconds. */
function pprofTop(golden: string): string[] {
  const rows: string[] = [];
  const ns = (v: string) => (v === '0' ? 0 : Number(v.replace(/ns$/, '')));
  for (const line of readFileSync(path.join(goldens, golden), 'utf8').split('\n')) {
    const m = /^\s*(\S+)\s+\S+%\s+\S+%\s+(\S+)\s+\S+%\s+(.*)$/.exec(line);
    if (m) rows.push(`${m[3].replace(/ \(inline\)$/, '')} ${ns(m[1])} ${ns(m[2])}`);
  }
  return rows.sort();
}

describe('report: label frames as pprof names them', () => {
  const profile = readProfile(readFileSync(path.join(fixtures, 'corpus/pyro_go_cpu_labels.pprof')));
  const cpu = profile.sampleTypes.findIndex(t => t.type === 'cpu');
  const cases: [{ tagRoot?: string[]; tagLeaf?: string[] }, string][] = [
    [{ tagRoot: ['foo', 'function'] }, 'pyro_go_cpu_labels.pprof.top.tagroot_two_keys.raw.txt'],
    [{ tagLeaf: ['function', 'foo'] }, 'pyro_go_cpu_labels.pprof.top.tagleaf_two_keys.raw.txt'],
  ];
  for (const [query, golden] of cases) {
    it(`${JSON.stringify(query)}: the editor's top table is pprof's -top`, () => {
      const q = new QueriedProfile(profile, { sampleType: cpu, granularity: 'functions', filters: [], ...query });
      const top = topRows(q);
      // pprof's -top trims nodes under 0.5% of the total; compare the rows it kept.
      const theirs = pprofTop(golden);
      const kept = new Set(theirs.map(r => r.slice(0, r.lastIndexOf(' ', r.lastIndexOf(' ') - 1))));
      const ours = top.names.map((n, i) => `${n} ${top.flat[i]} ${top.cum[i]}`).filter(r => kept.has(r.slice(0, r.lastIndexOf(' ', r.lastIndexOf(' ') - 1)))).sort();
      assert.ok(theirs.some(r => r.startsWith('<unknown> ')), 'the golden has the frame of samples without the label');
      assert.deepEqual(ours, theirs);
    });
  }
});
