// The join, per suspect group: its sentence, the heap (and allocations) allocated under the
// functions of its stack and creator, its own stack memory, and its stack. "Nothing joins" is
// said in words, never shown as an empty table.
import type { IncidentSuspect, IncidentViewModel, SuspectHeapJoin } from '../../../src/shared/incidentProtocol';
import { el } from '../common/dom';
import { formatBytes, formatCount, formatPercent, formatSampleValue, plural } from './format';
import { baseName, renderFunctionLink, renderLinkedSentence } from './linkedText';
import { fittedJoinFlame, renderJoinFlame } from './joinFlame';
import { shortName } from './names';

/** The index of a gathered file by path, or -1. */
export function fileIndex(model: IncidentViewModel, path: string | null | undefined): number {
  return path ? model.incident.files.findIndex(f => f.path === path) : -1;
}

function openButton(label: string, file: number, focus: { func?: number; suspect?: number }, title: string): HTMLButtonElement {
  const b = el('button', 'gpe-button gpe-open-file', label);
  b.type = 'button';
  b.dataset.openFile = String(file);
  if (focus.func !== undefined && focus.func >= 0) b.dataset.func = String(focus.func);
  if (focus.suspect !== undefined) b.dataset.suspect = String(focus.suspect);
  b.title = title;
  return b;
}

function functionList(model: IncidentViewModel, names: readonly string[], limit: number): HTMLElement {
  const box = el('span', 'gpe-join-functions');
  names.slice(0, limit).forEach((name, i) => {
    if (i > 0) box.append(', ');
    const link = model.links.findIndex(l => l.func === name);
    box.append(link >= 0 ? renderFunctionLink(model, link, shortName(name)) : el('span', 'gpe-func', shortName(name)));
  });
  if (names.length > limit) box.append(`, … (${formatCount(names.length - limit)} more)`);
  return box;
}

function joinRow(model: IncidentViewModel, label: string, join: SuspectHeapJoin): HTMLTableRowElement {
  const tr = el('tr', 'gpe-join-row');
  tr.dataset.sampleType = join.sampleType;
  tr.append(
    el('th', 'gpe-join-label', `${label} (${join.sampleType})`),
    el('td', 'gpe-join-value', formatSampleValue(join.sampleType, join.value)),
    el('td', 'gpe-join-fraction', formatPercent(join.fraction)),
  );
  const where = el('td', 'gpe-join-where');
  where.append('under ', functionList(model, join.functions, 4));
  if (join.allocatedIn.length) {
    const alloc = el('div', 'gpe-join-alloc');
    alloc.append('allocated in ');
    join.allocatedIn.slice(0, 3).forEach((a, i) => {
      if (i > 0) alloc.append(' · ');
      const link = model.links.findIndex(l => l.func === a.func);
      alloc.append(link >= 0 ? renderFunctionLink(model, link, shortName(a.func)) : el('span', 'gpe-func', shortName(a.func)));
      if (a.under) {
        const under = model.links.findIndex(l => l.func === a.under);
        alloc.append(' under ', under >= 0 ? renderFunctionLink(model, under, shortName(a.under)) : el('span', 'gpe-func', shortName(a.under)));
      }
      alloc.append(' ', el('span', 'gpe-join-alloc-value', formatSampleValue(join.sampleType, a.value)));
    });
    where.append(alloc);
  }
  tr.append(where);
  return tr;
}

