// The line under the title: total, parsed, groups, truncation, skipped lines, comparison base.
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { el } from '../common/dom';
import { formatCount, plural } from './format';

export function renderSummary(model: GoroutineViewModel, visible: number): HTMLElement {
  const s = model.summary;
  const box = el('div', 'gpe-summary');
  const parts = [
    plural(s.total, 'goroutine'),
    `${formatCount(s.parsed)} parsed`,
    plural(s.groups, 'group'),
  ];
  if (visible !== s.groups) parts.push(`${formatCount(visible)} shown`);
  if (s.format === 'debug1') parts.push('debug=1 profile (no wait states)');
  parts.push(`grouped in ${formatCount(Math.round(s.elapsedMs))} ms`);
  box.append(el('span', 'gpe-summary-counts', parts.join(' · ')));
  if (s.crash) box.append(el('div', 'gpe-summary-crash', s.crash));
  if (s.truncated) {
    box.append(el('div', 'gpe-warning gpe-truncated',
      '⚠ The dump is truncated (runtime/pprof stops at 64 MiB): goroutines created late are missing and counts are too low.'));
  }
  if (s.warningCount > 0) {
    const w = el('details', 'gpe-skipped');
    const what = s.skippedLines > 0 ? `${plural(s.skippedLines, 'line')} skipped (not part of a goroutine)` : plural(s.warningCount, 'warning');
    w.append(el('summary', undefined, s.warningCount > s.warnings.length ? `${what}; first ${s.warnings.length} warnings:` : what));
    const list = el('ul');
    for (const x of s.warnings) list.append(el('li', undefined, `line ${x.line}: ${x.message}`));
    w.append(list);
    box.append(w);
  }
  if (model.compare) {
    const c = model.compare;
    box.append(el('div', 'gpe-compare-base', `Compared with ${c.baseTitle} (${plural(c.baseTotal, 'goroutine')}): growth per group in the Δ column.`));
  }
  return box;
}
