// The flame graph tab (d3-flame-graph). Labels are set by the library through textContent.
import { select } from 'd3-selection';
import flamegraph, { type FlameNode as Datum } from 'd3-flame-graph';
import type { GoroutineFlameView, GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { el } from '../common/dom';
import { buildFlameTree, flameTreeOfView, type FlameNode } from './flameTree';
import { renderSourceLink } from './frameLink';
import { formatCount, plural } from './format';

/** The grey nodes of narrow towers: how one opens, and whether this flame is one opened. */
export interface FlameOpening {
  /** Asks for the flame of the towers under the frames of `path` (outermost first) drawn as a grey node. */
  open(path: number[]): void;
  /** This flame is of towers a grey node held: what it is of, and the way back. */
  opened?: {
    groups: number; goroutines: number; depth: number;
    /** Its towers drawn, and those past them (the next page, widest first). */
    towers: number; towersLeft: number;
    back(): void; next(): void;
  };
}

/**
 * Renders into `host` the worker's flame of every group the query keeps, or (until it answers) one
 * built from the visible groups sent; returns a disposer (the resize observer).
 */
export function renderGoroutineFlame(host: HTMLElement, model: GoroutineViewModel, flame: GoroutineFlameView | readonly number[], opening: FlameOpening): () => void {
  const whole = !Array.isArray(flame);
  const tree = whole ? flameTreeOfView(model, flame as GoroutineFlameView, opening.opened ? 'the opened towers' : undefined) : buildFlameTree(model, flame as readonly number[]);
  const leftOut = whole ? (flame as GoroutineFlameView).nodesLeftOut : 0;
  const cut = whole && (flame as GoroutineFlameView).cutAtDepth;
  const hint = `Each goroutine counts 1: the widest towers are where goroutines pile up. Click a frame to zoom.${
    leftOut > 0 ? ` ${plural(leftOut, 'frame')} not drawn: in towers too narrow to draw (drawn together as one grey bar: click it to open) or past the graph's 3,000.` : ''}${
    cut ? ' Stacks deeper than 1,000 frames are drawn from their outermost frame to that depth.' : ''}${
    whole ? '' : ' (the groups received so far, until the search of them all answers)'}`;
  const details = el('div', 'gpe-flame-details', hint);
  const chartBox = el('div', 'gpe-flame-chart');
  if (opening.opened) {
    const o = opening.opened;
    const back = el('button', 'gpe-button gpe-flame-back', 'Back to the whole graph');
    back.type = 'button';
    back.addEventListener('click', () => o.back());
    const bar = el('div', 'gpe-flame-opened', `Towers too narrow to draw, opened${o.depth > 1 ? ` (${o.depth} grey bars deep)` : ''}: ${
      plural(o.towers, 'tower')} of ${plural(o.groups, 'group')}, ${plural(o.goroutines, 'goroutine')}${
      o.towersLeft > 0 ? `; ${plural(o.towersLeft, 'narrower tower')} of the bar not drawn here` : ''}. `);
    if (o.towersLeft > 0) {
      const next = el('button', 'gpe-button gpe-flame-next', 'Show the next towers');
      next.type = 'button';
      next.addEventListener('click', () => o.next());
      bar.append(next);
    }
    bar.append(back);
    host.append(bar);
  }
  host.append(details, chartBox);
  if (!tree.value) {
    chartBox.append(el('p', 'gpe-empty', 'No goroutines to draw.'));
    return () => undefined;
  }
  const total = tree.value;
  const showDetails = (d: Datum<FlameNode>) => {
    const value = d.value ?? 0;
    details.replaceChildren();
    const pct = ((100 * value) / total).toFixed(1);
    details.append(el('span', 'gpe-flame-name', d.data.name), ` — ${plural(value, 'goroutine')} (${pct}%) `);
    if (d.data.frame >= 0) details.append(renderSourceLink(model, d.data.frame));
  };
  const colors = flameColors();
  const width = () => Math.max(300, chartBox.clientWidth || host.clientWidth || 800);
  const chart = flamegraph<FlameNode>()
    .width(width())
    .cellHeight(18)
    .transitionDuration(0)
    .minFrameSize(1)
    .sort(true)
    .setLabelHandler((d: Datum<FlameNode>) => `${d.data.name}: ${formatCount(d.value ?? 0)} goroutines`)
    .setColorMapper((d: Datum<FlameNode>) => {
      if (d.data.frame < 0) return colors.root;
      return model.frames[d.data.frame].user ? colors.user : colors.runtime;
    })
    .onClick((d: Datum<FlameNode>) => {
      showDetails(d);
      // A grey node opens into its towers: the path to its parent, outermost frame first.
      if (d.data.narrow && whole) {
        const path: number[] = [];
        for (let p = d.parent; p && p.data.frame >= 0; p = p.parent) path.unshift(p.data.frame);
        opening.open(path);
      }
    });
  select<HTMLElement, FlameNode>(chartBox).datum(tree).call(chart);
  let lastWidth = width();
  const observer = new ResizeObserver(() => {
    const w = width();
    if (Math.abs(w - lastWidth) > 4) { lastWidth = w; chart.width(w); chart.update(); }
  });
  observer.observe(chartBox);
  return () => observer.disconnect();
}

/** Theme colours (SVG fill attributes need resolved values): user code stands out, runtime is muted. */
function flameColors(): { user: string; runtime: string; root: string } {
  const css = getComputedStyle(document.body);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    user: v('--vscode-charts-orange', '#d18616'),
    runtime: v('--vscode-charts-blue', '#3794ff'),
    root: v('--vscode-charts-lines', '#888888'),
  };
}
