// Memory accounting: how much of the process the heap profile explains against the runtime's own
// figures (MemStats of a debug=1 heap profile), and where the rest is.
import { formatBytes, formatCount, formatPercent } from '../../format';
import type { IncidentMemory, MemStatsFigures } from './incidentModel';

/** Go's smallest goroutine stack: a lower bound per goroutine when MemStats do not say. */
export const MIN_STACK_BYTES = 2048;

/**
 * `deltaHeapPath`: a heap profile the folder has that only holds a change over time (`?seconds=N`),
 * set when no snapshot of the heap was found, so the sentence does not say the folder has none.
 */
export function accountMemory(heapProfileTotal: number | null, memStats: MemStatsFigures | null, goroutines: number | null,
  samplingRate: number | null, deltaHeapPath: string | null = null): IncidentMemory {
  return { heapProfileTotal, memStats, explained: explainedSentence(heapProfileTotal, memStats, goroutines, samplingRate, deltaHeapPath) };
}

function explainedSentence(heap: number | null, m: MemStatsFigures | null, goroutines: number | null, samplingRate: number | null,
  deltaHeapPath: string | null): string {
  const rate = m?.MemProfileRate ?? samplingRate;
  const sampled = rate && rate > 1 ? `, sampled every ${formatBytes(rate)} allocated` : rate === 1 ? ', every allocation recorded' : '';
  if (!m) {
    if (heap === null && deltaHeapPath !== null) {
      return `${deltaHeapPath} holds only the change over its seconds (a delta profile), not the heap in use, and the folder has no MemStats: the process's memory is not known.`;
    }
    if (heap === null) return 'No heap profile and no MemStats in the folder: the process\'s memory is not known.';
    const stacks = goroutines ? `; the dump's ${formatCount(goroutines)} goroutine${goroutines === 1 ? '' : 's'} need${goroutines === 1 ? 's' : ''} at least ${formatBytes(goroutines * MIN_STACK_BYTES)} of stack besides` : '';
    return `The heap profile shows ${formatBytes(heap)} in use as of the last GC${sampled}${stacks}; ` +
      'without MemStats (a heap profile saved with debug=1 has them) the idle heap and the runtime\'s own memory are not known.';
  }
  const parts: string[] = [];
  if (heap !== null && m.HeapInuse) {
    parts.push(`The heap profile accounts for ${formatBytes(heap)} of the ${formatBytes(m.HeapInuse)} of heap in use (HeapInuse, ${formatPercent(heap, m.HeapInuse)})${sampled}`);
  } else if (m.HeapInuse) {
    parts.push(`${formatBytes(m.HeapInuse)} of heap in use (HeapInuse); no heap profile says what holds it`);
  } else if (heap !== null) {
    parts.push(`The heap profile shows ${formatBytes(heap)} in use${sampled}`);
  }
  if (m.Sys) {
    const rest: string[] = [];
    if (m.StackInuse) rest.push(`goroutine stacks ${formatBytes(m.StackInuse)} (StackInuse)`);
    const idle = (m.HeapIdle ?? 0) - (m.HeapReleased ?? 0);
    if (idle > 0) rest.push(`idle heap not returned to the OS ${formatBytes(idle)} (HeapIdle − HeapReleased)`);
    const known = (m.HeapInuse ?? 0) + (m.StackInuse ?? 0) + Math.max(0, (m.HeapIdle ?? 0) - (m.HeapReleased ?? 0));
    if (m.HeapInuse !== undefined && m.Sys - (m.HeapReleased ?? 0) > known) {
      rest.push(`runtime metadata and caches ${formatBytes(m.Sys - (m.HeapReleased ?? 0) - known)}`);
    }
    parts.push(`of the ${formatBytes(m.Sys)} the process got from the OS (Sys)${rest.length ? `, the rest is ${rest.join(', ')}` : ''}`);
  }
  const gcs = m.NumGC !== undefined ? ` after ${formatCount(m.NumGC)} GC${m.NumGC === 1 ? '' : 's'}` : '';
  return `${parts.join('; ')}${gcs}.`;
}
