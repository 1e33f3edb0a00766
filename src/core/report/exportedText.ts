// How a file the editor or goprof exports writes text from a profile or dump (a name, a path, a
// label, a crash line): the one place that decides it, per kind of output.
// - What a person reads or a program renders: CSV (a spreadsheet applies a bidi control and hides
//   a zero-width one), Markdown, SVG, DOT (Graphviz renders it), the incident report's HTML and
//   Markdown (stacks pasted into an issue among them): each hidden character as the editor shows
//   it, `⟨U+202E⟩`, a byte that was not UTF-8 as `⟨\xE9⟩` (shared/visibleText.ts). Such a file is
//   read, not searched for the exact bytes, and a mark keeps what U+FFFD would lose (which byte,
//   which control). A source line keeps its tabs.
// - The CLI's pprof text on a terminal: core/format.ts `withVisibleControls`, the controls a
//   terminal acts on as U+FFFD and the rest as pprof prints them, so the text stays pprof's.
// - `--json` and `.pb.gz`: the exact text, for programs.
import { visibleLine, visibleText } from '../../shared/visibleText';

/** A value from a file (name, path, label, sentence quoting one) as an export a person reads writes it. */
export function exportedText(text: string): string {
  return visibleText(text);
}

/** A line of source as an export writes it: like exportedText, tabs kept. */
export function exportedSourceLine(line: string): string {
  return visibleLine(line);
}

const MARK_OPEN = '⟨';

/**
 * The first `chars` characters of an exported text, then `…`, never inside a mark (a `⟨` of the
 * text itself is marked, so every `⟨` opens one): a label that must fit its box.
 */
export function cutExportedText(shown: string, chars: number): string {
  if (shown.length <= chars) return shown;
  let cut = shown.slice(0, Math.max(0, chars - 1));
  const open = cut.lastIndexOf(MARK_OPEN);
  if (open >= 0 && !cut.includes('⟩', open)) cut = cut.slice(0, open);
  return `${cut}…`;
}

/**
 * `text` as an export writes it in a box of `chars` characters: marked, then cut (`cutExportedText`).
 * Marks only lengthen a text, so no more than its first `chars` + 1 characters are looked at (one
 * past the box, so that a surrogate pair at its edge stays whole): a 96 MB name is not scanned per frame.
 */
export function exportedLabel(text: string, chars: number): string {
  return cutExportedText(exportedText(text.length > chars + 1 ? text.slice(0, chars + 1) : text), chars);
}

