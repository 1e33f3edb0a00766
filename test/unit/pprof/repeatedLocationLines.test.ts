// A stack view made from a profile's location columns reads a location of the previous one's
// lines in the same binary as that one: the view must be the one made from the locations as
// objects (each read on its own), for every granularity and filter.
import assert from 'node:assert/strict';
import { parseProfile } from '../../../src/core/pprof/parse';
import { createStackView, type ViewOptions } from '../../../src/core/pprof/stackView';
import { locationColumns } from '../../../src/core/pprof/locationColumns';
import { fn, lfield, loc, sample, str, valueType, vfield } from '../../hostile/protoWriter';

const STRINGS = ['', 'samples', 'count', 'main.f', 'main.go', 'main.g', 'lib.h', '/bin/a', '/lib/b.so', 'lib.go'];

/** Runs of locations sharing lines (one line, two inlined, none), the binary changing within a run, and the samples through each. */
function profileBytes(): Buffer {
  const mapping = (id: number, start: number, file: number) => lfield(3, vfield(1, id), vfield(2, start), vfield(3, start + 0x100000), vfield(5, file));
  const lines: [number, number][][] = [[[1, 10]], [[1, 10]], [[3, 7], [1, 10]], [[3, 7], [1, 10]], [], [], [[2, 20]], [[2, 21]], [[2, 21]]];
  const locations: Buffer[] = [];
  let id = 0;
  for (const list of lines) {
    for (const mappingId of [1, 1, 2, 2, 1]) { id++; locations.push(loc(id, list, mappingId, (mappingId === 2 ? 0x200000 : 0x400000) + 16 * id)); }
  }
  const samples = Array.from({ length: id }, (_, i) => sample([i + 1, ((i + 7) % id) + 1], [1 + (i % 3)]));
  return Buffer.concat([...STRINGS.map(str), valueType(1, 1, 2), mapping(1, 0x400000, 7), mapping(2, 0x200000, 8),
    fn(1, 3, 4), fn(2, 5, 4), fn(3, 6, 9), ...locations, ...samples]);
}

describe('stack views of runs of locations at one line', () => {
  const optionsList: ViewOptions[] = [
    {}, { granularity: 'lines' }, { granularity: 'files' }, { granularity: 'filefunctions' }, { noInlines: true },
    { filters: { focus: 'lib' } }, { filters: { ignore: 'main.g' } }, { filters: { hide: 'lib' } }, { filters: { show: 'main' } },
    { filters: { focus: 'b.so' } }, { filters: { hide: 'b\\.so' } }, { granularity: 'lines', noInlines: true, filters: { show: 'main\\.' } },
  ];
  for (const options of optionsList) {
    it(`reads them as the locations one by one: ${JSON.stringify(options)}`, () => {
      const columns = parseProfile(profileBytes());
      assert.ok(locationColumns(columns));
      const fromColumns = createStackView(columns, options);
      const objects = parseProfile(profileBytes());
      assert.ok(objects.locations.length > 0);
      assert.equal(locationColumns(objects), undefined);
      const fromObjects = createStackView(objects, options);
      for (const column of ['locFrameStart', 'locFrames', 'locFrameInlined', 'locFrameLine', 'weights', 'kept'] as const) {
        assert.deepEqual(Array.from(fromColumns[column]), Array.from(fromObjects[column]), column);
      }
      assert.deepEqual(fromColumns.frames.name, fromObjects.frames.name);
      assert.deepEqual(fromColumns.frames.mappingIndex, fromObjects.frames.mappingIndex);
      assert.ok(fromColumns.frames.name.length > 1);
    });
  }
});
