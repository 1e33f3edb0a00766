// Over time: one small line chart per goroutine group and heap function across the captures;
// a series that grows capture after capture (the core's leak flag) is flagged as a leak. SVG built with DOM calls, text
// only through textContent.
import type { IncidentViewModel, OverTimeSeries } from '../../../src/shared/incidentProtocol';
import { el } from '../common/dom';
import { formatBytes, formatCount, formatTime } from './format';
import { withoutPackagePaths } from './names';
import { renderFunctionLink } from './linkedText';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 220;
const HEIGHT = 64;
const PAD = 6;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function formatValue(series: OverTimeSeries, v: number): string {
  return series.kind === 'heap' ? formatBytes(v) : formatCount(v);
}

/** x by capture time when every point has one, else evenly by order. */
export function chartPoints(series: OverTimeSeries, width = WIDTH, height = HEIGHT, pad = PAD): { x: number; y: number }[] {
  const pts = series.points;
  const times = pts.map(p => p.capturedAtMs);
  const timed = times.every(t => t !== null) && new Set(times).size === times.length;
  const t0 = timed ? Math.min(...(times as number[])) : 0;
  const t1 = timed ? Math.max(...(times as number[])) : 0;
  const max = Math.max(...pts.map(p => p.value), 1);
  return pts.map((p, i) => {
    const fx = pts.length < 2 ? 0.5 : timed && t1 > t0 ? ((p.capturedAtMs as number) - t0) / (t1 - t0) : i / (pts.length - 1);
    return { x: pad + fx * (width - 2 * pad), y: height - pad - (p.value / max) * (height - 2 * pad) };
  });
}

function renderChart(series: OverTimeSeries): SVGSVGElement {
  const chart = svg('svg', { class: 'gpe-spark', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img' });
  chart.setAttribute('aria-label', `${series.name}: ${series.points.map(p => formatValue(series, p.value)).join(' → ')}`);
  chart.append(svg('line', { class: 'gpe-spark-axis', x1: PAD, y1: HEIGHT - PAD, x2: WIDTH - PAD, y2: HEIGHT - PAD }));
  const pts = chartPoints(series);
  chart.append(svg('polyline', { class: 'gpe-spark-line', points: pts.map(p => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') }));
  pts.forEach((p, i) => {
    const dot = svg('circle', { class: 'gpe-spark-dot', cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: 2.5 });
    const title = svg('title', {});
    const point = series.points[i];
    title.textContent = `${point.path} · ${formatTime(point.capturedAtMs)} · ${formatValue(series, point.value)}`;
    dot.append(title);
    chart.append(dot);
  });
  return chart;
}

export function renderOverTime(model: IncidentViewModel): HTMLElement {
  const section = el('section', 'gpe-section gpe-over-time');
  section.append(el('h2', undefined, 'Over time'));
  const series = model.incident.overTime;
  if (!series.length) {
    section.append(el('p', 'gpe-hint', 'One capture of each kind: nothing to compare over time. Capture the heap and the goroutines again later into the same folder to see what grows.'));
    return section;
  }
  const leaks = series.filter(s => s.leak).length;
  section.append(el('p', 'gpe-hint', leaks
    ? `${formatCount(leaks)} of ${formatCount(series.length)} series grow capture after capture (flagged as leaks).`
    : `${formatCount(series.length)} series over ${formatCount(Math.max(...series.map(s => s.points.length)))} captures; none grows capture after capture.`));
  // Heap bytes are sampled: say why a heap line that rose by a sample or two is not flagged.
  const sampled = series.find(s => s.leakNoise !== undefined);
  if (sampled?.leakNoise !== undefined) {
    section.append(el('p', 'gpe-hint gpe-leak-noise', `Heap in use is sampled: a heap function is flagged only when it also rises by more than ${formatBytes(sampled.leakNoise)} over the last ${formatCount(sampled.leakWindow ?? sampled.points.length)} captures (a sample or two coming and going is noise).`));
  }
  const grid = el('div', 'gpe-spark-grid');
  // Leaks first; otherwise the core's order.
  for (const s of [...series.filter(x => x.leak), ...series.filter(x => !x.leak)]) {
    const card = el('figure', `gpe-spark-card${s.leak ? ' gpe-leak' : ''}`);
    card.dataset.kind = s.kind;
    const caption = el('figcaption');
    const link = s.kind === 'heap' ? model.links.findIndex(l => l.func === s.name && l.file !== '') : -1;
    const name = link >= 0 ? renderFunctionLink(model, link, withoutPackagePaths(s.name)) : el('span', 'gpe-spark-name', withoutPackagePaths(s.name));
    name.classList.add('gpe-spark-name');
    if (link < 0) name.title = s.name;
    const kind = el('span', 'gpe-spark-kind', s.kind === 'heap' ? 'heap in use' : 'goroutines');
    kind.title = s.kind === 'heap' ? 'inuse_space, flat: the bytes this function allocated that are still in use' : 'the goroutines of this group';
    caption.append(kind, ' ', name);
    if (s.leak) caption.append(' ', el('span', 'gpe-leak-badge', s.leakWindow !== undefined && s.points.length > s.leakWindow ? `leak: grows in each of the last ${s.leakWindow} captures` : 'leak: grows in every capture'));
    // Where a growing series was first seen, when it was not there from the start: when the leak began.
    if (s.leak && s.firstSeen && s.firstSeen.path !== s.points[0]?.path) caption.append(' ', el('span', 'gpe-spark-first', `first seen in ${s.firstSeen.path}`));
    const first = s.points[0];
    const last = s.points[s.points.length - 1];
    // Bytes carry their unit; a bare count says it counts goroutines.
    const unit = s.kind === 'heap' ? '' : ` goroutine${last?.value === 1 ? '' : 's'}`;
    const values = el('div', 'gpe-spark-values', first && last ? `${formatValue(s, first.value)} → ${formatValue(s, last.value)}${unit}` : '');
    card.append(caption, renderChart(s), values);
    grid.append(card);
  }
  section.append(grid);
  return section;
}
