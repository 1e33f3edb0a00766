// Last resort: a workspace file with the same base name, scored by how many trailing path
// segments it shares with the profile path. Ties at the best score are reported, not guessed.
import { commonSuffixSegments, pathSegments, type PathStyle } from './paths';

export interface SuffixMatch {
  /** Best-scoring files (more than one means ambiguous), sorted. */
  best: string[];
  /** Trailing segments they share with the profile path. */
  score: number;
}

export function bestSuffixMatches(profileSegments: readonly string[], files: readonly string[], minSegments: number, style: PathStyle): SuffixMatch {
  const needed = Math.max(1, Math.min(minSegments, profileSegments.length));
  let best: string[] = [];
  let score = 0;
  for (const file of new Set(files)) {
    const n = commonSuffixSegments([...profileSegments], pathSegments(file), style);
    if (n < needed || n < score) continue;
    if (n > score) { score = n; best = []; }
    best.push(file);
  }
  return { best: best.sort(), score };
}
