// A sentence of the model rendered as text with its function names as links; a link carries only
// its index into the model's links, and the host decides where (and whether) it leads.
import type { IncidentViewModel, LinkedSentence } from '../../../src/shared/incidentProtocol';
import { el } from '../common/dom';

export function renderLinkedSentence(model: IncidentViewModel, sentence: LinkedSentence, cls: string): HTMLElement {
  const box = el('span', cls);
  for (const piece of sentence) {
    if (piece.link === undefined) { box.append(piece.text); continue; }
    box.append(renderFunctionLink(model, piece.link, piece.text));
  }
  return box;
}

/** A function name that opens its source line; plain text when no file is known for it. */
export function renderFunctionLink(model: IncidentViewModel, link: number, text?: string): HTMLElement {
  const target = model.links[link];
  const shown = text ?? target.func;
  if (!target.file) {
    const span = el('span', 'gpe-func', shown);
    span.title = `${target.func} (no source file recorded)`;
    return span;
  }
  const a = el('a', 'gpe-link gpe-func-link', shown);
  a.href = '#';
  a.dataset.link = String(link);
  a.title = `${target.func}\n${target.file}${target.line ? `:${target.line}` : ''}`;
  return a;
}

export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
