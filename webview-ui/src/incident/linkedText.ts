// A sentence of the model rendered as text with its function names as links; a link carries only
// its index into the model's links, and the host decides where (and whether) it leads.
import type { IncidentViewModel, LinkedSentence } from '../../../src/shared/incidentProtocol';
import { breakableName, el } from '../common/dom';
import { shownName } from '../common/shownName';
import { visibleText } from '../../../src/shared/visibleText';

export function renderLinkedSentence(model: IncidentViewModel, sentence: LinkedSentence, cls: string): HTMLElement {
  const box = el('span', cls);
  for (const piece of sentence) {
    if (piece.link === undefined) { box.append(visibleText(piece.text)); continue; }
    box.append(renderFunctionLink(model, piece.link, piece.text));
  }
  return box;
}

/** A function name that opens its source line; plain text when no file is known for it. */
export function renderFunctionLink(model: IncidentViewModel, link: number, text?: string): HTMLElement {
  const target = model.links[link];
  const shown = shownName(text ?? target.func);
  if (!target.file) {
    const span = el('span', 'gpe-func', shown);
    span.title = `${shownName(target.func)} (no source file recorded)`;
    return span;
  }
  const a = el('a', 'gpe-link gpe-func-link', shown);
  a.href = '#';
  a.dataset.link = String(link);
  a.title = `${shownName(target.func)}\n${shownName(target.file)}${target.line ? `:${target.line}` : ''}`;
  return a;
}

export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/**
 * A function name that opens a gathered profile in the profile editor, focused on that function;
 * beside it a small link to its source line when one is known.
 */
export function renderFocusLink(model: IncidentViewModel, file: number, link: number, text: string): HTMLElement {
  const box = el('span', 'gpe-focus');
  const target = model.links[link];
  const a = el('a', 'gpe-link gpe-focus-link');
  // In a narrow table column the name breaks between its words, never inside one.
  a.append(breakableName('gpe-func', shownName(text)));
  a.href = '#';
  a.dataset.openFile = String(file);
  a.dataset.func = String(link);
  a.title = `${shownName(target.func)}\nOpen ${shownName(model.incident.files[file].path)} in the profile editor, focused on it`;
  box.append(a);
  if (target.file) {
    const source = el('a', 'gpe-link gpe-source-link', `${baseName(target.file)}${target.line ? `:${target.line}` : ''}`);
    source.href = '#';
    source.dataset.link = String(link);
    source.title = `Open ${target.file}${target.line ? `:${target.line}` : ''}`;
    box.append(' ', source);
  }
  return box;
}
