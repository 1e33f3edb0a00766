// The label keys the flame graph's "Group by label" selects offer: kept apart from the selects
// themselves (no DOM here), so plain Node tests it.
import { ContentKeyedSet } from '../../../src/shared/contentKeyedMap';

/** The label keys the flame graph is grouped by: at the root (pprof -tagroot) and below the leaves (-tagleaf). */
export interface LabelView { tagRoot: string[]; tagLeaf: string[] }

/**
 * The keys the selects offer: the profile's, then any chosen key it lacks, each once. Keys are the
 * profile's text: thousands of distinct ones past 16,383 characters took a native Set 10 s.
 */
export function labelKeyChoices(labelKeys: readonly string[], current: LabelView): string[] {
  return [...new ContentKeyedSet([...labelKeys, ...current.tagRoot, ...current.tagLeaf])];
}
