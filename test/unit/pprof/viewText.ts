// Comparing a goprof text report with pprof's, shared by the view golden tests and the option
// sweep (scripts/sweep-options.ts).

/**
 * pprof orders a node's edges by |weight| with a comparator that calls a gain and an equal
 * loss neither less nor greater, so their order follows Go's map iteration (random): runs of
 * edge lines with the same |weight| are compared as sets.
 */
export function canonicalEdgeOrder(text: string): string {
  const lines = text.split('\n');
  const edge = /^\s+-?(\S+) +\S+% \| {3}/;
  for (let i = 0; i < lines.length;) {
    const m = edge.exec(lines[i]);
    if (!m) { i++; continue; }
    let j = i + 1;
    while (j < lines.length && edge.exec(lines[j])?.[1] === m[1]) j++;
    const run = lines.slice(i, j).sort();
    lines.splice(i, j - i, ...run);
    i = j;
  }
  return lines.join('\n');
}

/** The first line where two texts differ, for a readable failure. */
export function firstDifference(ours: string, theirs: string): string {
  const a = ours.split('\n'), b = theirs.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  ours:  ${JSON.stringify(a[i])}\n  pprof: ${JSON.stringify(b[i])}`;
  }
  return 'equal';
}

/** A -list text without its source lines and its error for a missing file. */
export function routinesOf(listing: string): string[] {
  return listing.split('\n').filter(l => /^(Total:|ROUTINE =+ |No source information for |\s+\S+\s+\S+ \(flat, cum\))/.test(l));
}
