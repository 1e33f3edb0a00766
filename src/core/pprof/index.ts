/**
 * pprof core: bytes in, plain data out. No VS Code, no Node.
 *
 * Reading
 *   parseProfile(bytes: Uint8Array, options?: { gunzip?, maxUnzippedBytes? }): Profile      throws ProfileParseError
 *     (UnzipLimitError, one of them, when gzip expands beyond unzipLimit(): a multiple of the file, capped)
 *     (Node callers: gunzip: (b, sizeHint) => zlib.gunzipSync(b, { chunkSize: sizeHint }))
 *   gunzippedSizeHint(gzipBytes): number  the declared decompressed size, for zlib's chunkSize
 *   sniffProfileKind(bytes: Uint8Array): { kind: ProfileKind, gzipped }  cheap, first 64 KiB
 *   ProfileParseError { message, offset?: byte offset, line?: text line }
 *   Profile (model.ts): sampleTypes, defaultSampleTypeIndex, period(Type), timeNanos, durationNanos,
 *     comments, dropFrames, keepFrames, mappings, locations (lines innermost first), functions,
 *     strings, samples (columnar; stacks LEAF FIRST), warnings
 *   sampleLabels(profile, i), sampleTypeIndex(profile, nameOrIndex?), sampleTypeNames(profile), sampleTypeTotal(profile, typeIndex),
 *   defaultSampleTypeIndex(profile): default_sample_type, else the last type (pprof's rule)
 *
 * Aggregating (pick a sample type, granularity, filters once; reuse the view)
 *   createStackView(profile, { sampleType?, granularity?, filters?: { focus, ignore, hide, show,
 *     tagFocus, tagIgnore }, tagRoot? }): StackView
 *   parseTagFilter(spec): TagFilter   pprof's -tagfocus syntax: key=regex, key=64kb:1mb, key=:512kb …
 *   (parseProfile applies the profile's drop_frames/keep_frames as pprof does, its equal samples merged first: prune.ts)
 *   computeTop(view): TopResult            flat/cum per frame, `go tool pprof -top` semantics
 *   topTable(profile, viewOptions): TopResult
 *   lineHeat(profile, viewOptions): Map<file, LineHeat[]>   per file:line, for code lenses
 *   mergeProfiles(profiles): Profile (pprof's merge: shared tables, equal samples summed), diffProfiles(profile, base): Profile (-diff_base), subtractProfile (-base),
 *   mergeSamples(profile): Profile (pprof's merge within one sample table; a profile pruned when read was merged before), inCommonUnits(profiles) (pprof's ScaleProfiles)
 *   (flame trees and the other views: src/core/report)
 *   displayFunctionName(fn): pprof's simplified name
 */
export { parseProfile, gunzippedSizeHint, gunzipOnce, type ParseOptions } from './parse';
export { sniffProfileKind, type ProfileKind, type SniffResult } from './sniff';
export { ProfileParseError } from './errors';
export { unzipLimit, UnzipLimitError, formatMiB, UNZIP_CAP_BYTES, UNZIP_FLOOR_BYTES, UNZIP_RATIO } from './unzipLimit';
export { distinctLabelKeys } from './labelSets';
export * from './model';
export {
  createStackView, labelValues, DIFF_BASE_LABEL,
  type StackView, type ViewOptions, type ProfileFilters, type TagFilter, type Granularity, type FrameTable,
} from './stackView';
export { computeTop, topTable, lineHeat, compareRows, type TopRow, type TopResult, type LineHeat } from './top';
export { diffProfiles, subtractProfile, IncompatibleProfilesError } from './combine';
export { mergeSamples } from './mergeSamples';
export { inCommonUnits } from './commonUnits';
export { scaleValue } from './measurement';
export { mergeProfiles } from './merge';
export { displayFunctionName } from './functionNames';
export { parseTagFilter } from './tagFilter';
export { applyDropFrames, simplifyFunc } from './prune';
