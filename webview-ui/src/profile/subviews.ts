// The views beside the flame graph, in tab order. Add a view: one module implementing
// ProfileSubview, one line here.
import { GraphView } from './graphView';
import type { ProfileSubview, ProfileViewContext } from './viewSwitcher';
import { BottomUpView } from './bottomUpView';
import { PeekView } from './peekView';
import { SourceView } from './sourceView';

export function createSubviews(context: ProfileViewContext): ProfileSubview[] {
  return [new GraphView(context), new BottomUpView(context), new PeekView(context), new SourceView(context)];
}
