// The Source view: pprof's weblist in the editor. Per routine of the function (one per file),
// its source lines with flat and cum in two columns, as `goprof list` prints them; runs of lines
// without cost folded (click to unfold), the calls inlined at a line listed under it (click the
// ▸), and each line number a link that opens the file at that line. When the host found no
// source it says why and shows the lines the profile has.
import type { FunctionSource, InlinedCall, ListedLine, ProfileHostMessage, ProfileQuery, SourceRoutineView } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import { FunctionView, linkButton, PEEK_VIEW_ID, SOURCE_VIEW_ID } from './functionView';
import { formatPercent, formatValue } from './units';
import type { FunctionTarget, ProfileViewContext } from './viewSwitcher';
import { shownName } from '../common/shownName';
import { visibleLine } from '../../../src/shared/visibleText';

export class SourceView extends FunctionView {
  readonly id = SOURCE_VIEW_ID;
  readonly label = 'Source';
  readonly title = "pprof's weblist: a function's source with the flat and cum of each line";
  readonly menuLabel = 'Source: cost per line';
  protected readonly waitingNote = 'Reading the source…';

  constructor(context: ProfileViewContext) {
    super(context, 'gpe-source-pane', 'Right-click a frame in the flame graph or a row of the top table and choose “Source” for another function.');
  }

  protected request(requestId: number, query: ProfileQuery, functionName: string): void {
    this.context.post({ type: 'source', requestId, query, functionName });
  }

  protected handleAnswer(m: ProfileHostMessage): boolean {
    if (m.type !== 'source') return false;
    if (m.requestId === this.latest) this.render(m.source, m.unit);
    return true;
  }

  protected renderHead(target: FunctionTarget): void {
    const actions = el('span', 'gpe-fn-actions');
    actions.append(linkButton('Peek', 'gpe-source-peek', () => this.context.openInView(PEEK_VIEW_ID, target), 'Its callers and callees with their numbers'));
    this.head.replaceChildren(el('span', 'gpe-fn-title', `Source: ${shownName(target.functionName)}`), actions);
  }

  private render(source: FunctionSource, unit: string): void {
    if (source.routines.length === 0) {
      this.body.replaceChildren(el('p', 'gpe-fn-note', `The profile records no source file for ${shownName(source.functionName)}.`));
      return;
    }
    this.body.replaceChildren(...source.routines.map(r => this.renderRoutine(r, source.total, unit)));
    // The costliest line in sight, with the lines around it: in a long function it sat below the pane, under cheap lines.
    const hottest = [...this.body.querySelectorAll<HTMLTableRowElement>('tr.gpe-src-hot')]
      .reduce<HTMLTableRowElement | undefined>((best, tr) => (!best || Math.abs(Number(tr.dataset.cum)) > Math.abs(Number(best.dataset.cum)) ? tr : best), undefined);
    // The pane itself, not scrollIntoView: that also scrolled the page (its overflow hidden) by a few pixels.
    const row = hottest?.getBoundingClientRect(), pane = this.pane.getBoundingClientRect();
    if (row && row.bottom > pane.bottom) this.pane.scrollTop += row.top - pane.top - (pane.height - row.height) / 2;
    const missing = source.routines.filter(r => r.missing).length;
    this.context.setStatus(`Source of ${shownName(source.functionName)}: ${source.routines.length} file${source.routines.length === 1 ? '' : 's'}${missing ? `, ${missing} not found on this machine` : ''}`);
  }

  private renderRoutine(r: SourceRoutineView, total: number, unit: string): HTMLElement {
    const section = el('section', 'gpe-src-routine');
    section.dataset.func = r.func;
    section.dataset.file = r.file;
    const title = el('div', 'gpe-src-title');
    title.append(el('span', 'gpe-src-func', shownName(r.func)), el('span', 'gpe-src-totals', `flat ${formatValue(r.flat, unit)} · cum ${formatValue(r.cum, unit)} (${formatPercent(r.cum, total)} of total)`));
    const where = el('div', 'gpe-src-file');
    where.append(document.createTextNode(shownName(r.file)));
    if (r.localPath && r.localPath !== r.file) where.append(el('span', 'gpe-src-local', ` → ${shownName(r.localPath)}`));
    section.append(title, where);
    if (r.missing) {
      const note = el('p', 'gpe-src-missing', `Source not found on this machine: ${r.missing}. The lines the profile has, with their costs:`);
      section.append(note);
    }
    const table = el('table', 'gpe-src-table');
    const head = el('tr');
    for (const [text, cls] of [['line', 'gpe-src-lineno'], ['flat', 'gpe-src-flat'], ['cum', 'gpe-src-cum'], ['', 'gpe-src-text']]) head.append(el('th', cls, text));
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    const maxCum = r.lines.reduce((m, l) => Math.max(m, Math.abs(l.cum)), 0);
    for (const seg of r.segments) {
      const lines = r.lines.slice(seg.from, seg.to);
      if (!seg.folded) { for (const l of lines) this.appendLine(tbody, r, l, unit, maxCum); continue; }
      const fold = el('tr', 'gpe-src-fold');
      const cell = el('td');
      cell.colSpan = 4;
      const first = lines[0].line, last = lines[lines.length - 1].line;
      cell.append(linkButton(`⋯ ${lines.length} lines without cost (${first}–${last})`, 'gpe-src-unfold', () => {
        const rows = document.createDocumentFragment();
        for (const l of lines) this.appendLine(rows, r, l, unit, maxCum);
        fold.replaceWith(rows);
      }, 'Show these lines'));
      fold.append(cell);
      tbody.append(fold);
    }
    table.append(thead, tbody);
    section.append(table);
    return section;
  }

