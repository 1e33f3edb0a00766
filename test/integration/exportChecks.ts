// What an exported file must hold, read back: shared by the Node lane's and the web lane's export
// tests, which reach the file differently (a target set through the extension's API, or the
// browser's save dialog) but check it the same way.
import * as assert from 'assert';
import { cliJson } from './harness';

export interface TopJson { total: number; rows: { func: string; flat: number; cum: number }[] }

/** `goprof top` with nothing dropped, as JSON. */
export function cliTop(...argv: string[]): Promise<TopJson> {
  return cliJson<TopJson>(['top', ...argv, '--nodefraction', '0', '--edgefraction', '0', '--json']);
}

/** The regex the profile editor's "Focus on this function" filters by. */
export function exactFunctionPattern(func: string): string {
  return `^${func.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

/**
 * The .pb.gz exported from `profilePath` focused on `focus` holds what `goprof top --focus` keeps:
 * the same rows, and a total of their flats. Returns the exported file's top.
 */
export async function assertFocusedProfileExport(pb: Uint8Array, profilePath: string, focus: string, exportedPath: string): Promise<TopJson> {
  assert.deepStrictEqual([pb[0], pb[1]], [0x1f, 0x8b], 'gzip');
  const expected = await cliTop(profilePath, '--focus', exactFunctionPattern(focus));
  const actual = await cliTop(exportedPath);
  const byFunc = (t: TopJson) => t.rows.map(r => `${r.func} ${r.flat} ${r.cum}`).sort();
  assert.deepStrictEqual(byFunc(actual), byFunc(expected));
  assert.strictEqual(actual.total, expected.rows.reduce((s, r) => s + r.flat, 0), 'its total is what the focus kept');
  return actual;
}

/** A standalone flame graph SVG drawing `focus`, its subtitle naming the focus filter. */
export function assertFocusedFlameSvg(svg: string, focus: string): void {
  assert.ok(svg.startsWith('<?xml') && svg.includes('<svg') && svg.trimEnd().endsWith('</svg>'), svg.slice(0, 200));
  assert.ok(svg.includes(focus.slice(focus.lastIndexOf('.') + 1)), 'the focused function is drawn');
  assert.ok(svg.includes(`focus=${exactFunctionPattern(focus).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)}`), 'the subtitle names the filter');
}

/** A PNG at least `minWidth` pixels wide; returns its width. */
export function assertPng(png: Uint8Array, minWidth = 1): number {
  assert.deepStrictEqual([...png.slice(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const width = new DataView(png.buffer, png.byteOffset, png.byteLength).getUint32(16);
  assert.ok(width >= minWidth, `PNG width ${width}`);
  return width;
}

/** The Graph view's SVG: sized, every node drawn in the view in it, names and paint inline. */
export function assertGraphSvg(graph: string, nodesDrawn: number, name: string): void {
  assert.ok(/^<svg[^>]* width="\d+" height="\d+"/.test(graph) && graph.includes('viewBox='), graph.slice(0, 300));
  assert.strictEqual((graph.match(/class="gpe-graph-node"/g) ?? []).length, nodesDrawn, 'every node drawn is in the file');
  assert.ok(graph.includes(name) && /style="[^"]*fill:/.test(graph), 'names and inline paint');
}
