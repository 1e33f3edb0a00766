// A decoded profile.proto keeps its locations as columns until something reads them: the objects
// then made must be the locations pprof's decoder reads (the same ids, addresses, mappings, lines,
// folding), a copy of the profile keeps the columns, and a mark that a table is merged holds for
// the objects made from its columns but not for other locations put in their place.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeProfileProto } from '../../../src/core/pprof/decodeProto';
import { encodeProfileProto } from '../../../src/core/pprof/encodeProto';
import { mergeSamples, parseProfile, type Profile } from '../../../src/core/pprof';
import { isMerged } from '../../../src/core/pprof/mergeSamples';
import { locationColumns, profileCopy } from '../../../src/core/pprof/locationColumns';
import { diffDir } from '../../../scripts/golden-diff';
import { repoRoot } from './goldenTop';

const read = (path: string): Profile => parseProfile(new Uint8Array(readFileSync(path)));
const FILES = [join(diffDir, 'heap-base.pb.gz'), join(repoRoot, 'test/fixtures/pprof/producers/datadog_node_wall_labels.pb.gz'), join(repoRoot, 'test/fixtures/pprof/generated/cpu.pb.gz')];

describe('a decoded profile\'s locations as columns', () => {
  for (const file of FILES) {
    const name = file.slice(repoRoot.length + 1);
    it(`${name}: columns until read, then the locations the file holds`, () => {
      const profile = read(file);
      const columns = locationColumns(profile);
      assert.ok(columns, 'columns before any read');
      assert.ok(columns.count > 0);
      const copy = profileCopy(profile, { warnings: [] });
      assert.equal(locationColumns(copy), columns, 'a copy keeps the columns');
      const locations = profile.locations;
      assert.equal(locationColumns(profile), undefined, 'objects once read');
      assert.equal(locations.length, columns.count);
      // Encoded again from the objects and decoded: the same locations, field by field.
      const again = decodeProfileProto(encodeProfileProto(profile), false).locations;
      assert.deepEqual(again, locations);
      for (let l = 0; l < locations.length; l++) {
        assert.equal(locations[l].id, columns.id ? columns.id[l] : l + 1);
        assert.equal(locations[l].address, columns.address[l]);
        assert.equal(locations[l].mappingIndex, columns.mappingIndex[l]);
      }
      assert.deepEqual(copy.locations, locations, 'the copy makes the same objects');
    });
  }

  it('a merged mark holds for the objects made from the marked columns, not for other locations', () => {
    const profile = mergeSamples(read(join(diffDir, 'heap-current.pb.gz')));
    assert.ok(locationColumns(profile), 'merged without making the objects');
    assert.ok(isMerged(profile));
    void profile.locations;
    assert.ok(isMerged(profile), 'the same locations as objects');
    profile.locations = profile.locations.slice();
    assert.ok(!isMerged(profile), 'other locations in their place');
    const fresh = read(join(diffDir, 'heap-current.pb.gz'));
    assert.ok(!isMerged({ ...fresh, samples: profile.samples }), 'a merged table put with another profile\'s locations');
  });
});
