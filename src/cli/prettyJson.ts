// `JSON.stringify(value, null, 2)` written a piece at a time: the whole text of a large result (a
// goroutine 10^6 frames deep is ~100 MB of JSON) never has to be one string, nor V8's builder of it.
// It is written as UTF-8 bytes into chunks of 64 KiB (byteChunks.ts): built as strings, each of the
// dozen parts of a frame was a string joined to the piece (a rope of short-lived strings), and the
// collector took most of the time.
// Only what the CLI's JSON results hold: plain objects, arrays, `JsonRecords`, strings, numbers,
// booleans, null, and bigints, written as the number token of their digits (goroutine ids past
// 2^53, which a double would round; JSON.stringify refuses them).
import { ByteChunks, utf8 } from './byteChunks';
import { ContentKeyedMap } from '../shared/contentKeyedMap';

const WRITE_PIECE_BYTES = 1 << 16;

/**
 * A list written as the list of objects holding exactly `keys` of each item, in that order: the
 * JSON of `items.map(item => ({ [keys[0]]: item[keys[0]], … }))` without an object per item (a
 * stack's frames: 10^6 of them in a goroutine 10^6 frames deep).
 */
export class JsonRecords<T extends object> {
  constructor(readonly items: readonly T[], readonly keys: readonly (keyof T & string)[]) {}
}

/** The JSON as text, a piece at a time (each piece's text whole: a character is never split). */
export function writePrettyJson(value: unknown, write: (text: string) => void): void {
  const decoder = new TextDecoder();
  writePrettyJsonBytes(value, bytes => { write(decoder.decode(bytes, { stream: true })); });
  const rest = decoder.decode();
  if (rest !== '') write(rest);
}

/** The JSON as UTF-8 bytes, a piece at a time. */
export function writePrettyJsonBytes(value: unknown, write: (bytes: Uint8Array) => void): void {
  const out = new ByteChunks(WRITE_PIECE_BYTES);
  new JsonWriter(out, () => { for (const piece of out.takeFull()) write(piece); }).value(value, 0);
  for (const piece of out.take()) write(piece);
}

// Indents by depth, each encoded once, after its line break.
const indents = [utf8('\n')];

function lineAndIndent(depth: number): Uint8Array {
  while (indents.length <= depth) indents.push(utf8('\n' + '  '.repeat(indents.length)));
  return indents[depth];
}

// Keys as JSON writes them, then `: `, and the parts before a value of each: the result's own few
// names made once, not once per object (a race report's JSON has 10^5 groups of ~20 fields). Label
// keys come from the file: the table stops growing at its cap.
const keyPartsByKey = new ContentKeyedMap<KeyParts>();
const MAX_QUOTED_KEYS = 256;

function keyPartsOf(key: string): KeyParts {
  let parts = keyPartsByKey.get(key);
  if (parts === undefined) {
    parts = new KeyParts(utf8(`${JSON.stringify(key)}: `));
    if (keyPartsByKey.size < MAX_QUOTED_KEYS) keyPartsByKey.set(key, parts);
  }
  return parts;
}

const OPEN_ARRAY = utf8('[');
const CLOSE_ARRAY = utf8(']');
const OPEN_OBJECT = utf8('{');
const CLOSE_OBJECT = utf8('}');
const EMPTY_ARRAY = utf8('[]');
const EMPTY_OBJECT = utf8('{}');
const COMMA = utf8(',');
const QUOTE = utf8('"');
const NULL = utf8('null');
const TRUE = utf8('true');
const FALSE = utf8('false');

/**
 * Parts written one after the other, as one part where the chunk has room for them all: where it
 * has not, one at a time, so the chunks end where they would end with the parts written apart.
 */
class JoinedParts {
  private readonly joined: Uint8Array;
  private readonly joinedView: DataView;

  constructor(private readonly parts: readonly Uint8Array[]) {
    this.joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    this.joinedView = new DataView(this.joined.buffer);
    let at = 0;
    for (const part of parts) { this.joined.set(part, at); at += part.length; }
  }

  putTo(out: ByteChunks): void {
    if (out.room >= this.joined.length) { out.putByWords(this.joined, this.joinedView); return; }
    for (const part of this.parts) out.put(part);
  }
}

