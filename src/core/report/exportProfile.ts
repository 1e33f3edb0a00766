// A view of a profile written back as a profile: the samples the query's filters keep, their
// stacks without the frames hide/show removed, label frames (-tagroot/-tagleaf) made real, as
// `go tool pprof -proto` writes a filtered profile. Every sample type's values are kept; the
// query's sample type becomes the default one, so `go tool pprof` opens it on the same numbers.
// A diff keeps its base samples (negative, labelled pprof::base), so pprof's totals and
// percentages are the diff's.
import { gzipSync } from 'fflate';
import { addLabelFrames } from '../pprof/reshape';
import { encodeProfileProto } from '../pprof/encodeProto';
import type { Profile, ProfileLocation, SampleTable } from '../pprof';
import { QueriedProfile, withWholeLabelKeys } from './profileQuery';
import type { ProfileQuery } from './profileTypes';

export function exportedProfile(profile: Profile, asked: ProfileQuery): Profile {
  const query = withWholeLabelKeys(profile, asked);
  const labelled = addLabelFrames(profile, query.tagRoot ?? [], query.tagLeaf ?? []);
  const { view } = new QueriedProfile(labelled, { ...query, tagRoot: undefined, tagLeaf: undefined });
  const reshapesFrames = query.filters.some(f => f.kind === 'hide' || f.kind === 'show');
  const hidden = new Uint8Array(labelled.locations.length);
  let locations: ProfileLocation[] = labelled.locations;
  if (reshapesFrames) {
    locations = labelled.locations.map((loc, l) => {
      const start = view.locFrameStart[l], end = view.locFrameStart[l + 1];
      if (start === end) { hidden[l] = 1; return loc; }
      if (end - start === loc.lines.length) return loc;
      return { ...loc, lines: Array.from(view.locFrameLine.subarray(start, end), k => loc.lines[k]) };
    });
  }
  const s = labelled.samples, vc = s.valueCount;
  let count = 0, stackLength = 0, labelLength = 0;
  for (let i = 0; i < s.count; i++) {
    if (view.kept[i] === 0) continue;
    count++;
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) if (hidden[s.locations[p]] === 0) stackLength++;
    labelLength += s.labelStart[i + 1] - s.labelStart[i];
  }
  const t: SampleTable = {
    count, valueCount: vc, values: new Float64Array(count * vc), stackStart: new Uint32Array(count + 1),
    locations: new Uint32Array(stackLength), labelStart: new Uint32Array(count + 1),
    labelKey: new Uint32Array(labelLength), labelStr: new Uint32Array(labelLength),
    labelNum: new Float64Array(labelLength), labelUnit: new Uint32Array(labelLength),
  };
  if (s.valuesExact) t.valuesExact = new BigInt64Array(count * vc);
  let k = 0, at = 0, lab = 0;
  for (let i = 0; i < s.count; i++) {
    if (view.kept[i] === 0) continue;
    t.values.set(s.values.subarray(i * vc, (i + 1) * vc), k * vc);
    t.valuesExact?.set(s.valuesExact!.subarray(i * vc, (i + 1) * vc), k * vc);
    t.stackStart[k] = at;
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) if (hidden[s.locations[p]] === 0) t.locations[at++] = s.locations[p];
    t.labelStart[k] = lab;
    for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++, lab++) {
      t.labelKey[lab] = s.labelKey[j]; t.labelStr[lab] = s.labelStr[j]; t.labelNum[lab] = s.labelNum[j]; t.labelUnit[lab] = s.labelUnit[j];
    }
    k++;
  }
  t.stackStart[count] = at;
  t.labelStart[count] = lab;
  return { ...labelled, locations, samples: t, defaultSampleTypeIndex: query.sampleType, dropFrames: '', keepFrames: '' };
}

/** gzip for the `.pb.gz` (Node callers may pass zlib's gzipSync). */
export type Gzip = (bytes: Uint8Array) => Uint8Array;

/** exportedProfile as a gzipped profile.proto, what `go tool pprof` reads. */
export function exportedProfileBytes(profile: Profile, query: ProfileQuery, gzip: Gzip = b => gzipSync(b)): Uint8Array {
  const exported = exportedProfile(profile, query);
  return gzip(encodeProfileProto(exported, { defaultSampleType: query.sampleType }));
}
