// A paste whose line breaks became spaces in one place (a terminal's copy of a line it had wrapped,
// padded to its width) leaves a frame's `file:line` on its call's line, after white space:
// `runtime.throw(0x175d0cb, 0x5)   /usr/local/go/src/runtime/panic.go:617 +0x72 fp=… sp=… pc=…`.
import { indexInLine, parseCallLine, parseLocationLine, type CallLine, type LocationLine } from './lineParsers';

export interface CallBesideLocation {
  call: CallLine;
  /** Where the call's text ends, after its `)`. */
  callEnd: number;
  /** Where the location's text starts. */
  locationStart: number;
  location: LocationLine;
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** The call and the location of the line text[s, end), or null when it holds not both, white space between. */
export function parseCallBesideLocation(text: string, s: number, end: number): CallBesideLocation | null {
  // A call's arguments hold no `)` but their last, and a name no white space: the first `)` before white space ends the call.
  for (let close = indexInLine(text, ')', s, end); close > s; close = indexInLine(text, ')', close + 1, end)) {
    if (close + 1 >= end || !isBlank(text.charCodeAt(close + 1))) continue;
    const call = parseCallLine(text, s, close + 1);
    if (call === null) return null;
    let locationStart = close + 1;
    while (locationStart < end && isBlank(text.charCodeAt(locationStart))) locationStart++;
    const location = parseLocationLine(text, locationStart, end);
    return location === null ? null : { call, callEnd: close + 1, locationStart, location };
  }
  return null;
}
