// Lays out the Graph view with Graphviz's dot, compiled to WebAssembly and bundled into the
// webview (no Graphviz install, no network; the CSP allows 'wasm-unsafe-eval' for it). We
// write the DOT ourselves from the view model with every profile string escaped, ask for
// positions only (json), and draw the SVG ourselves (graphView.ts): nothing Graphviz
// returns is put into the DOM as markup.
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { GraphViewData } from '../../../src/shared/protocol';
import { formatValue } from './units';
import { shownName } from '../common/shownName';

let graphviz: Promise<Graphviz> | undefined;

/** Graphviz, compiled once on first use (0.3–4 s, by the machine's load). */
function loadGraphviz(): Promise<Graphviz> {
  graphviz ??= Graphviz.load();
  return graphviz;
}

/** Starts compiling Graphviz ahead of the first layout; a failure shows at that layout. */
export async function preloadGraphviz(): Promise<void> {
  try { await loadGraphviz(); } catch { graphviz = undefined; }
}

export interface Point { x: number; y: number }

export interface NodeBox {
  /** Centre, in layout points (y down). */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  /** The label's lines: the short name, then flat and cum. */
  lines: string[];
}

export interface EdgePath {
  /** A cubic B-spline: start, then three points per segment. */
  points: Point[];
  /** The arrow's tip (the spline ends at its base). */
  tip?: Point;
  label?: Point;
  labelText: string;
  penWidth: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  /** Parallel to data.edges. */
  edges: EdgePath[];
}

