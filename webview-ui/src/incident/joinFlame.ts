// The flame graph of a suspect's joined heap: the joined samples as an icicle (root on top), width
// by value, one tooltip per frame. Clicking a frame opens the heap profile in the profile editor
// focused on it; Ctrl/Cmd-click opens its source line when known. SVG built with DOM calls; names
// only through textContent.
import type { IncidentFlameNode, IncidentViewModel } from '../../../src/shared/incidentProtocol';
import { formatPercent, formatSampleValue } from './format';
import { shortName } from './names';
import { shownName } from '../common/shownName';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 1000;
const ROW = 18;
const MAX_DEPTH = 24;
/** Average glyph width of the label font in viewBox units, to clip labels. */
const GLYPH = 6.4;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** A stable colour class per name, so one function has one colour across the graph. */
function hueClass(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return `gpe-flame-c${h % 6}`;
}

/**
 * The chart drawn as wide as `box` is, drawn again when the box's width changes: a chart of one
 * width stretched to another squeezed its labels (a narrow editor made them unreadable).
 */
export function fittedJoinFlame(box: HTMLElement, draw: (width: number) => SVGSVGElement | undefined): SVGSVGElement | undefined {
  let chart = draw(WIDTH);
  if (!chart) return undefined;
  let drawnWidth = WIDTH;
  new ResizeObserver(() => {
    const width = Math.round(box.clientWidth);
    if (width <= 0 || Math.abs(width - drawnWidth) < 4) return;
    const next = draw(width);
    if (!next || !chart) return;
    chart.replaceWith(next);
    chart = next;
    drawnWidth = width;
  }).observe(box);
  return chart;
}

/** `heapFile`: the index of the profile the frames open (focused), -1 when the folder's files do not list it. `chartWidth`: the width it is shown at, in CSS pixels. */
export function renderJoinFlame(model: IncidentViewModel, root: IncidentFlameNode, sampleType: string, heapFile: number, chartWidth = WIDTH): SVGSVGElement | undefined {
  if (root.value <= 0) return undefined;
  const chart = svg('svg', { class: 'gpe-join-flame', viewBox: `0 0 ${chartWidth} ${ROW}`, preserveAspectRatio: 'none', role: 'img' });
  chart.setAttribute('aria-label', `flame graph of the joined ${sampleType}`);
  let deepest = 0;
  const draw = (node: IncidentFlameNode, x: number, depth: number): void => {
    const width = (node.value / root.value) * chartWidth;
    if (width < 0.5 || depth > MAX_DEPTH) return;
    deepest = Math.max(deepest, depth);
    const g = svg('g', { class: `gpe-flame-frame ${depth === 0 ? 'gpe-flame-root' : hueClass(node.name)}` });
    g.dataset.name = node.name;
    const link = depth === 0 ? -1 : model.links.findIndex(l => l.func === node.name);
    if (link >= 0 && heapFile >= 0) { g.dataset.openFile = String(heapFile); g.dataset.func = String(link); }
    if (link >= 0 && model.links[link].file) g.dataset.sourceLink = String(link);
    const title = svg('title', {});
    const hint = depth === 0 ? '' : `\n${heapFile >= 0 && link >= 0 ? 'Click: the profile editor focused on it' : ''}${g.dataset.sourceLink ? '; Ctrl/Cmd-click: its source' : ''}`;
    title.textContent = `${shownName(node.name)} — ${formatSampleValue(sampleType, node.value)} (${formatPercent(node.value / root.value)} of the joined)${hint}`;
    g.append(title, svg('rect', { x: x.toFixed(1), y: depth * ROW, width: Math.max(0.5, width - 0.8).toFixed(1), height: ROW - 1, rx: 2 }));
    const chars = Math.floor((width - 6) / GLYPH);
    if (chars >= 3) {
      const name = shortName(node.name);
      const text = svg('text', { x: (x + 3).toFixed(1), y: depth * ROW + 13 });
      text.textContent = name.length > chars ? `${name.slice(0, chars - 1)}…` : name;
      g.append(text);
    }
    chart.append(g);
    let cx = x;
    for (const c of node.children) { draw(c, cx, depth + 1); cx += (c.value / root.value) * chartWidth; }
  };
  draw(root, 0, 0);
  const height = (deepest + 1) * ROW;
  chart.setAttribute('viewBox', `0 0 ${chartWidth} ${height}`);
  chart.setAttribute('height', String(height));
  return chart;
}
