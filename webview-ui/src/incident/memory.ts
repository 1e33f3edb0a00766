// Memory accounting: the heap profile's total against the runtime's MemStats, as a table and one
// bar of the process's Sys split into what the profile explains and where the rest is.
import type { IncidentViewModel, MemStatsFigures } from '../../../src/shared/incidentProtocol';
import { el } from '../common/dom';
import { formatBytes, formatCount, formatPercent } from './format';

interface Segment { readonly key: string; readonly label: string; readonly bytes: number }

/** Sys, split: the heap the profile explains, the rest of the heap in use, idle heap, stacks, the runtime's own. */
export function sysSegments(profileTotal: number | null, m: MemStatsFigures): Segment[] {
  if (m.Sys === undefined || m.Sys <= 0) return [];
  const inuse = m.HeapInuse ?? 0;
  const explained = Math.min(profileTotal ?? 0, inuse);
  const idle = m.HeapIdle ?? 0;
  const stacks = m.StackInuse ?? 0;
  const other = Math.max(0, m.Sys - inuse - idle - stacks);
  return [
    { key: 'explained', label: 'heap the profile explains', bytes: explained },
    { key: 'heap-rest', label: 'rest of the heap in use', bytes: Math.max(0, inuse - explained) },
    { key: 'idle', label: 'idle heap', bytes: idle },
    { key: 'stacks', label: 'goroutine stacks', bytes: stacks },
    { key: 'other', label: 'runtime and other', bytes: other },
  ].filter(s => s.bytes > 0);
}

function row(label: string, value: string, note = ''): HTMLTableRowElement {
  const tr = el('tr');
  tr.append(el('th', undefined, label), el('td', 'gpe-num', value), el('td', 'gpe-note', note));
  return tr;
}

export function renderMemory(model: IncidentViewModel): HTMLElement {
  const section = el('section', 'gpe-section gpe-memory');
  section.append(el('h2', undefined, 'Memory accounting'));
  const memory = model.incident.memory;
  section.append(el('p', 'gpe-memory-explained', memory.explained));
  const m = memory.memStats;
  const segments = m ? sysSegments(memory.heapProfileTotal, m) : [];
  if (m && segments.length && m.Sys) {
    const bar = el('div', 'gpe-sys-bar');
    bar.setAttribute('role', 'img');
    bar.setAttribute('aria-label', segments.map(s => `${s.label} ${formatBytes(s.bytes)}`).join(', '));
    const legend = el('div', 'gpe-sys-legend');
    for (const s of segments) {
      const part = el('span', `gpe-sys-part gpe-sys-${s.key}`);
      part.style.width = `${(s.bytes / m.Sys) * 100}%`;
      part.title = `${s.label}: ${formatBytes(s.bytes)} (${formatPercent(s.bytes / m.Sys)} of Sys)`;
      bar.append(part);
      const item = el('span', 'gpe-sys-item');
      item.append(el('span', `gpe-sys-swatch gpe-sys-${s.key}`), `${s.label} ${formatBytes(s.bytes)}`);
      legend.append(item);
    }
    section.append(bar, legend);
  }
  const table = el('table', 'gpe-memory-table');
  if (memory.heapProfileTotal !== null) table.append(row('Heap profile, in use', formatBytes(memory.heapProfileTotal), 'sampled, scaled to the whole heap'));
  if (m) {
    const sys = m.Sys;
    const of = (v: number | undefined) => (sys && v !== undefined ? `${formatPercent(v / sys)} of Sys` : '');
    if (m.HeapInuse !== undefined) table.append(row('HeapInuse', formatBytes(m.HeapInuse), of(m.HeapInuse)));
    if (m.HeapIdle !== undefined) table.append(row('HeapIdle', formatBytes(m.HeapIdle), m.HeapReleased !== undefined ? `${formatBytes(m.HeapReleased)} of it returned to the OS` : of(m.HeapIdle)));
    if (m.HeapAlloc !== undefined) table.append(row('HeapAlloc', formatBytes(m.HeapAlloc), 'live and not yet swept'));
    if (m.StackInuse !== undefined) table.append(row('StackInuse', formatBytes(m.StackInuse), of(m.StackInuse)));
    if (sys !== undefined) table.append(row('Sys', formatBytes(sys), 'all the runtime got from the OS'));
    if (m.NumGC !== undefined) table.append(row('NumGC', formatCount(m.NumGC)));
    if (m.MemProfileRate !== undefined) table.append(row('Sampling rate', formatBytes(m.MemProfileRate), 'one heap sample per this many bytes allocated (MemProfileRate)'));
  }
  if (table.childElementCount) section.append(table);
  return section;
}
