// The hover card of a frame: function, file:line, self, total, % of total, % of parent.
// Everything in it is profile data, so it is built with textContent only.
import type { FlameDatum } from './flameModel';
import { formatDelta, formatPercent, formatValue } from './units';
import { shownName } from '../common/shownName';

export class FrameTooltip {
  private readonly box: HTMLDivElement;

  constructor(parent: HTMLElement) {
    this.box = document.createElement('div');
    this.box.className = 'gpe-tooltip';
    this.box.setAttribute('role', 'tooltip');
    this.box.hidden = true;
    parent.append(this.box);
  }

  /** `total`: pprof's 100% (in a diff: the base's total). */
  show(node: FlameDatum, total: number, unit: string, diff: boolean, x: number, y: number): void {
    const rows: Array<[string, string]> = [];
    if (node.file) rows.push(['source', shownName(node.line ? `${node.file}:${node.line}` : node.file)]);
    if (diff) {
      // value = after + before, net = after − before.
      const after = (node.value + node.net) / 2, before = (node.value - node.net) / 2;
      rows.push(['change', `${formatDelta(node.net, unit)} (${formatPercent(node.net, total)} of the base)`]);
      rows.push(['self change', formatDelta(node.self, unit)]);
      rows.push(['base → now', `${formatValue(before, unit)} → ${formatValue(after, unit)}`]);
    } else {
      rows.push(['total', `${formatValue(node.value, unit)} (${formatPercent(node.value, total)} of all)`]);
      rows.push(['self', `${formatValue(node.self, unit)} (${formatPercent(node.self, total)})`]);
      if (node.parent) rows.push(['of parent', formatPercent(node.value, node.parent.value)]);
    }
    const title = document.createElement('div');
    title.className = 'gpe-tooltip-title';
    title.textContent = shownName(node.name);
    const parts: HTMLElement[] = [title];
    if (node.inlined) parts.push(tag('inlined'));
    if (node.prunedRest) parts.push(tag('narrow frames merged: zoom in for detail'));
    const table = document.createElement('table');
    for (const [k, v] of rows) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.textContent = k;
      const td = document.createElement('td');
      td.textContent = v;
      tr.append(th, td);
      table.append(tr);
    }
    const hint = document.createElement('div');
    hint.className = 'gpe-tooltip-hint';
    hint.textContent = 'Click: zoom · Ctrl/Cmd+click: open source · Right-click: more';
    this.box.replaceChildren(...parts, table, hint);
    this.box.hidden = false;
    this.move(x, y);
  }

  move(x: number, y: number): void {
    if (this.box.hidden) return;
    const w = this.box.offsetWidth, h = this.box.offsetHeight;
    const left = Math.max(4, Math.min(x + 14, window.innerWidth - w - 4));
    const top = y + 16 + h > window.innerHeight ? Math.max(4, y - h - 8) : y + 16;
    this.box.style.left = `${left}px`;
    this.box.style.top = `${top}px`;
  }

  hide(): void { this.box.hidden = true; }

  dispose(): void { this.box.remove(); }
}

function tag(text: string): HTMLElement {
  const s = document.createElement('span');
  s.className = 'gpe-tag';
  s.textContent = text;
  return s;
}