/** pprof's ShortenFunctionName for Go: the package path cut to its last element. */
function shortName(functionName: string): string {
  const slash = functionName.lastIndexOf('/', functionName.indexOf('(') >= 0 ? functionName.indexOf('(') : functionName.length);
  return slash >= 0 ? functionName.slice(slash + 1) : functionName;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The name lines of a node as pprof draws them: package, receiver, method on their own lines. */
export function nameLines(node: GraphViewData['nodes'][number]): string[] {
  // Go type parameters print as "[...]": keep them whole while splitting at dots.
  const lines = shortName(shownName(node.functionName)).replaceAll('[...]', '[…]').split('.').filter(l => l !== '');
  // At file or line granularity the node also names where it is.
  const rest = node.func.startsWith(node.functionName) ? node.func.slice(node.functionName.length).trim() : '';
  if (rest !== '') lines.push(shownName(rest.split(' ').map(baseName).join(' ')));
  else if (node.functionName === '' && node.func !== '') lines.push(shownName(node.func));
  return lines.length > 0 ? lines : ['?'];
}

/** The share of `total` as pprof prints it in a node. */
export function percentOf(value: number, total: number): string {
  if (total === 0) return '0%';
  const p = Math.abs(value / total) * 100;
  return p >= 99.95 && p <= 100.05 ? '100%' : p >= 1 ? `${p.toFixed(2)}%` : `${Number(p.toPrecision(2))}%`;
}

export function valueLines(node: { flat: number; cum: number }, unit: string, total: number): string[] {
  const flat = node.flat !== 0 ? `${formatValue(node.flat, unit)} (${percentOf(node.flat, total)})` : '0';
  if (node.cum === node.flat) return [flat];
  const cum = `of ${formatValue(node.cum, unit)} (${percentOf(node.cum, total)})`;
  return node.flat !== 0 ? [flat, cum] : [`${flat} ${cum}`];
}

/** A DOT string literal's content: no way out of the quotes, no control characters. */
function dotString(s: string): string {
  let clean = '';
  for (const ch of s) clean += ch < ' ' || ch === '\u007f' ? ' ' : ch;
  return clean.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
}

/** pprof's font size: 8 to 24 points by the square root of the node's share of the largest flat. */
function fontSizeOf(flat: number, maxFlat: number): number {
  return 8 + (maxFlat !== 0 && flat !== 0 ? Math.ceil(16 * Math.sqrt(Math.abs(flat) / maxFlat)) : 0);
}

/** The edge's label: its weight, and "(inline)" when the callee was inlined. */
export function edgeLabel(edge: GraphViewData['edges'][number], unit: string): string {
  return `${formatValue(edge.weight, unit)}${edge.inline ? ' (inline)' : ''}`;
}

/** pprof's edge thickness: 1 to 6 by the edge's share of the total. */
export function penWidthOf(weight: number, total: number): number {
  return total !== 0 ? 1 + Math.min(Math.abs(Math.trunc(weight * 5 / total)), 5) : 1;
}

export function toDot(data: GraphViewData): { dot: string; lines: string[][]; fontSizes: number[] } {
  const maxFlat = Math.max(0, ...data.nodes.map(n => Math.abs(n.flat)));
  const lines: string[][] = [];
  const fontSizes: number[] = [];
  const out = ['digraph g {', 'graph [nodesep=0.3 ranksep=0.45]', 'node [shape=box fontname="Helvetica" margin="0.08,0.04"]', 'edge [fontname="Helvetica" fontsize=9]'];
  data.nodes.forEach((n, i) => {
    const text = [...nameLines(n), ...valueLines(n, data.unit, data.total)];
    const size = fontSizeOf(n.flat, maxFlat);
    lines.push(text);
    fontSizes.push(size);
    out.push(`N${i} [label="${text.map(dotString).join('\\n')}" fontsize=${size}]`);
  });
  for (const e of data.edges) {
    const weight = data.total !== 0 ? 1 + Math.min(Math.abs(Math.trunc(e.weight * 100 / data.total)), 100) : 1;
    out.push(`N${e.from} -> N${e.to} [label=" ${dotString(edgeLabel(e, data.unit))}" weight=${weight} penwidth=${penWidthOf(e.weight, data.total)}]`);
  }
  out.push('}');
  return { dot: out.join('\n'), lines, fontSizes };
}

function parsePoint(text: string, height: number): Point {
  const [x, y] = text.split(',').map(Number);
  return { x, y: height - y };
}

interface GraphvizJson {
  bb: string;
  objects?: { _gvid: number; name: string; pos?: string; width?: string; height?: string }[];
  edges?: { _gvid: number; tail: number; head: number; pos?: string; lp?: string }[];
}

/** Lays the graph out with dot; positions in points, y growing downwards. */
export async function layoutGraph(data: GraphViewData): Promise<GraphLayout> {
  const gv = await loadGraphviz();
  const { dot, lines, fontSizes } = toDot(data);
  const json = JSON.parse(gv.layout(dot, 'json', 'dot')) as GraphvizJson;
  const [, , width, height] = json.bb.split(',').map(Number);
  const byName = new Map((json.objects ?? []).map(o => [o.name, o]));
  const nodes: NodeBox[] = data.nodes.map((_, i) => {
    const o = byName.get(`N${i}`);
    const p = o?.pos ? parsePoint(o.pos, height) : { x: 0, y: 0 };
    return { x: p.x, y: p.y, width: Number(o?.width ?? 1) * 72, height: Number(o?.height ?? 0.5) * 72, fontSize: fontSizes[i], lines: lines[i] };
  });
  // Graphviz's json names each edge's ends by their node's _gvid; one edge per caller and callee.
  const nodeOfGvid = new Map((json.objects ?? []).map(o => [o._gvid, o.name]));
  const laidByEnds = new Map((json.edges ?? []).map(e => [`${nodeOfGvid.get(e.tail)}>${nodeOfGvid.get(e.head)}`, e]));
  const edges: EdgePath[] = data.edges.map(e => {
    const laid = laidByEnds.get(`N${e.from}>N${e.to}`);
    const parts = (laid?.pos ?? '').split(' ').filter(s => s !== '');
    let tip: Point | undefined;
    const points: Point[] = [];
    for (const part of parts) {
      if (part.startsWith('e,')) tip = parsePoint(part.slice(2), height);
      else if (!part.startsWith('s,')) points.push(parsePoint(part, height));
    }
    return { points, tip, label: laid?.lp ? parsePoint(laid.lp, height) : undefined, labelText: edgeLabel(e, data.unit), penWidth: penWidthOf(e.weight, data.total) };
  });
  return { width, height, nodes, edges };
}
