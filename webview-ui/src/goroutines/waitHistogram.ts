// The small bar chart of wait minutes in a group row: one bar per bucket.
import type { GoroutineGroupView } from '../../../src/shared/goroutineProtocol';
import { el } from '../common/dom';
import { formatWaitMinutes } from '../../../src/shared/waitFormat';
import { formatCount } from './format';

export function renderWaitHistogram(g: GoroutineGroupView): HTMLElement {
  const box = el('span', 'gpe-histogram');
  const max = Math.max(0, ...g.histogram.map(b => b.count));
  if (!g.wait || max === 0 || g.histogram.length < 2) return box;
  box.title = g.histogram.map(b => `${formatWaitMinutes(b.from, b.to)}: ${formatCount(b.count)}`).join('\n');
  for (const b of g.histogram) {
    const bar = el('span', 'gpe-histogram-bar');
    bar.style.height = `${b.count === 0 ? 0 : Math.max(10, Math.round((b.count / max) * 100))}%`;
    box.append(bar);
  }
  return box;
}
