/**
 * Goroutine dumps: scan, group, rank, compare. Pure TypeScript (no Node, no vscode).
 * Line numbers are 1-based and inclusive everywhere (`LineRange {start, end}`).
 *
 * - `analyzeGoroutineDump(input: string | Uint8Array, options?: AnalyzeOptions): GoroutineAnalysis`
 *     scan + group + rank + who-waits-on-what in one call: `{dump, groups, waitTargets, total, parsed}`;
 *     `stackSuspect`: what a crash's runtime stack or a stack without its goroutine header says when no group does.
 * - `new GoroutineDumpAnalyzer(options?)`: the same for streamed input: `push(bytes)` chunks of any
 *     size (a file read 1–4 MB at a time), then `finish(): GoroutineAnalysis`.
 * - `scanGoroutineDump(input, options?: {keepArgs?, maxWarnings?, byteSearch?}): GoroutineDump`; its `goroutines`
 *     is a `GoroutineList` (`length`, `get(i)`, iterable), stored column-wise (`GoroutineTable`).
 *     tolerant scanner for debug=2 / runtime.Stack / panic / fatal error / SIGQUIT / gccgo / debug=1
 *     text, with prefixes, indentation, CRLF, fences and notes; never throws, warns with line numbers.
 *     `new GoroutineDumpScanner(options?)` is its incremental form (`push(bytes)`, `finish()`).
 * - `ByteSearch`: the scanner's searches over long spans of bytes; `portableByteSearch` is the default,
 *     a host passes a faster one as `byteSearch` (Node: src/node/byteSearch.ts, memchr).
 * - `groupGoroutines(goroutines, {similarity?: 'default'|'args'|'exact', idSampleSize?}): GoroutineGroup[]`
 *     linear-time grouping of traceback goroutines, returned ranked.
 * - `groupStackRecords(records: {count, frames, labels?, lines?}[]): GoroutineGroup[]`
 *     the same group model for debug=1 records and goroutine profile.proto samples (state inferred
 *     from frames, `stateInferred: true`).
 * - `rankGroups(groups)`: sorts in place (idle runtime last, suspects first, then score/count).
 * - `summarizeWaitTargets(goroutines): WaitTarget[]`: goroutines per channel/mutex/semaphore address.
 * - `compareGroups(before, after): GroupGrowth[]`: count per group signature, largest growth first.
 * - `WAIT_STATES`, `waitStateOf(state)`: every state Go prints, its weight, never-wakes flag, phrase and frames.
 * - helpers: `describeFrame`, `crashHeadline` (a crash message of several lines on one), `formatCount`, `isStdlibFunc`, `shortFuncName`, `inferStateFromFrames`.
 */
export * from './model';
export { analyzeGoroutineDump, GoroutineDumpAnalyzer, type AnalyzeOptions, type GoroutineAnalysis } from './analyze';
export type { StackSuspect } from './stackSuspect';
export { scanGoroutineDump, GoroutineDumpScanner, type ScanInputOptions } from './scanInput';
export { ORDER_SAMPLE_BYTES } from './reversedDump';
export { PPROF_DEBUG2_LIMIT } from './scanner';
export type { ScanOptions } from './scanOptions';
export { portableByteSearch, type ByteSearch } from './byteSearch';
export { groupGoroutines, groupStackRecords, rankGroups, type GroupOptions, type StackRecordInput } from './grouping';
export { summarizeWaitTargets } from './waitTargets';
export { GoroutineTable } from './goroutineTable';
export { compareGroups } from './compare';
export { describeFrame, formatCount, pushFrameWords, suspectSentence, type WordSink } from './ranking';
export { describeRowsApart, tellStacksApart } from './stacksApart';
export { crashHeadline } from './crashLines';
export { isStdlibFunc, shortFuncName } from './goFunctions';
export { inferStateFromFrames, waitStateOf, WAIT_STATES, type WaitState, type WaitObjectFunc } from './waitStates';