function renderJoin(model: IncidentViewModel, s: IncidentSuspect): HTMLElement {
  const box = el('div', 'gpe-join');
  const table = el('table', 'gpe-join-table');
  if (s.heap) table.append(joinRow(model, 'In-use heap', s.heap));
  if (s.allocs) table.append(joinRow(model, 'Allocations', s.allocs));
  const stack = el('tr', 'gpe-join-row gpe-join-stack');
  const perGoroutine = s.count > 0 ? s.stackBytes / s.count : 0;
  const basis = s.stackBytesBasis === 'memstats'
    ? `their share of StackInuse: ${plural(s.count, 'goroutine')} × ${formatBytes(perGoroutine)}`
    : `${plural(s.count, 'goroutine')} × ${formatBytes(perGoroutine)}, Go\u2019s smallest stack (no MemStats in the folder)`;
  stack.append(el('th', 'gpe-join-label', 'Goroutine stacks'), el('td', 'gpe-join-value', formatBytes(s.stackBytes)), el('td', 'gpe-join-fraction', ''),
    el('td', 'gpe-join-where', basis));
  table.append(stack);
  if (!s.heap) {
    const why = s.notJoined ?? (model.incident.heapPath ? 'none of its functions is on the heap profile\u2019s stacks' : 'the folder has no heap profile');
    box.append(el('p', 'gpe-nothing-joins', `Nothing joins the in-use heap: ${why}.`));
  }
  box.append(table);
  const heapFile = fileIndex(model, model.incident.heapPath);
  const heap = s.heap;
  const details = el('details', 'gpe-join-flame-box');
  const flame = heap?.flame ? fittedJoinFlame(details, width => renderJoinFlame(model, heap.flame!, heap.sampleType, heapFile, width)) : undefined;
  if (heap && flame) {
    details.open = true;
    const hint = heapFile >= 0 ? ' · click a frame: the profile editor focused on it; Ctrl/Cmd-click: its source' : '';
    details.append(el('summary', undefined, `Flame graph of the joined ${heap.sampleType} (${formatSampleValue(heap.sampleType, heap.value)})${hint}`), flame);
    box.append(details);
  }
  return box;
}

/** Frames of a deep stack's middle brought per ask (the worker's page, `STACK_PAGE_FRAMES`). */
const MIDDLE_PAGE_FRAMES = 10_000;

/** The gap of a deep stack: the count left out and the button for the next page. */
function renderGap(index: number, leftOut: { readonly count: number }): HTMLLIElement {
  const gap = el('li', 'gpe-elided');
  gap.append(el('span', undefined, `… ${plural(leftOut.count, 'frame')} between not shown …`), ' ');
  const next = Math.min(leftOut.count, MIDDLE_PAGE_FRAMES);
  const more = el('button', 'gpe-button gpe-more-frames', next === leftOut.count ? `Show the ${formatCount(next)} frames between` : `Show the next ${formatCount(next)}`);
  more.type = 'button';
  more.dataset.moreSuspectFrames = String(index);
  gap.append(more);
  return gap;
}

/** Frame `i` of suspect `index`'s stack as held. */
function renderFrame(model: IncidentViewModel, index: number, i: number): HTMLLIElement {
  const f = model.incident.suspects[index].frames[i];
  const li = el('li', 'gpe-stack-frame');
  const link = model.suspectFrameLinks[index]?.[i] ?? -1;
  li.append(link >= 0 ? renderFunctionLink(model, link, shortName(f.func)) : el('span', 'gpe-func', shortName(f.func)));
  if (f.file) li.append(el('span', 'gpe-frame-pos', ` ${baseName(f.file)}${f.line ? `:${f.line}` : ''}`));
  return li;
}

/**
 * A page of suspect `index`'s middle put in the list shown: its `count` frames, which `model` holds
 * from `at` on, before the gap, and the gap said again (or gone with the last page). The frames held
 * are not drawn again (a stack of 10^5 would be, page after page).
 */
export function insertStackPage(details: HTMLElement, model: IncidentViewModel, index: number, at: number, count: number): boolean {
  const gap = details.querySelector('li.gpe-elided');
  if (!gap) return false;
  const items = document.createDocumentFragment();
  for (let i = at; i < at + count; i++) items.append(renderFrame(model, index, i));
  gap.before(items);
  // The frame after the gap keeps its number: it sits as deep as before.
  const leftOut = model.incident.suspects[index].framesLeftOut;
  if (leftOut) gap.replaceWith(renderGap(index, leftOut));
  else gap.remove();
  return true;
}

