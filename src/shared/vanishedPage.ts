// A page of the groups gone since the base, put after those the goroutine view holds: the host's
// copy of the model and the webview's apply it alike (the webview imports no src/core).
import type { GoroutineCompareView, VanishedPage } from './goroutineProtocol';

export function withVanished(compare: GoroutineCompareView, page: VanishedPage): GoroutineCompareView {
  const { vanishedLeftOut: _, ...rest } = compare;
  return { ...rest, vanished: [...compare.vanished, ...page.vanished], ...(page.vanishedLeftOut > 0 ? { vanishedLeftOut: page.vanishedLeftOut } : {}) };
}
