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