/**
 * A key's quoted text, and per depth the parts an object writes before the key's value joined as
 * one: the closing quote of a string before it (`closeQuote`), the object's `{` (the first field)
 * or the comma after the field before, the indent, the quoted key, and the opening quote of a string
 * value (`openQuote`). A field of an object was three to five parts written one by one.
 */
class KeyParts {
  private readonly beforeValues: (JoinedParts | undefined)[] = [];

  constructor(readonly quoted: Uint8Array) {}

  beforeValue(depth: number, first: boolean, closeQuote: boolean, openQuote: boolean): JoinedParts {
    const index = ((depth * 2 + (first ? 1 : 0)) * 2 + (closeQuote ? 1 : 0)) * 2 + (openQuote ? 1 : 0);
    return this.beforeValues[index] ??= new JoinedParts([
      ...(closeQuote ? [QUOTE] : []), first ? OPEN_OBJECT : COMMA, lineAndIndent(depth + 1), this.quoted, ...(openQuote ? [QUOTE] : []),
    ]);
  }
}

/** An object's end at each depth, after a string's closing quote or not (see KeyParts). */
const objectEnds: (JoinedParts | undefined)[] = [];

function objectEnd(depth: number, closeQuote: boolean): JoinedParts {
  return objectEnds[depth * 2 + (closeQuote ? 1 : 0)] ??= new JoinedParts([...(closeQuote ? [QUOTE] : []), lineAndIndent(depth), CLOSE_OBJECT]);
}

/**
 * A string as `JsonWriter.string` writes it after its opening quote, its bytes made once: the text
 * (`plain`: its closing quote still to write) or its escaped text with the closing quote.
 */
class WrittenString {
  /** Whether the text is plain (printable ASCII without `"` or `\`), written as its bytes. */
  readonly plain: boolean;
  readonly body: Uint8Array;

  constructor(text: string) {
    this.plain = isPlainAscii(text);
    this.body = utf8(this.plain ? text : JSON.stringify(text).slice(1));
  }
}

// Where a record's field stands: the first field of the list's first item, the first of a later
// item, or one after another field of its item.
const FIRST_ITEM_FIELD = 0;
const LATER_ITEM_FIELD = 1;
const FOLLOWING_FIELD = 2;
type FieldPlace = typeof FIRST_ITEM_FIELD | typeof LATER_ITEM_FIELD | typeof FOLLOWING_FIELD;

/**
 * What a list of records (`JsonRecords` of these keys at this depth) writes between its values,
 * each run of constant parts joined as one: before a field, the closing quote of the string before
 * it, the item's start (its comma, indent and `{`) or the comma between fields, the field's indent,
 * its quoted key and the opening quote of a string value; after the last field, that quote and the
 * item's end. A frame of a stack was twelve parts written one by one, now five and its three values.
 * Made once per keys and depth and kept (a race report's JSON has 10^5 one-frame lists).
 */
class RecordParts {
  private readonly beforeFields: (JoinedParts | undefined)[] = [];
  private readonly itemStarts: readonly (readonly Uint8Array[])[];
  private readonly fieldIndent: Uint8Array;
  private readonly itemEnd: readonly Uint8Array[];
  private readonly ends: (JoinedParts | undefined)[] = [];

  constructor(private readonly keys: readonly string[], depth: number) {
    const itemIndent = lineAndIndent(depth + 1);
    this.itemStarts = [[itemIndent], [COMMA, itemIndent]];
    this.fieldIndent = lineAndIndent(depth + 2);
    this.itemEnd = [itemIndent, CLOSE_OBJECT];
  }

  /**
   * The parts before field `k`'s value: `closeQuote`, the string before it left its closing quote
   * to these; `openQuote`, its value is a string, written after its opening quote.
   */
  beforeField(k: number, place: FieldPlace, closeQuote: boolean, openQuote: boolean): JoinedParts {
    const index = ((k * 3 + place) * 2 + (closeQuote ? 1 : 0)) * 2 + (openQuote ? 1 : 0);
    return this.beforeFields[index] ??= new JoinedParts([
      ...(closeQuote ? [QUOTE] : []),
      ...(place === FOLLOWING_FIELD ? [COMMA] : [...this.itemStarts[place], OPEN_OBJECT]),
      this.fieldIndent, keyPartsOf(this.keys[k]).quoted,
      ...(openQuote ? [QUOTE] : []),
    ]);
  }

