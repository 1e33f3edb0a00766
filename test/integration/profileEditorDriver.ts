// How the profile editor's tests drive it: open a profile and wait until it is drawn, run
// script in its webview, choose from its menus.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { inWebview, waitInWebview } from './harness';

export const PROFILE_FRAME = 'body[data-view="profile"]';

export function evalInProfile<T>(script: string): Promise<T> {
  return inWebview<T>({ frame: PROFILE_FRAME, op: 'eval', script });
}

/**
 * Opens `uri` in the profile editor and waits for its title and, by default, a drawn flame graph
 * and top table; `until: 'views'` waits only for the view switcher (for views other than Flame).
 */
export async function openProfile(uri: vscode.Uri, until: 'drawn' | 'views' = 'drawn'): Promise<void> {
  await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
  const name = JSON.stringify(path.basename(uri.fsPath));
  const ready = until === 'drawn'
    ? `document.querySelectorAll('.gpe-flame-pane g.frame').length > 0 && document.querySelectorAll('.gpe-top-row').length > 0`
    : `document.querySelectorAll('.gpe-view-tab').length > 1`;
  await waitInWebview(PROFILE_FRAME, `profile ${name} drawn`, `return document.querySelector('.gpe-title')?.textContent === ${name} && ${ready};`, 60000);
}

/**
 * The flame graph's frames whose label, where one is drawn, reads below WCAG's 4.5:1 on the
 * frame's fill: the label's colour against the rect's, mixed through a canvas.
 */
export function unreadableFrameLabels(): Promise<{ name: string; fill: string; color: string; ratio: number }[]> {
  return evalInProfile(`
    const c = document.createElement('canvas'); c.width = c.height = 1;
    const x = c.getContext('2d', { willReadFrequently: true });
    const px = f => { x.clearRect(0, 0, 1, 1); x.fillStyle = '#000'; x.fillStyle = f; x.fillRect(0, 0, 1, 1); return [...x.getImageData(0, 0, 1, 1).data].slice(0, 3); };
    const lum = rgb => rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const out = [];
    for (const g of document.querySelectorAll('.gpe-flame-pane g.frame:not(.gpe-unlabelled)')) {
      const label = g.querySelector('.d3-flame-graph-label'), rect = g.querySelector('rect');
      if (!label || !rect || !label.textContent.trim() || label.getBoundingClientRect().width < 8) continue;
      const fill = rect.getAttribute('fill'), color = getComputedStyle(label).color;
      const [a, b] = [lum(px(fill)), lum(px(color))].sort((p, q) => q - p);
      const ratio = Math.round((a + 0.05) / (b + 0.05) * 100) / 100;
      if (ratio < 4.5) out.push({ name: g.dataset.name, fill, color, ratio });
    }
    return out;`);
}

/** Clicks the item of the open menu (context or export menu) whose text starts with `prefix`. */
export async function chooseMenuItem(prefix: string): Promise<void> {
  await waitInWebview(PROFILE_FRAME, 'menu open', `const m = document.querySelector('.gpe-menu'); return m && !m.hidden`);
  const found = await evalInProfile<boolean>(`const b = [...document.querySelectorAll('.gpe-menu-item')].find(b => b.textContent.startsWith(${JSON.stringify(prefix)})); if (b) b.click(); return !!b;`);
  assert.ok(found, `menu item "${prefix}"`);
}

/** The `dropped` part of `goprof graph --json`: what pprof's -dot legend counts. */
export interface GraphDropped { nodes: number; edges: number; shownNodes: number; totalNodes: number }

/**
 * Checks the Graph view's legend, one line each, against `goprof graph --json` (which the graph
 * goldens check against `go tool pprof -dot`): pprof's lines in pprof's order, and the last saying
 * that its "out of T" counts the nodes over the cutoff, of how many in the profile.
 */
export async function assertGraphLegend(dropped: GraphDropped): Promise<string[]> {
  const lines = await evalInProfile<string[]>(`return [...document.querySelectorAll('.gpe-graph-pane .gpe-graph-legend-line')].map(s => s.textContent)`);
  const expected: RegExp[] = [/^Showing nodes accounting for .+, [\d.]+% of .+ total$/];
  if (dropped.nodes > 0) expected.push(new RegExp(`^Dropped ${dropped.nodes} nodes? \\(cum <= .+\\)$`));
  if (dropped.edges > 0) expected.push(new RegExp(`^Dropped ${dropped.edges} edges? \\(freq <= .+\\)$`));
  if (dropped.shownNodes > 0 && dropped.shownNodes < dropped.totalNodes) {
    const which = dropped.nodes > 0 ? ` \\(the nodes over the cum cutoff; ${dropped.totalNodes + dropped.nodes} in the profile\\)` : '';
    expected.push(new RegExp(`^Showing top ${dropped.shownNodes} nodes out of ${dropped.totalNodes}${which}$`));
  }
  assert.strictEqual(lines.length, expected.length, JSON.stringify(lines));
  lines.forEach((line, i) => assert.match(line, expected[i]));
  return lines;
}
