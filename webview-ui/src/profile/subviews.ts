// The views beside the flame graph, in tab order. Add a view: one module implementing
// ProfileSubview, one line here.
import type { ProfileSubview, ProfileViewContext } from './viewSwitcher';

export function createSubviews(_context: ProfileViewContext): ProfileSubview[] {
  return [];
}
