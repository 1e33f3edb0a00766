// The Markdown export says what the profile editor's table says: both format with
// src/shared/tableFormat.ts (the webview's units.ts is that module).
import * as assert from 'assert';
import { formatTablePercent, formatTableValue } from '../../../src/shared/tableFormat';
import { formatPercent, formatValue } from '../../../webview-ui/src/profile/units';
import { topRowsMarkdown } from '../../../src/core/report';

describe('the top table export formats values as the editor\'s table', () => {
  it('values in each unit as pprof writes them, without a space', () => {
    const cases: [number, string, string][] = [
      [0, 'bytes', '0B'], [1023, 'bytes', '1023B'], [1024, 'bytes', '1.00KiB'], [1057358, 'bytes', '1.01MiB'],
      [54193152, 'bytes', '51.7MiB'], [-2107637, 'bytes', '-2.01MiB'], [3e12, 'bytes', '2.73TiB'],
      [999, 'nanoseconds', '999ns'], [12_500_000, 'nanoseconds', '12.5ms'], [6.5e10, 'nanoseconds', '65.0s'],
      [1500, 'microseconds', '1.50ms'], [250, 'milliseconds', '250ms'], [2, 'seconds', '2.00s'],
      [1234567, 'count', '1,234,567'], [-1234.4, 'objects', '-1,234'],
    ];
    for (const [value, unit, shown] of cases) assert.strictEqual(formatTableValue(value, unit), shown, `${value} ${unit}`);
    for (const [part, whole, shown] of [[0, 0, '0%'], [86, 100, '86.0%'], [1, 1000, '0.10%'], [-5, 40, '-12.5%']] as const) {
      assert.strictEqual(formatTablePercent(part, whole), shown, `${part}/${whole}`);
    }
  });

  it('the webview draws the table with the same functions', () => {
    assert.strictEqual(formatValue, formatTableValue);
    assert.strictEqual(formatPercent, formatTablePercent);
  });

  it('a Markdown row is the table\'s row: flat, flat%, sum%, cum, cum%, function', () => {
    const md = topRowsMarkdown({ names: ['a.(*T).f', 'b'], files: ['', ''], lines: [0, 0], flat: [1048576, 0], cum: [1057358, 5 * 1048576] } as never,
      { unit: 'bytes', total: 54193152, sampleType: 'inuse_space' }, 'heap.pb.gz');
    assert.deepStrictEqual(md.split('\n'), [
      '**heap.pb.gz** · inuse\\_space, total 51.7MiB', '',
      '| flat | flat% | sum% | cum | cum% | function |', '| ---: | ---: | ---: | ---: | ---: | :--- |',
      '| 1.00MiB | 1.93% | 1.93% | 1.01MiB | 1.95% | a.(\\*T).f |',
      '| 0B | 0.00% | 1.93% | 5.00MiB | 9.67% | b |', '']);
  });
});

describe('the top table export of a diff (pprof -diff_base) is the editor\'s diff table', () => {
  it('signed changes and their signed % of the base\'s total, no running sum', () => {
    const md = topRowsMarkdown({ names: ['main.loadCache', 'main.handleRequests', 'main.main'], files: ['', '', ''], lines: [0, 0, 0],
      flat: [-2107637, 833536, 0], cum: [-2107637, 833536, -1268776] } as never,
    { unit: 'bytes', total: 2789343, sampleType: 'inuse_space', diff: true }, 'heap-current.pb.gz');
    assert.deepStrictEqual(md.split('\n'), [
      '**heap-current.pb.gz** · inuse\\_space, change since the base, % of the base\'s total 2.66MiB', '',
      '| flat Δ | flat Δ% | cum Δ | cum Δ% | function |', '| ---: | ---: | ---: | ---: | :--- |',
      '| -2.01MiB | -75.6% | -2.01MiB | -75.6% | main.loadCache |',
      '| +814KiB | +29.9% | +814KiB | +29.9% | main.handleRequests |',
      '| 0B | 0.00% | -1.21MiB | -45.5% | main.main |', '']);
  });
});
