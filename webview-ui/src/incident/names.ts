// Function names as the view prints them.

/** `k8s.io/x/registry.(*Store).List` → `registry.(*Store).List`. */
export function shortName(func: string): string {
  const paren = func.indexOf('(');
  const head = paren < 0 ? func : func.slice(0, paren);
  return func.slice(head.lastIndexOf('/') + 1);
}
