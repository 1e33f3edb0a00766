// Tag filters of 10^5 comma-separated values (`--tagfocus ,,,,…`, a chip pasted from a list): each
// value was compiled by re2js, ~70 µs for the least pattern, so 120,000 commas took ~9 s of CPU
// before the first sample was read (pprof takes ~19 s). A value given twice is compiled once, and
// a value without metacharacters is matched as its text: milliseconds, with pprof's answers.
import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { compileLinearRegex } from '../../../src/core/linearRegex';
import { parseTagFilter } from '../../../src/core/pprof/tagFilter';

const PROFILE = 'test/fixtures/pprof/producers/datadog_node_wall_labels.pb.gz';
/** CPU a parse of 120,000 empty values may take on a loaded machine (it took ~9 s; it takes ~25 ms). */
const PARSE_CPU_BOUND_MS = 2000;
/** And of 10^5 distinct literals (~10 s before, 0.4–2 s now: each is still checked and wrapped). */
const DISTINCT_CPU_BOUND_MS = 5000;

function cpuMs<T>(run: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}

async function top(...flags: string[]): Promise<string> {
  let out = '', err = '';
  const code = await runCli(['top', PROFILE, '--nodecount', '5', ...flags], { out: t => { out += t; }, err: t => { err += t; } });
  assert.equal(code, 0, err);
  // The figures, without the header's "Active filters" (which quotes the filter).
  return out.split('\n').filter(l => /^Showing|^ +flat|^ +[\d.]+[mun]?s /.test(l)).join('\n');
}

describe('hostile: tag filters of 10^5 comma-separated values', function () {
  this.timeout(120_000);

  it('120,000 commas (every value empty) parse in milliseconds', () => {
    const { value, ms } = cpuMs(() => parseTagFilter(','.repeat(120_000)));
    assert.equal(value.allOf?.length, 1);
    assert.ok(ms < PARSE_CPU_BOUND_MS, `${ms.toFixed(0)} ms of CPU`);
  });

  it('10^5 distinct values, keyless ("all of") and keyed ("any of"), parse in milliseconds', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => `worker-${i}`);
    const all = cpuMs(() => parseTagFilter(values.join(',')));
    assert.equal(all.value.allOf?.length, 100_000);
    assert.ok(all.ms < DISTINCT_CPU_BOUND_MS, `${all.ms.toFixed(0)} ms of CPU`);
    // Keyed, they join into one alternation, refused past RE2's program limit with one error.
    assert.throws(() => parseTagFilter(`thread_name=${values.join(',')}`), /^SyntaxError: invalid tag filter regular expression ".*expression too large/);
  });

  it('goprof top --tagfocus of 120,000 commas: the whole profile, as pprof (every value matches)', async () => {
    assert.equal(await top('--tagfocus', ','.repeat(120_000)), await top());
  });

  it('repeated and literal values select what their one regex selects', async () => {
    const literals = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `thread name:no-${i}` : 'thread name:')).join(',');
    assert.equal(await top('--tagfocus', literals), await top('--tagfocus', '^thread name:,thread name:no-1$'));
    assert.equal(await top('--tagignore', `thread name=${['Main', 'Main', 'Main'].join(',')}`), await top('--tagignore', 'thread name=Main'));
  });

  it('a literal matches where RE2 would: anywhere, the whole text when anchored, by its own characters', () => {
    const cases: [string, boolean, string, boolean][] = [
      ['worker', false, 'a worker here', true], ['worker', true, 'a worker here', false], ['worker', true, 'worker', true],
      ['', false, 'anything', true], ['', true, '', true], ['', true, 'x', false], ['a-b/c:d e', false, 'xa-b/c:d e', true],
      ['Worker', false, 'worker', false], ['\u00e9', false, 'caf\u00e9', true],
    ];
    for (const [source, anchored, text, expected] of cases) {
      const re = compileLinearRegex(source, 'test', { anchored });
      assert.equal(re.test(text), expected, `${JSON.stringify(source)} ${anchored ? 'anchored ' : ''}in ${JSON.stringify(text)}`);
      const m = re.exec(text);
      assert.deepEqual(m && [m.index, m.groups], expected ? [anchored ? 0 : text.indexOf(source), [source]] : null);
    }
    // Metacharacters and lone surrogates stay with RE2.
    assert.equal(compileLinearRegex('a.c', 'test').test('abc'), true);
    assert.equal(compileLinearRegex('\uD83D', 'test').test('\uD83D\uDE00'), false);
  });
});
