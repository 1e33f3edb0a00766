/**
 * The goroutine view, computed once for the worker, the CLI and tests:
 *   buildGoroutineViewModel(analysis, options): GoroutineAnalysisView   groups, frames table, waits, compare
 *   groupHistograms(goroutines, groups): HistogramBucketView[][]        equal-width wait-minute bars per group
 */
export { buildGoroutineViewModel, type GoroutineAnalysisView, type ViewModelOptions } from './viewModel';
export { groupHistograms, HISTOGRAM_BUCKETS } from './waitHistogram';
export { buildGoroutineView, type WholeGoroutineView } from './viewModel';
export { GroupSearch, type WholeGroupTexts } from './groupSearch';
export { GoroutineGroupPages, PAGE_BUDGET_CHARS, PAGE_MAX_GROUPS, STACK_PAGE_FRAMES, MAX_STACKS_SENT, withMiddleFrames } from './groupPages';
export { STACK_HEAD_FRAMES, STACK_TAIL_FRAMES, stackEnds } from './stackEnds';
export { goroutineFlame, MAX_FLAME_DEPTH, MAX_FLAME_NODES } from './goroutineFlame';
