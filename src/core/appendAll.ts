/**
 * Appends `items` to `target` in place. `target.push(...items)` passes every item as an
 * argument and throws a RangeError (the JavaScript stack) past ~100k of them, which a file
 * can hold: a million functions, mappings or inlined lines.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}
