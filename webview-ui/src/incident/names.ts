// Function names as the view prints them.
import { shownName } from '../common/shownName';

/** Every package path of a text dropped: `chan send in k8s.io/x/registry.F (store.go:1)` → `chan send in registry.F (store.go:1)`. */
export function withoutPackagePaths(text: string): string {
  return text.replace(/(?:[\w.~-]+\/)+/g, '');
}

/** `k8s.io/x/registry.(*Store).List` → `registry.(*Store).List`, cut as the page shows a name. */
export function shortName(func: string): string {
  func = shownName(func);
  const paren = func.indexOf('(');
  const head = paren < 0 ? func : func.slice(0, paren);
  return func.slice(head.lastIndexOf('/') + 1);
}