  /** The parts after an item's last field (`closeQuote` as in `beforeField`), or of an item without one. */
  end(place: FieldPlace, closeQuote: boolean): JoinedParts {
    const index = place * 2 + (closeQuote ? 1 : 0);
    return this.ends[index] ??= new JoinedParts(place === FOLLOWING_FIELD
      ? [...(closeQuote ? [QUOTE] : []), ...this.itemEnd]
      : [...this.itemStarts[place], EMPTY_OBJECT]);
  }
}

/** A list of records being written: where its next field stands, and per key the strings it held. */
class RecordFields {
  place: FieldPlace = FIRST_ITEM_FIELD;
  /** A plain string's closing quote, left to the parts after it. */
  closeQuote = false;
  /**
   * Per key, the string its field held in the item before, and once a second item repeats it, that
   * string as the bytes `string` writes: a stack's frames mostly share their file, copied character
   * by character for each frame until this (10^6 frames of one file).
   */
  readonly lastStrings: unknown[];
  readonly repeated: (WrittenString | null)[];

  constructor(readonly parts: RecordParts, keys: number, readonly depth: number) {
    this.lastStrings = new Array<unknown>(keys).fill(undefined);
    this.repeated = new Array<WrittenString | null>(keys).fill(null);
  }
}

/** Per list of keys, per depth, its parts (the CLI's lists of records share one list of keys). */
const recordPartsByKeys = new WeakMap<readonly string[], RecordParts[]>();

function recordPartsOf(keys: readonly string[], depth: number): RecordParts {
  let byDepth = recordPartsByKeys.get(keys);
  if (byDepth === undefined) recordPartsByKeys.set(keys, byDepth = []);
  return byDepth[depth] ??= new RecordParts(keys, depth);
}

/** What `ByteChunks.putPlainAscii` writes as it is (a text longer than a chunk it leaves to the escaping path). */
function isPlainAscii(text: string): boolean {
  if (text.length > WRITE_PIECE_BYTES) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
  }
  return true;
}

