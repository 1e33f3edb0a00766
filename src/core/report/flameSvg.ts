// A flame tree drawn as a standalone SVG file (no script, no external style): the editor's
// "Export → SVG" and `goprof export --format svg`, and the picture the editor rasterizes for PNG.
// Light colours on a white page, hashed by Go package as in the editor (warm for user code, cool
// for the standard library and runtime); a diff is red where it grew and green where it shrank.
// Each frame carries a <title> (name, value, share) that SVG viewers show on hover.
import { formatPercent, formatValue } from '../format';
import { hiddenCharacterMark } from '../../shared/visibleText';
import { exportedLabel, exportedText } from './exportedText';
import type { FlameTreeData } from './profileTypes';

export interface FlameSvgOptions {
  title: string;
  /** A second line under the title: sample type, total, filters. */
  subtitle?: string;
  unit: string;
  /** The 100% of the shares in the tooltips (pprof's total). */
  total: number;
  /** Pixels; default 1200. */
  width?: number;
  /** Root at the top (default) or at the bottom. */
  icicle?: boolean;
  /** Siblings heaviest first (the tree's order, default) or by name (pprof's flame graph). */
  order?: 'heaviest' | 'alphabetical';
}

const ROW = 18;
const FONT_PX = 12;
/** A conservative average advance of the 12 px monospace font the labels use. */
const CHAR_PX = 7.3;
const HEADER = 46;

/** One line of text from the file as XML: hidden characters marked (exportedText.ts), markup escaped. */
function escapeXml(s: string): string {
  return xmlOfShown(exportedText(s));
}

/** Text already marked as XML. */
function xmlOfShown(shown: string): string {
  // Control characters and lone surrogates, not allowed in XML 1.0, are marked already; U+FFFE
  // and U+FFFF, not allowed either, are marked the same way here.
  return shown.replace(/[\ufffe\uffff]/g, c => hiddenCharacterMark(c.charCodeAt(0)))
    .replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

function packageOf(name: string): string {
  const slash = name.lastIndexOf('/');
  const dot = name.indexOf('.', slash + 1);
  return dot < 0 ? name : name.slice(0, dot);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
  return (h >>> 0) / 4294967295;
}

function frameFill(name: string): string {
  const pkg = packageOf(name);
  const h = hash(pkg);
  const first = pkg.split('/')[0];
  if (pkg === 'runtime' || pkg.startsWith('runtime/')) return `hsl(${Math.round(205 + h * 20)},18%,74%)`;
  if (!first.includes('.') && first !== 'main' && pkg !== 'root') return `hsl(${Math.round(185 + h * 50)},45%,74%)`;
  return `hsl(${Math.round(h * 55)},80%,70%)`;
}

function diffFill(net: number, magnitude: number): string {
  const larger = (magnitude + Math.abs(net)) / 2;
  const change = larger === 0 ? 0 : Math.max(-1, Math.min(1, net / larger));
  if (Math.abs(change) < 0.01) return 'hsl(0,0%,82%)';
  const strength = Math.sqrt(Math.abs(change));
  const light = Math.round(88 - strength * 33);
  return change > 0 ? `hsl(0,${Math.round(45 + strength * 45)}%,${light}%)` : `hsl(125,${Math.round(35 + strength * 40)}%,${light}%)`;
}

/** The label of a frame: without its package's directory, cut to fit `px` (with an ellipsis). */
function fitLabel(name: string, px: number): string {
  const chars = Math.floor((px - 6) / CHAR_PX);
  if (chars < 3) return '';
  const bracket = name.search(/[([]/);
  const short = name.slice(name.lastIndexOf('/', (bracket < 0 ? name.length : bracket) - 1) + 1);
  // Cut as shown: a mark is as wide as its characters, and is never cut in two.
  return exportedLabel(short, chars);
}

/** The tree as an SVG document. Frames narrower than a tenth of a pixel are left out. */
export function flameGraphSvg(tree: FlameTreeData, options: FlameSvgOptions): string {
  const width = options.width ?? 1200;
  const icicle = options.icicle ?? true;
  const n = tree.parent.length;
  const widthOf = tree.magnitude ?? tree.total;
  const rootWidth = Math.abs(widthOf[0]) || 1;
  const scale = (width - 20) / rootWidth;
  // The tree is in pre-order, siblings heaviest first; alphabetical order re-sorts them.
  const order = Array.from({ length: n }, (_, i) => i);
  if (options.order === 'alphabetical') {
    const nameOf = (i: number) => tree.names[tree.name[i]];
    order.sort((a, b) => tree.parent[a] - tree.parent[b] || (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : a - b));
  }
  // Parents come before children in either order: a child's x is its parent's x plus the
  // widths of the siblings before it.
  const x = new Float64Array(n), depth = new Int32Array(n), nextChildX = new Float64Array(n);
  let maxDepth = 0;
  x[0] = 10;
  nextChildX[0] = 10;
  for (const i of order) {
    if (i === 0) continue;
    const p = tree.parent[i];
    depth[i] = depth[p] + 1;
    x[i] = nextChildX[p];
    nextChildX[i] = x[i];
    nextChildX[p] += Math.abs(widthOf[i]) * scale;
    if (depth[i] > maxDepth) maxDepth = depth[i];
  }
  const height = HEADER + (maxDepth + 1) * ROW + 10;
  const yOf = (d: number) => icicle ? HEADER + d * ROW : height - 10 - (d + 1) * ROW;
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Menlo,Consolas,'DejaVu Sans Mono',monospace" font-size="${FONT_PX}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="15" font-weight="bold" fill="#1f1f1f">${escapeXml(options.title)}</text>`);
  const subtitle = [options.subtitle, `100% = ${formatValue(options.total, options.unit)}`].filter(Boolean).join(' · ');
  out.push(`<text x="10" y="38" fill="#555555">${escapeXml(subtitle)}</text>`);
  const diff = tree.magnitude !== undefined;
  for (let i = 0; i < n; i++) {
    const w = Math.abs(widthOf[i]) * scale;
    if (w < 0.1) continue;
    const name = tree.names[tree.name[i]];
    const value = tree.total[i];
    const share = diff ? `${formatValue(value, options.unit)} change` : `${formatValue(value, options.unit)} (${formatPercent(value, options.total)})`;
    const fill = diff ? diffFill(value, tree.magnitude![i]) : i === 0 ? 'hsl(0,0%,80%)' : frameFill(tree.functionNames?.[tree.name[i]] ?? name);
    const y = yOf(depth[i]);
    const label = fitLabel(i === 0 ? 'root' : name, w);
    out.push(`<g><title>${escapeXml(name)}\n${escapeXml(share)}</title>`
      + `<rect x="${x[i].toFixed(2)}" y="${y}" width="${w.toFixed(2)}" height="${ROW - 1}" rx="2" fill="${fill}"/>`
      + (label ? `<text x="${(x[i] + 3).toFixed(2)}" y="${y + ROW - 5}" fill="#000000">${xmlOfShown(label)}</text>` : '')
      + '</g>');
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
