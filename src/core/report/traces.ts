// pprof's -traces: every sample of the view with its labels, its value and its frames, leaf
// first, "(inline)" on frames inlined into the next. pprof prints the samples of its merged
// profile (equal stacks and labels summed: mergeSamples), every one the filters keep.
import type { StackView } from '../pprof/stackView';
import { numLabelUnits } from '../pprof/tagFilter';
import { scaledLabel } from '../pprof/measurement';
import { forEachFrameRootFirst, printableName } from './callGraph';
import type { TraceEntry } from './pprofText';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

/** The labels of a trace without any, one list for all (10^6 traces made 2·10^6 empty arrays). */
const NO_LABELS: TraceEntry['labels'] = Object.freeze([]);

export function tracesReport(view: StackView): TraceEntry[] {
  return [...traceEntries(view)];
}

/**
 * Each trace of the view in turn, none kept (`shownName`: a frame's name as printed, asked once a
 * frame): a profile of a thousand stacks 10,000 frames deep
 * has ten million frames, which held at once took over 1.5 GB.
 */
export function* traceEntries(view: StackView, shownName: (name: string) => string = name => name): Generator<TraceEntry> {
  const { profile } = view;
  const s = profile.samples, strings = profile.strings;
  const units = numLabelUnits(strings, s.labelKey, s.labelStr, s.labelUnit);
  // A frame once, name and all, shared by every trace through it (2·f, and 2·f + 1 inlined): a
  // recursion repeats a few frames millions of times, each cleaning its path, and 10^6 traces
  // made 2·10^6 frame objects.
  const frameObjects: (TraceEntry['frames'][number] | undefined)[] = new Array(2 * view.frames.name.length);
  const frameOf = (f: number, inlined: boolean): TraceEntry['frames'][number] =>
    frameObjects[2 * f + (inlined ? 1 : 0)] ??= { name: shownName(printableName(view, f)), inline: inlined };
  for (let i = 0; i < s.count; i++) {
    if (view.kept[i] === 0) continue;
    const frames: TraceEntry['frames'] = [];
    forEachFrameRootFirst(view, i, (f, inlined) => { frames.push(frameOf(f, inlined)); });
    // pprof prints leaf first; "(inline)" marks a frame inlined into its caller, the line after it.
    frames.reverse();
    if (frames.length === 0) continue;
    const value = s.values[i * s.valueCount + view.typeIndex];
    // Most traces carry no labels: no tables made for them (10^6 traces made 2·10^6).
    if (s.labelStart[i] === s.labelStart[i + 1]) { yield { labels: NO_LABELS, numLabels: NO_LABELS, value, frames }; continue; }
    const labels = new ContentKeyedMap<string[]>(), numLabels = new ContentKeyedMap<string[]>();
    for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
      const key = strings[s.labelKey[j]];
      if (s.labelStr[j] !== 0) {
        const list = labels.get(key) ?? []; list.push(strings[s.labelStr[j]]); labels.set(key, list);
      } else {
        const list = numLabels.get(key) ?? []; list.push(scaledLabel(s.labelNum[j], units.get(key) ?? '', 'auto')); numLabels.set(key, list);
      }
    }
    yield {
      labels: [...labels].map(([key, values]) => ({ key, values })),
      numLabels: [...numLabels].map(([key, values]) => ({ key, values })),
      value,
      frames,
    };
  }
}

export interface TracesJson {
  traces: { value: number; labels: Record<string, string[]>; numLabels: Record<string, string[]>; frames: { func: string; inline: boolean }[] }[];
}

export function tracesJson(traces: readonly TraceEntry[]): TracesJson {
  return { traces: traces.map(traceJson) };
}

export function traceJson(t: TraceEntry): TracesJson['traces'][number] {
  return {
    value: t.value,
    labels: Object.fromEntries(t.labels.map(l => [l.key, l.values])),
    numLabels: Object.fromEntries(t.numLabels.map(l => [l.key, l.values])),
    frames: t.frames.map(f => ({ func: f.name, inline: f.inline })),
  };
}
