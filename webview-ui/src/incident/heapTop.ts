// The heap profile's top functions (inuse_space, as `goprof top` orders them): what holds the
// memory, whoever holds it. Each name opens the full profile editor focused on it; the file:line
// beside it opens the source; the button opens the profile editor as it is.
import type { IncidentViewModel } from '../../../src/shared/incidentProtocol';
import { breakableName, el } from '../common/dom';
import { formatBytes, formatPercent } from './format';
import { renderFunctionLink, renderFocusLink } from './linkedText';
import { shortName } from './names';
import { shownName } from '../common/shownName';
import { visibleText } from '../../../src/shared/visibleText';

const ROWS = 10;

export function renderHeapTop(model: IncidentViewModel): HTMLElement | undefined {
  const rows = model.incident.heapTop ?? [];
  const total = model.incident.memory.heapProfileTotal;
  if (!rows.length || !total) return undefined;
  const section = el('section', 'gpe-section gpe-heap-top');
  const heading = el('h2', undefined, `Heap: top functions of ${visibleText(model.incident.heapPath ?? 'the heap profile')} (inuse_space)`);
  section.append(heading);
  const table = el('table', 'gpe-heap-top-table');
  const head = el('tr');
  head.append(el('th', 'gpe-num', 'flat'), el('th', 'gpe-num', 'flat%'), el('th', 'gpe-num', 'cum'), el('th', 'gpe-num', 'cum%'), el('th', undefined, 'function'));
  table.append(head);
  const heap = model.incident.files.findIndex(f => f.path === model.incident.heapPath);
  for (const r of rows.slice(0, ROWS)) {
    const tr = el('tr', 'gpe-heap-top-row');
    const name = el('td', 'gpe-heap-top-func');
    const link = model.links.findIndex(l => l.func === r.func);
    name.append(link < 0 ? breakableName('gpe-func', shortName(r.func))
      : heap >= 0 ? renderFocusLink(model, heap, link, shortName(r.func)) : renderFunctionLink(model, link, shortName(r.func)));
    name.title = shownName(r.func);
    tr.append(el('td', 'gpe-num', formatBytes(r.flat)), el('td', 'gpe-num gpe-pct', formatPercent(r.flat / total)),
      el('td', 'gpe-num', formatBytes(r.cum)), el('td', 'gpe-num gpe-pct', formatPercent(r.cum / total)), name);
    table.append(tr);
  }
  section.append(table);
  if (heap >= 0) {
    const b = el('button', 'gpe-button gpe-open-file', 'Open the full profile');
    b.type = 'button';
    b.dataset.openFile = String(heap);
    section.append(b);
  }
  return section;
}
