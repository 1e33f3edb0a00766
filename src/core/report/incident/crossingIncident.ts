// The incident as it crosses from the analysis worker to the extension host and the webview: every
// text cut (src/shared/nameLimit.ts), as the goroutine view's and the profile editor's are. A
// dump's line may be 8 MiB and a profile's name 96 MB, and the incident names them in its fields
// and its sentences. A name past the limit becomes a reference to it, so "show in flame graph" and
// the goroutine view's join find what it names; a sentence writes each long name of its object as
// that name's shorter reference (`nameInText`), which the view links. `goprof incident` reads the
// incident whole.
import { crossingName, crossingText, MAX_CROSSING_NAME_CHARS } from '../../../shared/nameLimit';
import type { Incident } from './incidentModel';

/** The fields that hold sentences (their names a view links); every other string is a name, a path or a key. */
const SENTENCE_FIELDS: ReadonlySet<string> = new Set(['answer', 'sentence', 'notJoined', 'explained', 'detail', 'reason']);
/** Keys made of names, which no sentence writes: cut, but not looked for in sentences. */
const KEY_FIELDS: ReadonlySet<string> = new Set(['groupKey']);

/** The long names among `value`'s name fields (not its sentences), and a path's file name, which sentences write. */
function longNames(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length > MAX_CROSSING_NAME_CHARS) out.push(value);
    const base = value.slice(value.lastIndexOf('/') + 1);
    if (base.length > MAX_CROSSING_NAME_CHARS && base.length < value.length) out.push(base);
  } else if (Array.isArray(value)) {
    for (const v of value) longNames(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!SENTENCE_FIELDS.has(key) && !KEY_FIELDS.has(key)) longNames(v, out);
  }
  return out;
}

/** `value` with every name cut and every sentence's names written as references; `names`: the long names its sentences may hold. */
function crossing(value: unknown, sentence: boolean, names: readonly string[]): unknown {
  if (typeof value === 'string') return sentence ? crossingText(value, names) : crossingName(value);
  if (Array.isArray(value)) return value.map(v => crossing(v, sentence, names));
  if (value === null || typeof value !== 'object') return value;
  // A suspect's sentences name its own fields: only those are looked for in them.
  const own = longNames(value);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = crossing(v, sentence || SENTENCE_FIELDS.has(key), own);
  return out;
}

/** The incident with no text past the crossing limit. */
export function crossingIncident(incident: Incident): Incident {
  // Nothing long: the incident as it is (the usual case, no copy).
  return hasLongText(incident) ? crossing(incident, false, []) as Incident : incident;
}

function hasLongText(value: unknown): boolean {
  if (typeof value === 'string') return value.length > MAX_CROSSING_NAME_CHARS;
  if (Array.isArray(value)) return value.some(hasLongText);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasLongText);
  return false;
}
