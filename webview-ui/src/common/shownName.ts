// A function name comes from the file: a profile's string table lets one be as long as the gzip
// limit (96 MB in a 100 KB file). The page lays out at most MAX_SHOWN_NAME_CHARS of a name; the
// whole name stays the data the views keep and send back (a peek, a filter, a search, data-name).
// A name the worker cut (a reference, src/shared/nameLimit.ts) says how long the whole one is.
// What is shown marks the characters that would hide or reorder text (src/shared/visibleText.ts).
// Pure: the unit tests run it in Node.
import { parseNameReference } from '../../../src/shared/nameLimit';
import { visibleText } from '../../../src/shared/visibleText';

/** Longer than any name Go writes (generic instantiations run to a few hundred characters). */
export const MAX_SHOWN_NAME_CHARS = 2000;

/** `name` as the page shows it: cut past MAX_SHOWN_NAME_CHARS, saying how much was left out; hidden characters marked. */
export function shownName(name: string): string {
  if (name.length <= MAX_SHOWN_NAME_CHARS) return visibleText(name);
  // Only a name cut anyway is read as a reference: a short one shows its tail as text.
  const length = parseNameReference(name)?.length ?? name.length;
  let end = MAX_SHOWN_NAME_CHARS;
  // Not between the two halves of a surrogate pair.
  const last = name.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${visibleText(name.slice(0, end))}… (${(length - end).toLocaleString('en-US')} more characters)`;
}
