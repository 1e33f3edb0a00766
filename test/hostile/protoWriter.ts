// A raw protobuf writer for crafting profile.proto files pprof-format cannot express
// (negative or huge lengths, ids pointing nowhere, fields repeated millions of times):
// messages are built as lists of Buffers and joined once, so a file of hundreds of MB
// costs one copy.

/** The varint bytes of a non-negative integer below 2^64 (a bigint for the top range), or a negative int64. */
export function varint(n: number | bigint): Buffer {
  let v = BigInt(n);
  if (v < 0n) v += 1n << 64n;
  const out: number[] = [];
  while (v >= 0x80n) { out.push(Number(v & 0x7fn) | 0x80); v >>= 7n; }
  out.push(Number(v));
  return Buffer.from(out);
}

/** A varint field. */
export function vfield(field: number, value: number | bigint): Buffer {
  return Buffer.concat([varint(field * 8), varint(value)]);
}

/** A length-delimited field holding `parts` (or raw bytes). */
export function lfield(field: number, ...parts: Buffer[]): Buffer {
  const body = parts.length === 1 ? parts[0] : Buffer.concat(parts);
  return Buffer.concat([varint(field * 8 + 2), varint(body.length), body]);
}

/** A packed repeated varint field. */
export function packed(field: number, values: ArrayLike<number>): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < values.length; i++) parts.push(varint(values[i]));
  return lfield(field, Buffer.concat(parts));
}

/** A string table entry (profile field 6). */
export const str = (s: string): Buffer => lfield(6, Buffer.from(s));
/** A ValueType message under `field` (1: sample_type, 11: period_type). */
export const valueType = (field: number, type: number, unit: number): Buffer => lfield(field, vfield(1, type), vfield(2, unit));
/** A Function message. */
export const fn = (id: number, name: number, file = 0): Buffer => lfield(5, vfield(1, id), vfield(2, name), vfield(3, name), vfield(4, file));
/** A Location message with one line per [functionId, line]. */
export const loc = (id: number, lines: [number, number][], mappingId = 0, address = 0): Buffer =>
  lfield(4, vfield(1, id), mappingId ? vfield(2, mappingId) : Buffer.alloc(0), address ? vfield(3, address) : Buffer.alloc(0),
    Buffer.concat(lines.map(([f, l]) => lfield(4, vfield(1, f), vfield(2, l)))));
/** A Sample message. */
export const sample = (locations: ArrayLike<number>, values: ArrayLike<number>, ...labels: Buffer[]): Buffer =>
  lfield(2, packed(1, locations), packed(2, values), Buffer.concat(labels));
/** A Label message (inside a sample). */
export const label = (key: number, strIndex: number, num = 0, unit = 0): Buffer =>
  lfield(3, vfield(1, key), ...(strIndex ? [vfield(2, strIndex)] : []), ...(num ? [vfield(3, num)] : []), ...(unit ? [vfield(4, unit)] : []));
