// Memory maps of legacy profiles and the address → mapping lookup.
import assert from 'node:assert/strict';
import { mappingFinder, parseProcMaps, parseProcMapsLine } from '../../../src/core/pprof/procMaps';

describe('legacy memory maps', () => {
  it('reads /proc/self/maps lines and the brief form, code mappings only', () => {
    const maps = parseProcMaps([
      '00400000-00452000 r-xp 00000000 08:02 173521      /usr/bin/my program',
      '00651000-00652000 rw-p 00051000 08:02 173521      /usr/bin/dbus-daemon',
      '7f000000-7f001000: /lib/libc.so',
      '7f100000-7f101000 r-xp /lib/libm.so',
      'not a mapping',
    ]);
    assert.deepEqual(maps.map(m => [m.id, m.start.toString(16), m.limit.toString(16), m.offset, m.file]), [
      [1, '400000', '452000', 0, '/usr/bin/my program'],
      [2, '7f000000', '7f001000', 0, '/lib/libc.so'],
      [3, '7f100000', '7f101000', 0, '/lib/libm.so'],
    ]);
    assert.equal(parseProcMapsLine('1000-2000 rw-p 0 0:0 0 /x'), undefined);
  });

  it('puts the value of a `name=value` line for `$name` in the mapping lines after it, as pprof does', () => {
    // As gperftools' `source=/home` over `$source/cppbench_server_main` (corpus pprof_td_cppbench.heap,
    // whose -raw golden names /home/cppbench_server_main): other names, two of them, one redefined.
    const maps = parseProcMaps([
      '  7f2000000000-7f2000001000: $lib/libz.so',
      '\tprefix = /opt/app ',
      'lib=/usr/lib64',
      '00400000-00500000: $prefix/bin/server',
      '7f000000-7f001000 r-xp 00000000 08:02 17 $lib/libc.so.6 and $unknown',
      'lib=/lib',
      '7f100000-7f101000: $lib/libm.so',
    ]);
    assert.deepEqual(maps.map(m => m.file), ['$lib/libz.so', '/opt/app/bin/server', '/usr/lib64/libc.so.6 and $unknown', '/usr/lib64/libm.so']);
  });

  it('finds the first mapping in order that holds an address, as a linear search would', () => {
    const m = (start: number, limit: number) => ({ id: 0, start, limit, offset: 0, file: '', buildId: '',
      hasFunctions: false, hasFilenames: false, hasLineNumbers: false, hasInlineFrames: false });
    // Overlapping (swept into segments), and sorted without overlaps (searched as it is).
    for (const mappings of [[m(100, 200), m(0, 1000), m(150, 300), m(500, 600), m(700, 700)], [m(0, 100), m(100, 200), m(300, 400), m(400, 400), m(400, 500)]]) {
      const find = mappingFinder(mappings);
      for (const address of [-1, 0, 99, 100, 150, 199, 200, 250, 299, 300, 399, 400, 450, 500, 550, 700, 999, 1000, 5000]) {
        assert.equal(find(address), mappings.findIndex(x => address >= x.start && address < x.limit), `address ${address}`);
      }
    }
  });
});
