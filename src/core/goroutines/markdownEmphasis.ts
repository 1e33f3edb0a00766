// A crash line a paste set in bold or italics (`**fatal error: concurrent map read and map write**`)
// is read behind its opening marker like any prefix; its closing marker is no part of the message.

// A lone `_` is left out: it joins words in names (`worker_panic: …_`).
const MARKERS = ['**', '__', '*'];

/** The message without the markdown marker that closes the one right before text[s]. */
export function withoutClosingEmphasis(text: string, s: number, message: string): string {
  for (const marker of MARKERS) {
    if (s >= marker.length && text.startsWith(marker, s - marker.length) && message.endsWith(marker) && message.length > marker.length) {
      return message.slice(0, -marker.length).trimEnd();
    }
  }
  return message;
}

/**
 * A method's pointer receiver whose `*` a markdown renderer took for emphasis and wrote back as
 * `_` (`cluster.(_ClusterConfiguration).Get`): no Go type is named `_…` inside those parentheses.
 */
export function withReceiverStarsRestored(name: string): string {
  return name.includes('.(_') ? name.replace(/\.\(_(?=[A-Za-z])/g, '.(*') : name;
}