/** Suspect `index`'s stack: its frames held, and in a deep stack's gap the count left out and a button for the next page. */
export function renderStack(model: IncidentViewModel, index: number): HTMLElement {
  const s = model.incident.suspects[index];
  const details = el('details', 'gpe-stack');
  const leftOut = s.framesLeftOut;
  details.append(el('summary', undefined, `Stack (${plural(s.frames.length + (leftOut?.count ?? 0), 'frame')})`));
  const list = el('ol', 'gpe-stack-frames');
  s.frames.forEach((_, i) => {
    const li = renderFrame(model, index, i);
    if (i === leftOut?.at) {
      // A deep stack crosses its first and last frames; the list numbers the frame after the gap as deep as it sits.
      list.append(renderGap(index, leftOut));
      li.value = i + 1 + leftOut.count;
    }
    list.append(li);
  });
  details.append(list);
  if (s.createdBy) {
    const c = el('div', 'gpe-created-by');
    const link = model.links.findIndex(l => l.func === s.createdBy?.func && l.file === s.createdBy.file && l.line === s.createdBy.line);
    c.append('created by ', link >= 0 ? renderFunctionLink(model, link, shortName(s.createdBy.func)) : el('span', 'gpe-func', shortName(s.createdBy.func)));
    if (s.createdBy.file) c.append(el('span', 'gpe-frame-pos', ` ${baseName(s.createdBy.file)}${s.createdBy.line ? `:${s.createdBy.line}` : ''}`));
    details.append(c);
  }
  const path = s.creatorPath;
  if (path) {
    const p = el('div', 'gpe-creator-path');
    p.append(path.via === 'creator-goroutine'
      ? `joined with its creator's call path (goroutine ${path.goroutineIds.join(', ')}): `
      : `joined with its creator's call path (${plural(path.goroutines, 'goroutine')} running ${shortName(s.createdBy?.func ?? '')} now; the dump names no creator goroutine): `);
    path.frames.forEach((f, i) => {
      if (i > 0) p.append(' \u2190 ');
      const link = model.links.findIndex(l => l.func === f.func && l.file === f.file && l.line === f.line);
      p.append(link >= 0 ? renderFunctionLink(model, link, shortName(f.func)) : el('span', 'gpe-func', shortName(f.func)));
    });
    details.append(p);
  }
  return details;
}

export function renderSuspects(model: IncidentViewModel): HTMLElement {
  const section = el('section', 'gpe-section gpe-suspects-join');
  section.append(el('h2', undefined, 'Who holds the memory: the join'));
  const suspects = model.incident.suspects;
  if (!suspects.length) {
    section.append(el('p', 'gpe-empty', model.incident.dumpPath
      ? 'No goroutine group in the dump looks stuck or leaked: nothing to join.'
      : 'No goroutine dump in the folder: no goroutine group to join with the heap.'));
    return section;
  }
  const dump = fileIndex(model, model.incident.dumpPath);
  const heap = fileIndex(model, model.incident.heapPath);
  suspects.forEach((s, i) => {
    const card = el('article', 'gpe-suspect-card');
    card.dataset.suspect = String(i);
    const head = el('h3', 'gpe-suspect-head');
    head.append(el('span', 'gpe-rank', `${i + 1}`), renderLinkedSentence(model, model.suspectSentences[i], 'gpe-suspect-sentence'));
    card.append(head, renderJoin(model, s), renderStack(model, i));
    const actions = el('div', 'gpe-card-actions');
    if (dump >= 0) {
      actions.append(openButton('Open in goroutine view', dump, { suspect: i },
        `Group ${model.incident.files[dump].path}, filtered to this group: ${s.func}${s.state ? `, ${s.state}` : ''}`));
    }
    const joined = s.heap?.functions[0] ?? s.allocs?.functions[0];
    if (heap >= 0 && joined) {
      actions.append(openButton('Open heap profile', heap, { func: model.links.findIndex(l => l.func === joined) }, `Open ${model.incident.files[heap].path} focused on ${joined}`));
    }
    if (actions.childElementCount) card.append(actions);
    section.append(card);
  });
  return section;
}