  private appendLine(tbody: ParentNode, r: SourceRoutineView, l: ListedLine, unit: string, maxCum: number): void {
    const tr = el('tr', 'gpe-src-line');
    tr.dataset.line = String(l.line);
    tr.dataset.flat = String(l.flat);
    tr.dataset.cum = String(l.cum);
    if (l.flat !== 0 || l.cum !== 0) {
      tr.classList.add('gpe-src-hot');
      // How much of the routine's hottest line this one costs: the cell's background.
      tr.style.setProperty('--gpe-heat', maxCum ? (Math.abs(l.cum) / maxCum).toFixed(3) : '0');
    }
    const number = el('td', 'gpe-src-lineno');
    number.append(linkButton(String(l.line), 'gpe-src-open', () => this.context.openSource(r.file, l.line, r.func), `Open ${shownName(r.file)}:${l.line}`));
    const text = el('td', 'gpe-src-text');
    const inlinedRows: HTMLTableRowElement[] = [];
    if (l.inlined.length > 0) {
      const toggle = linkButton('▸', 'gpe-src-inline-toggle', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? '▾' : '▸';
        for (const row of inlinedRows) row.hidden = !open;
      }, `${l.inlined.length} inlined call${l.inlined.length === 1 ? '' : 's'} at this line`);
      toggle.setAttribute('aria-expanded', 'false');
      text.append(toggle);
    } else {
      text.append(el('span', 'gpe-src-inline-space'));
    }
    text.append(el('span', 'gpe-src-code', visibleLine(l.text ?? '')));
    tr.append(number, el('td', 'gpe-src-flat', dot(l.flat, unit)), el('td', 'gpe-src-cum', dot(l.cum, unit)), text);
    tbody.append(tr);
    for (const call of l.inlined) {
      const row = this.inlinedRow(call, l.text ?? '', unit);
      row.hidden = true;
      inlinedRows.push(row);
      tbody.append(row);
    }
  }

  private inlinedRow(call: InlinedCall, callerText: string, unit: string): HTMLTableRowElement {
    const tr = el('tr', 'gpe-src-inlined');
    tr.dataset.func = call.func;
    tr.dataset.flat = String(call.flat);
    tr.dataset.cum = String(call.cum);
    const text = el('td', 'gpe-src-text');
    // Indented under the calling line's code, one step per inlining level (as weblist).
    const indent = el('span', 'gpe-src-inline-indent');
    indent.style.width = `calc(1.2em + ${indentation(callerText) + 4 * (call.depth + 1)}ch)`;
    const where = `${shownName(baseName(call.file))}:${call.line}`;
    text.append(indent, el('span', 'gpe-src-inline-code', call.text !== undefined ? visibleLine(call.text) : `inlined ${shownName(call.func)}`), document.createTextNode('  '),
      linkButton(where, 'gpe-src-open-inline', () => this.context.openSource(call.file, call.line, call.func), `Open ${shownName(call.file)}:${call.line} (${shownName(call.func)}, inlined)`));
    text.title = `${shownName(call.func)}, inlined here`;
    tr.append(el('td', 'gpe-src-lineno'), el('td', 'gpe-src-flat', dot(call.flat, unit)), el('td', 'gpe-src-cum', dot(call.cum, unit)), text);
    return tr;
  }
}

/** pprof's "." for zero. */
function dot(v: number, unit: string): string {
  return v === 0 ? '.' : formatValue(v, unit);
}

/** Columns of leading white space, a tab to the next multiple of 4 (the view's tab size). */
function indentation(line: string): number {
  let column = 0;
  for (const c of line) {
    if (c === ' ') column++;
    else if (c === '\t') column += 4 - (column % 4);
    else break;
  }
  return column;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
