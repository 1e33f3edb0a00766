// The line under the title: total, parsed, groups, truncation, skipped lines, comparison base.
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { allStacks } from '../../../src/shared/stacksWindow';
import { el } from '../common/dom';
import { formatCount, plural } from './format';
import { visibleText } from '../../../src/shared/visibleText';

/** `runtimeStacks`: a crash's runtime stacks in the model's first crossing (they come first in the list, one per thread that crashed). */
export function renderSummary(model: GoroutineViewModel, visible: number, runtimeStacks = 0): HTMLElement {
  const s = model.summary;
  const box = el('div', 'gpe-summary');
  const parts = [
    plural(s.total, 'goroutine'),
    `${formatCount(s.parsed)} parsed`,
    // A debugger's group totals: goroutines in the total with no stack in the text.
    ...(s.unlisted > 0 ? [`${formatCount(s.unlisted)} counted only (not listed)`] : []),
    plural(s.groups, 'group'),
  ];
  if (s.raceAccesses > 0) parts.push(`${plural(s.raceAccesses, 'stack')} from data race reports`);
  // The stacks not held are headless ones but for the runtime stacks before the held run (they come first).
  const runtimeBefore = Math.min(model.stacksFrom ?? 0, runtimeStacks);
  const headless = allStacks(model) - runtimeBefore - model.stacks.filter(st => st.kind === 'runtime').length;
  if (headless > 0) parts.push(`${plural(headless, 'stack')} without a goroutine header`);
  if (visible !== s.groups) parts.push(`${formatCount(visible)} shown`);
  // Go prints no wait in a debug=1 profile: the State column is read from each stack's frames and hidden runtime frames.
  if (s.format === 'debug1') parts.push('debug=1 profile (states told from the stacks, not printed by Go)');
  parts.push(`grouped in ${formatCount(Math.round(s.elapsedMs))} ms`);
  box.append(el('span', 'gpe-summary-counts', parts.join(' · ')));
  if (s.crash) box.append(el('div', 'gpe-summary-crash', visibleText(s.crashRecovered ? `recovered: ${s.crash}` : s.crash)));
  if (s.truncated) {
    // Said of every group, the ones not sent too.
    const cut = s.cutGoroutine !== null;
    const where = cut ? `: the text ends inside goroutine ${s.cutGoroutine}, kept with the frames before the cut (✂ cut)` : '';
    // Cut before its first goroutine (a crash pasted down to its runtime stack): every goroutine is missing.
    const text = s.truncatedInRegisterDump
      ? '⚠ The dump is truncated inside a crash\'s register dump, printed after the goroutines: they are all here.'
      // A race report pasted alone has no goroutines to miss: what the cut takes is the report's end.
      : s.total === 0 && !cut && s.raceAccesses > 0
      ? '⚠ The text ends inside the data race report: what it printed after the cut is missing.'
      : s.total === 0 && !cut
      ? '⚠ The dump is truncated: the text ends before its goroutines, which are all missing.'
      : `⚠ The dump is truncated${where}. Goroutines after the cut are missing and counts may be too low.`;
    box.append(el('div', 'gpe-warning gpe-truncated', text));
  }
  if (s.cutAtStart) {
    box.append(el('div', 'gpe-warning gpe-cut-at-start',
      '⚠ The text starts inside a goroutine: the stacks whose goroutine header is not in it are shown under the groups, not counted.'));
  }
  if (s.pasterGaps.length > 0) {
    // Said where it is seen, not only among the skipped lines: the counts miss the goroutines left out.
    const where = s.pasterGaps.length === 1 ? `line ${formatCount(s.pasterGaps[0])}` : `lines ${s.pasterGaps.slice(0, 5).map(formatCount).join(', ')}${s.pasterGaps.length > 5 ? ', …' : ''}`;
    box.append(el('div', 'gpe-warning gpe-paster-gap',
      `⚠ Lines left out by whoever pasted the dump (marked at ${where}): goroutines there are not counted, so counts may be too low.`));
  }
  if (s.earlierDumps.length > 0) box.append(renderEarlierDumps(model));
  if (s.warningCount > 0) {
    const w = el('details', 'gpe-skipped');
    const what = s.skippedLines > 0 ? `${plural(s.skippedLines, 'line')} skipped (not part of a goroutine)` : plural(s.warningCount, 'warning');
    w.append(el('summary', undefined, s.warningCount > s.warnings.length ? `${what}; first ${s.warnings.length} warnings:` : what));
    const list = el('ul');
    for (const x of s.warnings) list.append(el('li', undefined, `line ${x.line}: ${visibleText(x.message)}`));
    w.append(list);
    box.append(w);
  }
  if (model.compare) {
    const c = model.compare;
    box.append(el('div', 'gpe-compare-base', `Compared with ${c.baseTitle} (${plural(c.baseTotal, 'goroutine')}): growth per group in the Δ column.`));
  }
  return box;
}

/** The text holds several dumps: which one the groups are of, and the others to group or compare with. */
function renderEarlierDumps(model: GoroutineViewModel): HTMLElement {
  const dumps = model.summary.earlierDumps;
  const box = el('div', 'gpe-warning gpe-several-dumps');
  const from = dumps[dumps.length - 1].end + 1;
  box.append(el('div', undefined,
    `⚠ This text holds ${dumps.length + 1} goroutine dumps (goroutine ids repeat): the groups are the last one's, from line ${formatCount(from)}.`));
  const list = el('ul', 'gpe-dump-list');
  dumps.forEach((d, i) => {
    const item = el('li', undefined, `Dump ${i + 1}: lines ${formatCount(d.start)}–${formatCount(d.end)}, ${plural(d.goroutines, 'goroutine')}`);
    if (model.canReveal) {
      const open = el('a', undefined, 'group it');
      open.href = '#';
      open.dataset.openDump = String(i);
      const compare = el('a', undefined, 'compare with it');
      compare.href = '#';
      compare.dataset.compareDump = String(i);
      item.append(' · ', open, ' · ', compare);
    }
    list.append(item);
  });
  box.append(list);
  return box;
}
