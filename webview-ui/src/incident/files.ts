// What was captured when: the files read (each opening in its full view), the files the core
// could not read and the ones left out before reading, each with the reason.
import type { IncidentViewModel } from '../../../src/shared/incidentProtocol';
import { el } from '../common/dom';
import { formatTime, plural } from './format';
import { visibleText } from '../../../src/shared/visibleText';

const KIND_LABELS: Record<string, string> = {
  heap: 'heap profile', allocs: 'allocs profile', 'goroutine-dump': 'goroutine dump', 'goroutine-profile': 'goroutine profile',
  cpu: 'CPU profile', mutex: 'mutex profile', block: 'block profile', threadcreate: 'threadcreate profile', 'other-profile': 'profile',
};

export function renderFiles(model: IncidentViewModel): HTMLElement {
  const section = el('section', 'gpe-section gpe-files');
  const { files, unread } = model.incident;
  section.append(el('h2', undefined, `Captures (${plural(files.length, 'file')} read)`));
  const table = el('table', 'gpe-files-table');
  const head = el('tr');
  head.append(el('th', undefined, 'File'), el('th', undefined, 'What'), el('th', undefined, 'Captured'), el('th'));
  table.append(head);
  files.forEach((f, i) => {
    const tr = el('tr', 'gpe-file-row');
    tr.dataset.kind = f.kind;
    const open = el('td');
    const viewer = model.fileViewers[i];
    if (viewer) {
      const b = el('button', 'gpe-button gpe-open-file', viewer === 'goroutines' ? 'Open goroutine view' : 'Open profile');
      b.type = 'button';
      b.dataset.openFile = String(i);
      open.append(b);
    }
    const what = el('td', 'gpe-file-what', KIND_LABELS[f.kind] ?? f.kind);
    if (f.detail) what.append(el('div', 'gpe-file-detail', visibleText(f.detail)));
    const path = el('td');
    path.append(el('span', 'gpe-file-path', visibleText(f.path)));
    if (f.used) {
      const badge = el('span', 'gpe-used-badge', 'answer');
      badge.title = 'The answer reads this file';
      path.append(' ', badge);
    }
    const when = el('td', 'gpe-file-time', formatTime(f.capturedAtMs));
    if (f.capturedAtFrom) when.title = `from the ${f.capturedAtFrom === 'profile' ? 'profile\u2019s own time' : f.capturedAtFrom === 'name' ? 'file name' : 'file\u2019s modification time'}`;
    tr.append(path, what, when, open);
    table.append(tr);
  });
  section.append(table);
  if (unread.length) {
    const details = el('details', 'gpe-unread');
    details.append(el('summary', undefined, `Not read (${unread.length})`));
    const list = el('ul');
    for (const u of unread) {
      const li = el('li', 'gpe-unread-file');
      li.append(el('span', 'gpe-file-path', visibleText(u.path)), ` — ${visibleText(u.reason)}`);
      list.append(li);
    }
    details.append(list);
    section.append(details);
  }
  return section;
}
