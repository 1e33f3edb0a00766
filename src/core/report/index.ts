/**
 * The report layer: what each profile view shows, computed once here for the editor's worker,
 * the CLI and the tests alike. Pure TypeScript over the pprof core (no VS Code, no Node).
 * (Goroutine views: ./goroutines.)
 *
 * A profile and a query
 *   summarizeProfile(fileName, profile): ProfileSummary   sample types, totals, the default type, label keys
 *   defaultSampleTypeIndex(profile): number   pprof's rule: default_sample_type (allocs → alloc_space),
 *     else the LAST sample type (Go heap profiles set none → inuse_space; CPU → cpu)
 *   new QueriedProfile(profile, query)   query = { sampleType (index), granularity, filters: the
 *     editor's chips ({ kind: focus|ignore|hide|show|tagfocus|tagignore, pattern }) }. Build it once,
 *     ask it for several views; .view (the core's StackView), .frameNames (unique per frame, e.g.
 *     "pkg.F file.go:12" at file granularity), .top (pprof's TopResult)
 *
 * Views (values raw, in the profile's unit; negative where a diff lost)
 *   flameTree(q, { widthPx?, minPixels?, maxNodes? }): FlameTreeData   the call tree in columns;
 *     with widthPx, nodes under half a pixel are merged into a "(narrow callees merged)" node
 *     (flag FRAME_PRUNED_REST, the parent gets FRAME_HAS_HIDDEN_DETAIL); without, the whole tree
 *   flameSubtree(q, path, options): the tree below the node reached by frame names `path`
 *     (from the root's child down), rooted there; undefined when no sample goes through it
 *   invertedTree(q, options): the whole profile bottom-up (each leaf frame under the root, totals =
 *     its flat; its callers below it)
 *   callersTree(q, frameName, options) / calleesTree(q, frameName, options): the sandwich,
 *     rooted at the frame (from its outermost call), totals = its cum; undefined when absent
 *   topRows(q): TopTableData    `go tool pprof -top` rows in columns (flat, cum; zero rows left out)
 *   new TopTableWindows(top).window({ sortKey, descending, filter, start, count }): the rows the editor shows
 *   new PeekWindows(functionPeek(view, name)): .head() each node's first callers and callees,
 *     .window({ node, role, start, count }) more of them (peek.ts computes the whole peek)
 *
 * Export
 *   exportedProfile(profile, query): Profile   the samples the filters keep, hide/show applied to
 *     the stacks, label frames made real, default sample type = the query's (pprof -proto's output)
 *   exportedProfileBytes(profile, query, gzip?): Uint8Array   that as a .pb.gz (encodeProfileProto)
 *   flameGraphSvg(tree, { title, subtitle?, unit, total, width?, icicle? }): string   a standalone SVG
 *   topRowsCsv(top, { unit, total, sampleType }) / topRowsMarkdown(top, ctx, title?): the top table as text
 *
 * Diff (pprof -diff_base / -base / -normalize)
 *   diffProfile(profile, base, { subtractBase, normalize }): Profile   base samples negated and
 *     merged: query it like any profile. In its trees `magnitude` (sum of |value|) is the width
 *     to draw, `total` the net change.
 *   compareWithBase(profile, base, options): Profile   the same as pprof's driver does it (each
 *     profile merged first, as written, the two headers combined, then pruned by the first's
 *     drop_frames): what the editor and the CLI query.
 */
export { defaultSampleTypeIndex } from '../pprof';
export { summarizeProfile, sampleTypeWindowsOf } from './profileSummary';
export { SampleTypeWindows, SAMPLE_TYPES_LISTED, sampleTypesKey, type SampleTypeEntry, type SampleTypeHead, type SampleTypeWindow, type SampleTypeWindowRequest } from './sampleTypeWindow';
export { QueriedProfile, FilterSyntaxError, toProfileFilters, frameNamesOf, rowNamesOf } from './profileQuery';
export { flameTree, flameSubtree, invertedTree, callersTree, calleesTree, PRUNED_REST_NAME, MAX_FLAME_NODES, type FlameTreeOptions } from './flameTree';
export { FlameTreeWalk, type FlameNodeVisitor } from './flameTreeWalk';
export { topRows } from './topRows';
export { TopTableWindows, topRowMatcher } from './topWindow';
export { PeekWindows, PEEK_EDGES_SHOWN, PEEK_ROLES, type PeekEdge, type PeekEdgeRequest, type PeekEdgeWindow, type PeekHead, type PeekHeadNode, type PeekRole } from './peekWindow';
export { compareWithBase, diffProfile } from './profileDiff';
export { exportedProfile, exportedProfileBytes, type Gzip } from './exportProfile';
export { flameGraphSvg, type FlameSvgOptions } from './flameSvg';
export { topRowsCsv, topRowsMarkdown, type TopExportContext } from './topExport';
export * from './profileTypes';
