// The incident as one self-contained HTML file: no script, no network (a strict CSP says so to the
// browser), the joined functions drawn as inline SVG flame graphs. Every value from the files is
// escaped; the only style is one <style> element allowed by its nonce.
import { leakLabel } from './overTime';
import type { Incident, IncidentFlameNode } from './incidentModel';
import {
  capturedAt, framesLeftOutText, heapTopRows, memStatsRows, seriesValue, sourceExcerpts, stackWithCreator, suspectFacts, type IncidentReportOptions,
} from './reportParts';
import { formatBytes } from '../../format';
import { exportedLabel, exportedSourceLine, exportedText } from '../exportedText';
import { contentSecurityPolicy, nonceSource } from '../../contentSecurityPolicy';
import { percentOf } from './percent';

/** One line of text from the files as HTML: hidden characters marked (exportedText.ts), markup escaped. */
export function escapeHtml(text: string): string {
  return htmlOfShown(exportedText(text));
}

/** Text already marked (a source line, a cut label) as HTML. */
function htmlOfShown(shown: string): string {
  return shown.replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[ch]!);
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --hl: #fff8c5; --code: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --hl: #3b2e00; --code: #151b23; } }
body { font: 14px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
.answer { font-size: 1.15rem; font-weight: 600; }
table { border-collapse: collapse; margin: .5rem 0 1rem; } td, th { border: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
pre { background: var(--code); padding: .4rem .6rem; margin: .2rem 0 .6rem; overflow-x: auto; }
pre .cur { background: var(--hl); display: inline-block; min-width: 100%; }
.frame { margin: .3rem 0 0; } .muted { color: var(--muted); } .leak { color: #cf222e; font-weight: 600; }
svg.flame text { font: 11px ui-monospace, monospace; fill: #000; pointer-events: none; }
`;

/** A nonce for the one style element: a hash of the document, so the file is the same for the same incident. */
function nonceOf(text: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(36)}${h2.toString(36)}`;
}

function tableHtml(header: readonly string[], rows: readonly (readonly string[])[], numeric: (col: number) => boolean = () => false): string {
  const cell = (tag: string, text: string, col: number) => `<${tag}${numeric(col) ? ' class="num"' : ''}>${escapeHtml(text)}</${tag}>`;
  const head = header.some(h => h !== '') ? `<thead><tr>${header.map((h, i) => cell('th', h, i)).join('')}</tr></thead>` : '';
  return `<table>${head}<tbody>${
    rows.map(r => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('')}</tbody></table>`;
}

const FLAME_WIDTH = 1000;
const FLAME_ROW = 18;
const FLAME_MAX_DEPTH = 40;

/** An icicle graph (root on top) of the joined samples: one rect per call, width by value, a tooltip per rect. */
export function flameSvg(root: IncidentFlameNode, unit: 'bytes' | 'count' = 'bytes'): string {
  if (root.value <= 0) return '';
  const rects: string[] = [];
  let depthSeen = 0;
  const draw = (node: IncidentFlameNode, x: number, depth: number) => {
    const width = (node.value / root.value) * FLAME_WIDTH;
    if (width < 0.5 || depth > FLAME_MAX_DEPTH) return;
    depthSeen = Math.max(depthSeen, depth);
    const y = depth * FLAME_ROW;
    const value = unit === 'bytes' ? formatBytes(node.value) : String(node.value);
    const title = `${node.name} — ${value} (${percentOf(node.value / root.value)} of the joined)`;
    const chars = Math.floor((width - 6) / 6.6);
    const label = chars >= 3 ? exportedLabel(node.name, chars) : '';
    rects.push(`<g><title>${escapeHtml(title)}</title><rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(0.5, width - 0.5).toFixed(1)}" height="${FLAME_ROW - 1}" fill="${colorOf(node.name, depth)}" rx="2"/>` +
      (label ? `<text x="${(x + 3).toFixed(1)}" y="${y + 13}">${htmlOfShown(label)}</text>` : '') + '</g>');
    let cx = x;
    for (const c of node.children) { draw(c, cx, depth + 1); cx += (c.value / root.value) * FLAME_WIDTH; }
  };
  draw(root, 0, 0);
  const height = (depthSeen + 1) * FLAME_ROW;
  return `<svg class="flame" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${FLAME_WIDTH} ${height}" width="100%" role="img" aria-label="flame graph of the joined functions">${rects.join('')}</svg>`;
}

function colorOf(name: string, depth: number): string {
  if (depth === 0) return '#c8c8c8';
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  const hue = 10 + (h % 45);
  const light = 55 + (h >> 8) % 20;
  return `hsl(${hue} 85% ${light}%)`;
}

export function incidentHtml(incident: Incident, options: IncidentReportOptions = {}): string {
  const title = options.title ?? 'Incident';
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  if (options.writtenAtMs !== undefined) body.push(`<p class="muted">Written ${escapeHtml(capturedAt(options.writtenAtMs))}.</p>`);
  body.push('<h2>Answer</h2>');
  incident.answer.forEach((s, i) => body.push(`<p${i === 0 ? ' class="answer"' : ''}>${escapeHtml(s)}</p>`));

  if (incident.suspects.length > 0) {
    body.push('<h2>Suspects</h2>');
    incident.suspects.forEach((s, i) => {
      body.push(`<h3>${i + 1}. ${escapeHtml(s.sentence)}</h3>`, tableHtml(['', ''], suspectFacts(s)));
      if (s.heap && s.heap.allocatedIn.length > 0) {
        body.push('<p>Where the joined heap was allocated:</p>',
          tableHtml(['allocated in', 'under', 'in use'], s.heap.allocatedIn.map(a => [a.func, a.under ?? '', formatBytes(a.value)]), c => c === 2));
      }
      if (s.heap?.flame && s.heap.value > 0) body.push('<p>The joined functions (in-use heap), outermost on top:</p>', flameSvg(s.heap.flame));
      body.push('<p>Stack (innermost first, creator last):</p>');
      for (const [i, ex] of sourceExcerpts(stackWithCreator(s), options).entries()) {
        if (i === s.framesLeftOut?.at) body.push(`<div class="frame muted">${escapeHtml(framesLeftOutText(s.framesLeftOut.count))}</div>`);
        const where = ex.frame.file ? ` <span class="muted">${escapeHtml(`${ex.frame.file}:${ex.frame.line}`)}</span>` : '';
        body.push(`<div class="frame"><code>${escapeHtml(ex.frame.func)}</code>${where}</div>`);
        if (ex.lines.length > 0) {
          const code = ex.lines.map(l => {
            const text = htmlOfShown(`${String(l.line).padStart(5)}  ${exportedSourceLine(l.text)}`);
            return l.current ? `<span class="cur">${text}</span>` : text;
          }).join('\n');
          body.push(`<pre>${code}</pre>`);
        }
      }
    });
  }

  body.push('<h2>Memory</h2>', `<p>${escapeHtml(incident.memory.explained)}</p>`);
  if (incident.memory.memStats) body.push(tableHtml(['MemStats', 'value'], memStatsRows(incident.memory.memStats), c => c === 1));
  const top = heapTopRows(incident);
  if (top.length > 0) {
    body.push(`<p>Heap profile top (inuse_space${incident.heapPath ? `, ${escapeHtml(incident.heapPath)}` : ''}):</p>`,
      tableHtml(['function', 'flat', 'flat%', 'cum', 'cum%'], top, c => c > 0));
  }

  if (incident.overTime.length > 0) {
    body.push('<h2>Over time</h2>');
    const points = incident.overTime[0].points;
    const header = ['series', ...points.map(p => `${p.path}${p.capturedAtMs !== null ? ` (${capturedAt(p.capturedAtMs)})` : ''}`), 'leak'];
    const rows = incident.overTime.map(s => [`${s.kind}: ${s.name}`, ...s.points.map(p => seriesValue(s.kind, p.value)), s.leak ? leakLabel(s) : '']);
    body.push(tableHtml(header, rows, c => c > 0 && c <= points.length));
  }

  body.push('<h2>Captured</h2>', tableHtml(['file', 'kind', 'what', 'captured at', 'used'], incident.files.map(f => [
    f.path, f.kind, f.detail ?? '', f.capturedAtMs !== undefined ? `${capturedAt(f.capturedAtMs)} (${f.capturedAtFrom ?? ''})` : '', f.used ? 'yes' : '',
  ])));
  if (incident.unread.length > 0) body.push('<p>Not read:</p>', tableHtml(['file', 'reason'], incident.unread.map(u => [u.path, u.reason])));

  const content = body.join('\n');
  const nonce = nonceOf(content + STYLE);
  // No script-src: the report runs nothing. img-src for nothing but inline SVG (which is markup, not an image load).
  const csp = contentSecurityPolicy({ styles: [nonceSource(nonce)], images: ['data:'], standalone: true });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
${content}
</body>
</html>
`;
}