// `Object.prototype.hasOwnProperty` called, not `Object.hasOwn`: TurboFan answers the former from the
// for-in's own enumeration of a fast object, the latter is a lookup per key.
const hasOwnProperty = Object.prototype.hasOwnProperty;

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function hasNoJson(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

class JsonWriter {
  constructor(private readonly out: ByteChunks, private readonly flush: () => void) {}

  // Recursion follows the result's shape (a few levels), never the input's length.
  value(value: unknown, depth: number): void {
    const out = this.out;
    if (typeof value === 'string') this.string(value);
    else if (typeof value === 'number') out.number(value);
    else if (typeof value === 'boolean') out.put(value ? TRUE : FALSE);
    else if (typeof value === 'bigint') out.put(utf8(value.toString()));
    else if (value === null || typeof value !== 'object') out.put(NULL);
    else if (value instanceof JsonRecords) this.records(value as JsonRecords<Record<string, unknown>>, depth);
    else if (Array.isArray(value)) this.array(value, depth);
    else this.object(value as Record<string, unknown>, depth);
    // Handed on between values, so the chunks filled never pile up.
    if (out.pendingBytes >= WRITE_PIECE_BYTES * 4) this.flush();
  }

  private string(text: string): void {
    this.out.put(QUOTE);
    if (this.afterOpeningQuote(text)) this.out.put(QUOTE);
  }

  /** `text`'s JSON after its opening quote; true when plain, its closing quote left to the caller. */
  private afterOpeningQuote(text: string): boolean {
    const out = this.out;
    if (out.putPlainAscii(text)) return true;
    out.put(utf8(JSON.stringify(text).slice(1)));
    return false;
  }

  private array(items: readonly unknown[], depth: number): void {
    this.list(items, depth, item => { this.value(hasNoJson(item) ? null : item, depth + 1); });
  }

  /** `items` written one per line by `writeItem`, inside brackets. */
  private list<T>(items: readonly T[], depth: number, writeItem: (item: T) => void): void {
    const out = this.out;
    if (items.length === 0) { out.put(EMPTY_ARRAY); return; }
    out.put(OPEN_ARRAY);
    const inner = lineAndIndent(depth + 1);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out.put(COMMA);
      out.put(inner);
      writeItem(items[i]);
    }
    out.put(lineAndIndent(depth));
    out.put(CLOSE_ARRAY);
  }

  private object(record: Record<string, unknown>, depth: number): void {
    const out = this.out;
    let first = true;
    // A plain string's closing quote, left to the parts after it.
    let closeQuote = false;
    // `for…in`, not Object.keys: no list of keys made per object. The results are plain objects,
    // whose prototype has no enumerable key; the own check keeps JSON.stringify's rule anyway.
    for (const key in record) {
      if (!hasOwnProperty.call(record, key)) continue;
      const item = record[key];
      if (hasNoJson(item)) continue;
      const parts = keyPartsOf(key);
      if (typeof item === 'string') {
        parts.beforeValue(depth, first, closeQuote, true).putTo(out);
        closeQuote = this.afterOpeningQuote(item);
        // As `value` does after each value: an object of many strings (labels) never piles up chunks.
        if (out.pendingBytes >= WRITE_PIECE_BYTES * 4) this.flush();
      } else {
        parts.beforeValue(depth, first, closeQuote, false).putTo(out);
        closeQuote = false;
        this.value(item, depth + 1);
      }
      first = false;
    }
    if (first) out.put(EMPTY_OBJECT);
    else objectEnd(depth, closeQuote).putTo(out);
  }

  private records(list: JsonRecords<Record<string, unknown>>, depth: number): void {
    const keys = list.keys;
    const items = list.items;
    const out = this.out;
    if (items.length === 0) { out.put(EMPTY_ARRAY); return; }
    const fields = new RecordFields(recordPartsOf(keys, depth), keys.length, depth);
    const n = keys.length;
    const key0 = keys[0], key1 = keys[1], key2 = keys[2];
    out.put(OPEN_ARRAY);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      fields.place = i === 0 ? FIRST_ITEM_FIELD : LATER_ITEM_FIELD;
      fields.closeQuote = false;
      // The first three fields read each at a place of its own: one keyed read whose key takes turns
      // between names turns megamorphic, a lookup in V8's stub cache per field (a frame's three).
      if (n > 0) this.recordField(fields, 0, item[key0]);
      if (n > 1) this.recordField(fields, 1, item[key1]);
      if (n > 2) this.recordField(fields, 2, item[key2]);
      for (let k = 3; k < n; k++) this.recordField(fields, k, item[keys[k]]);
      fields.parts.end(fields.place, fields.closeQuote).putTo(out);
      if (out.pendingBytes >= WRITE_PIECE_BYTES * 4) this.flush();
    }
    out.put(lineAndIndent(depth));
    out.put(CLOSE_ARRAY);
  }

  /** Field `k` of a record, after the parts before it (RecordParts). */
  private recordField(fields: RecordFields, k: number, field: unknown): void {
    if (hasNoJson(field)) return;
    const out = this.out;
    // Strings and numbers written here, not through `value`: its checks of every kind, per field.
    if (typeof field === 'string') {
      fields.parts.beforeField(k, fields.place, fields.closeQuote, true).putTo(out);
      if (field === fields.lastStrings[k]) {
        const written = (fields.repeated[k] ??= new WrittenString(field));
        out.put(written.body);
        fields.closeQuote = written.plain;
      } else {
        fields.closeQuote = this.afterOpeningQuote(field);
        fields.lastStrings[k] = field;
        fields.repeated[k] = null;
      }
    } else {
      fields.parts.beforeField(k, fields.place, fields.closeQuote, false).putTo(out);
      fields.closeQuote = false;
      if (typeof field === 'number') out.number(field);
      else this.value(field, fields.depth + 2);
    }
    fields.place = FOLLOWING_FIELD;
  }
}
