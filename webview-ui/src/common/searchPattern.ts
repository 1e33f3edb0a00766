// A regex the user types in a search box, compiled into RE2 (re2js), like the host's filters:
// linear time whatever the pattern, so a typo such as `(a+)+b` cannot freeze the view. An
// invalid pattern matches nothing (the box's own cue), as a JS RegExp that failed did.
import { RE2JS } from 're2js';

export function searchPattern(source: string, caseInsensitive = false): (text: string) => boolean {
  try {
    const re = RE2JS.compile(source, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
    return text => re.test(text);
  } catch {
    return () => false;
  }
}
