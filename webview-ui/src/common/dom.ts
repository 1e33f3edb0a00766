// DOM helpers. Profile and dump strings are untrusted: they only ever become textContent.
import { nameBreakOffsets } from './nameBreaks';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The name as text pieces with `<wbr>` between them: copying it gives the name unchanged. */
export function breakableName(cls: string, name: string): HTMLSpanElement {
  const span = el('span', cls);
  let start = 0;
  for (const offset of nameBreakOffsets(name)) {
    span.append(name.slice(start, offset), document.createElement('wbr'));
    start = offset;
  }
  span.append(name.slice(start));
  return span;
}
