// The width the next profile webview's flame graph will most likely have: the width the last one
// asked for (editors usually open in the same group at the same size), kept across sessions. The
// worker prunes the first view of a freshly opened profile for it while the webview is starting.
import type * as vscode from 'vscode';

/** Until a profile webview has asked once: a wide editor on a laptop or desktop screen. */
const DEFAULT_FLAME_WIDTH_PX = 1400;
const MEMENTO_KEY = 'goProfileExplorer.lastFlameWidthPx';

let lastFlameWidthPx = DEFAULT_FLAME_WIDTH_PX;
let memento: vscode.Memento | undefined;

const plausible = (px: unknown): px is number => typeof px === 'number' && Number.isFinite(px) && px >= 100 && px <= 20000;

/** Reads the width remembered by an earlier session; later widths are written back to `store`. */
export function restoreFlameWidth(store: vscode.Memento): void {
  memento = store;
  const saved = store.get<unknown>(MEMENTO_KEY);
  if (plausible(saved)) lastFlameWidthPx = saved;
}

export function rememberFlameWidth(widthPx: number): void {
  if (!plausible(widthPx)) return;
  const rounded = Math.round(widthPx);
  if (rounded === lastFlameWidthPx) return;
  lastFlameWidthPx = rounded;
  void memento?.update(MEMENTO_KEY, rounded);
}

export function expectedFlameWidth(): number {
  return lastFlameWidthPx;
}
