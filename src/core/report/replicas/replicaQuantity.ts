// What each number of a replica comparison is, in words a Go engineer reads at a glance
// ("bytes in use", "goroutines"): the table's cells show bare counts for count units, so the
// header must say what they count.
import type { ValueType } from '../../pprof';

/** Go's runtime/pprof sample types, by type and unit, as words. */
const GO_SAMPLE_TYPES: Readonly<Record<string, string>> = {
  'inuse_space/bytes': 'bytes in use',
  'inuse_objects/count': 'objects in use',
  'alloc_space/bytes': 'bytes allocated',
  'alloc_objects/count': 'objects allocated',
  'cpu/nanoseconds': 'CPU time',
  'samples/count': 'CPU samples',
  'contentions/count': 'contentions',
  'delay/nanoseconds': 'time waiting',
  'goroutine/count': 'goroutines',
  'threadcreate/count': 'threads created',
};

/**
 * The comparison's quantity: "goroutines" for goroutine groups, else the sample type in words
 * with pprof's name and the measure, "bytes in use (inuse_space, flat)"; a type Go does not
 * write keeps its own name and unit, "wall (nanoseconds, flat)".
 */
export function replicaQuantity(sampleType: ValueType | undefined, measure: 'flat' | 'cum'): string {
  if (!sampleType) return 'goroutines';
  const words = GO_SAMPLE_TYPES[`${sampleType.type}/${sampleType.unit}`];
  return words ? `${words} (${sampleType.type}, ${measure})` : `${sampleType.type} (${sampleType.unit || 'count'}, ${measure})`;
}
