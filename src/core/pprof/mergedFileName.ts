// The file name a merge of profiles is saved as: its own module, so the editor names a merge
// without loading the merge itself (the worker runs that).

const PROFILE_EXTENSION = /\.(pb\.gz|pprof\.gz|pprof|prof|pb|gz|txt)$/i;

/**
 * The file a merge is saved as, saying what it holds: `merged-heap+allocs-20261205T170102Z.pb.gz`
 * (each name's stem, at most three of them, the rest counted; `time` as a capture's file is named).
 */
export function mergedFileName(names: readonly string[], time: string): string {
  const stems = names.map(n => (n.slice(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1).replace(PROFILE_EXTENSION, '').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 40) || 'profile'));
  const shown = stems.length > 3 ? [...stems.slice(0, 3), `${stems.length - 3}more`] : stems;
  return `merged-${shown.join('+')}-${time}.pb.gz`;
}
