// journalctl shows its log through `less -S`, which chops every line at the terminal's width and
// shows no continuation: a paste of that screen holds lines cut at one width, the longest of the
// text, several of them. A line of that length that reads as no dump line was chopped there (a
// frame's `file:line` cut inside its path), not cut by the paste.

/** Shorter lines are no terminal's width. */
const MIN_WIDTH = 40;

export class PagerWidth {
  /** The longest line seen so far, in bytes (a terminal's columns, for the ASCII a dump is). */
  private longest = 0;
  /** How many lines had exactly that length. */
  private count = 0;
  /**
   * The line noted last was shorter than one before it, so no wrap at a fixed width broke it (such a
   * wrap breaks a line only where it is as long as the longest): a few hex digits under it are no
   * offset the wrap carried over. `previousShorterThanEarlier` says it of the line before that one.
   */
  lastShorterThanEarlier = false;
  previousShorterThanEarlier = false;

  /** Notes a line's length; returns whether it may have been chopped at a pager's width: the longest yet, and not the only one. */
  note(length: number): boolean {
    this.previousShorterThanEarlier = this.lastShorterThanEarlier;
    this.lastShorterThanEarlier = length < this.longest;
    if (length < MIN_WIDTH || length < this.longest) return false;
    if (length > this.longest) {
      this.longest = length;
      this.count = 1;
      return false;
    }
    this.count++;
    return true;
  }
}
