// Strings longer than 16,383 characters, which V8 hashes by their length alone: distinct ones
// of one length all collide in a native Map or Set.

/** `count` distinct flat strings of `length` characters that differ only in their last six (as a decoder makes them: a joined string would be flattened on first read). */
export function longKeysOfOneLength(count: number, length = 17_006, fill = 'x'): string[] {
  const prefix = fill.repeat(length - 6);
  return Array.from({ length: count }, (_, i) => new TextDecoder().decode(new TextEncoder().encode(`${prefix}${String(i).padStart(6, '0')}`)));
}
