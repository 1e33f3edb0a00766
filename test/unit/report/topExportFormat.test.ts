// The Markdown export says what the profile editor's table says: core writes it with
// formatTableValue/formatTablePercent, the webview draws the table with its own units.ts (a
// webview imports nothing from core). Both must print every value the same way.
import * as assert from 'assert';
import { formatTablePercent, formatTableValue } from '../../../src/core/format';
import { formatPercent, formatValue } from '../../../webview-ui/src/profile/units';
import { topRowsMarkdown } from '../../../src/core/report';

const UNITS = ['bytes', 'nanoseconds', 'microseconds', 'milliseconds', 'seconds', 'count', 'objects'];

describe('the top table export formats values as the editor\'s table', () => {
  it('formatTableValue is the webview\'s formatValue for every unit, sign and magnitude', () => {
    const values = [0, 1, 7, 999, 1000, 1023, 1024, 1536, 10240, 102400, 1048575, 1048576, 1057358, 54193152, 1e9, 1e9 + 5e8, 6.5e10, 3e12, 1234567];
    for (const unit of UNITS) {
      for (const v of values) {
        for (const x of [v, -v, v + 0.4]) assert.strictEqual(formatTableValue(x, unit), formatValue(x, unit), `${x} ${unit}`);
      }
    }
  });

  it('formatTablePercent is the webview\'s formatPercent', () => {
    for (const [part, whole] of [[0, 0], [1, 3], [86, 100], [1, 1000], [-5, 40], [100, 100], [99.99, 100]]) {
      assert.strictEqual(formatTablePercent(part, whole), formatPercent(part, whole), `${part}/${whole}`);
    }
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
