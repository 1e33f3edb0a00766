// A frame rendered as text plus a `file:line` link; the link carries only the frame's index in the
// model, and the host decides where (and whether) it leads.
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { breakableName, el } from '../common/dom';
import { shownName } from '../common/shownName';

export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/** Longer than a file's name can be (255 bytes on the common file systems): only a crafted one is. */
const LONG_FILE_CHARS = 255;

/** `store.go:1020` as a link button, or a plain span when the dump has no file for the frame. */
export function renderSourceLink(model: GoroutineViewModel, frame: number, full = false): HTMLElement {
  const f = model.frames[frame];
  if (!f.file) return el('span', 'gpe-nofile', '(no file)');
  const shown = shownName(full ? f.file : baseName(f.file));
  // A crafted name that long wraps anywhere: kept on one line it set its column's width past the page.
  const a = el('a', shown.length > LONG_FILE_CHARS ? 'gpe-link gpe-source-link gpe-source-link-long' : 'gpe-link gpe-source-link', shown);
  // A narrow column may wrap a long file name, never the line number ("server.go:310" over "2").
  if (f.line) a.append(el('span', 'gpe-source-line', `:${f.line}`));
  a.href = '#';
  a.dataset.frame = String(frame);
  a.title = `Open ${shownName(f.file)}${f.line ? `:${f.line}` : ''}`;
  return a;
}

/** Longer than Go's longest real names (generic instantiations run to a few hundred characters). */
const LONG_FRAME_CHARS = 1000;

/** Function (short name, full name on hover) followed by its source link. */
export function renderFrame(model: GoroutineViewModel, frame: number): HTMLElement {
  const f = model.frames[frame];
  // A frame whose text runs to pages (a crafted name or file, shown up to 2,000 characters each) scrolls in a box of its own.
  const long = f.short.length + (f.file?.length ?? 0) > LONG_FRAME_CHARS;
  const span = el('span', `gpe-frame${f.user ? ' gpe-frame-user' : ''}${long ? ' gpe-frame-long' : ''}`);
  const name = breakableName('gpe-func', shownName(f.short));
  name.title = shownName(f.func);
  span.append(name, ' ', renderSourceLink(model, frame));
  return span;
}
