// A debug=1 record hides the runtime's frames above its first other frame, so a goroutine parked on
// a channel or in a select shows only the user's frame: no wait state, and it ranked under every
// group whose sync frames told theirs. The record's `N @ 0x…` line still holds the hidden frames'
// return addresses: the runtime's park call first, then the functions between it and the user's
// code. Their shape tells the wait:
//   park, chansend, chansend1                    → chan send
//   park, chanrecv, chanrecv1 (or chanrecv2)     → chan receive
//   park, selectgo (or block for `select {}`)    → select
// (chansend and chanrecv park from two calls each: a nil channel's, then a blocking one's.)
// Addresses have no names, so a profile's own records teach them: the park address is the first
// hidden address of records whose shown frames tell a parked wait (a semaphore, a poller, a sleep).
// The gc linker lays runtime/chan.go out in its declaration order, chansend1 and chansend before
// chanrecv1, chanrecv2 and chanrecv, and select.go's block before selectgo: a send is told from a
// receive only when the profile holds both, and a bare `select {}` from a select likewise.

import { CHANNEL_WAIT } from './waitStates';

/** Hidden return addresses a record may keep: the deepest chain told is three long. */
const MAX_HIDDEN = 4;

/**
 * The return addresses of the frames runtime/pprof hid above the first one it printed, from the
 * record's `N @ 0x… 0x…` line and the first frame line's PC (printed one less than its return
 * address), or null when the first PC is not in the line (an inlined frame, a paste that lost it).
 * Read on the characters, no string made: it runs once per record.
 */
export function hiddenFrameAddresses(headerLine: string, firstPc: string): readonly number[] | null {
  const pc = hexAt(firstPc, 0);
  if (pc < 0) return null;
  let p = headerLine.indexOf('@') + 1;
  if (p === 0) return null;
  const hidden: number[] = [];
  while (hidden.length <= MAX_HIDDEN) {
    while (headerLine.charCodeAt(p) === 0x20) p++;
    const address = hexAt(headerLine, p);
    if (address < 0) return null;
    if (address === pc + 1 || address === pc) return hidden;
    hidden.push(address);
    while (p < headerLine.length && headerLine.charCodeAt(p) !== 0x20) p++;
  }
  return null;
}

/** The value of the `0x…` number at `p`, or -1 when none is there. */
function hexAt(text: string, p: number): number {
  if (text.charCodeAt(p) !== 0x30 || (text.charCodeAt(p + 1) | 0x20) !== 0x78) return -1;
  let value = 0;
  let digits = 0;
  for (let q = p + 2; q < text.length; q++, digits++) {
    const c = text.charCodeAt(q) | 0x20;
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) break;
    value = value * 16 + digit;
  }
  return digits === 0 ? -1 : value;
}

/** A group of counted stacks whose frames told no state, and the addresses its record hid. */
export interface HiddenWaitInput {
  /** The state its shown frames imply ('' when they tell none). */
  readonly state: string;
  readonly hidden: readonly number[] | null;
}

/**
 * For each input, the wait its hidden runtime frames tell ('' when they do not): only for inputs
 * whose state is '' and whose hidden frames start with the profile's park address.
 */
export function waitsFromHiddenFrames(inputs: readonly HiddenWaitInput[]): string[] {
  const park = parkAddress(inputs);
  const told = inputs.map(() => '');
  if (park === undefined) return told;
  const channel: number[] = [];
  const select: number[] = [];
  inputs.forEach((input, i) => {
    const hidden = input.hidden;
    if (input.state !== '' || hidden === null || hidden[0] !== park) return;
    if (hidden.length === 3) channel.push(i);
    else if (hidden.length === 2) select.push(i);
  });
  // A send's chansend frame lies below every receive's chanrecv1/chanrecv2: a chain whose middle
  // address is below the last of a chain through another wrapper is a send, one whose last is above
  // such a chain's middle a receive.
  const highestLasts = extremesByWrapper(channel.map(i => inputs[i].hidden!), 2, (a, b) => a > b);
  const lowestMiddles = extremesByWrapper(channel.map(i => inputs[i].hidden!), 1, (a, b) => a < b);
  for (const i of channel) {
    const middle = inputs[i].hidden![1];
    const last = inputs[i].hidden![2];
    const otherLast = highestLasts.find(c => c[2] !== last)?.[2];
    const otherMiddle = lowestMiddles.find(c => c[2] !== last)?.[1];
    told[i] = otherLast !== undefined && middle < otherLast ? 'chan send'
      : otherMiddle !== undefined && last > otherMiddle ? 'chan receive' : CHANNEL_WAIT;
  }
  // chansend and chanrecv each park from two calls, a nil channel's first: of a direction's two
  // distinct middle addresses, the lower is the nil channel's.
  for (const direction of ['chan send', 'chan receive']) {
    const ofDirection = channel.filter(i => told[i] === direction);
    const nil = lowerOfTwo(ofDirection.map(i => inputs[i].hidden![1]));
    for (const i of ofDirection) if (inputs[i].hidden![1] === nil) told[i] = `${direction} (nil chan)`;
  }
  // selectgo and block each park from one call: two distinct addresses are the two, block the lower.
  const block = lowerOfTwo(select.map(i => inputs[i].hidden![1]));
  for (const i of select) told[i] = inputs[i].hidden![1] === block ? 'select (no cases)' : 'select';
  return told;
}

/**
 * The park call's return address: the most common first hidden address of records whose shown
 * frames tell a parked wait; else of records with a chain of two or three hidden frames.
 */
function parkAddress(inputs: readonly HiddenWaitInput[]): number | undefined {
  const taught = mostCommonFirst(inputs.filter(input => input.state !== '' && input.hidden !== null && input.hidden.length > 0));
  return taught ?? mostCommonFirst(inputs.filter(input => input.hidden !== null && (input.hidden.length === 2 || input.hidden.length === 3)));
}

function mostCommonFirst(inputs: readonly HiddenWaitInput[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let bestCount = 0;
  for (const input of inputs) {
    const first = input.hidden![0];
    const n = (counts.get(first) ?? 0) + 1;
    counts.set(first, n);
    if (n > bestCount) { best = first; bestCount = n; }
  }
  return best;
}

/**
 * The chain whose address at `index` is the most extreme by `beats`, and the most extreme of the
 * chains through another wrapper (another last address): enough to find, for any chain, the
 * extreme among chains not through its own wrapper, in one pass.
 */
function extremesByWrapper(chains: readonly (readonly number[])[], index: number, beats: (a: number, b: number) => boolean): (readonly number[])[] {
  let first: readonly number[] | undefined;
  let second: readonly number[] | undefined;
  for (const chain of chains) {
    if (first === undefined || beats(chain[index], first[index])) {
      if (first !== undefined && first[2] !== chain[2]) second = first;
      first = chain;
    } else if (chain[2] !== first[2] && (second === undefined || beats(chain[index], second[index]))) {
      second = chain;
    }
  }
  return [first, second].filter((c): c is readonly number[] => c !== undefined);
}

/** The lower of exactly two distinct addresses, else undefined. */
function lowerOfTwo(addresses: readonly number[]): number | undefined {
  let a: number | undefined;
  let b: number | undefined;
  for (const address of addresses) {
    if (a === undefined || address === a) a = address;
    else if (b === undefined || address === b) b = address;
    else return undefined;
  }
  return a !== undefined && b !== undefined ? Math.min(a, b) : undefined;
}
