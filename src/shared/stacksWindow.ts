// The stacks outside the groups the goroutine view holds: a run of the whole list (10^5 stacks
// without their goroutine header would not cross whole), from `stacksFrom`. A page right after them
// is appended ("Show more"); one elsewhere (the page before, or a stack the user went to by its number)
// takes their place, so what the view holds grows only by what the user asked to see in a row.
// The host's copy of the model and the webview's apply a page alike.
import type { GoroutineViewModel, StacksPage } from './goroutineProtocol';

/** The whole list's length: those before the held run, the run, those after. */
export function allStacks(model: Pick<GoroutineViewModel, 'stacks' | 'stacksLeftOut' | 'stacksFrom'>): number {
  return (model.stacksFrom ?? 0) + model.stacks.length + (model.stacksLeftOut ?? 0);
}

/** `model` with `page` put in: appended when it follows the held run, else in its place; its frames appended. */
export function withStacksPage(model: GoroutineViewModel, page: StacksPage): GoroutineViewModel {
  const from = model.stacksFrom ?? 0;
  const follows = page.from === from + model.stacks.length;
  const { stacksLeftOut: _, stacksFrom: __, ...rest } = model;
  const start = follows ? from : page.from;
  return {
    ...rest,
    stacks: follows ? [...model.stacks, ...page.stacks] : [...page.stacks],
    frames: [...model.frames, ...page.frames],
    ...(start > 0 ? { stacksFrom: start } : {}),
    ...(page.stacksLeftOut > 0 ? { stacksLeftOut: page.stacksLeftOut } : {}),
  };
}
