// The Source view's model: the worker's per-line costs of a function with the text of its
// files, read here (the workspace file system lives in the extension host). Each file is read
// once per request however many routines it holds.
import { sourceLinesOf, sourceRoutineView, type FunctionSource, type ListingCosts, type RoutineSource } from '../../core/report/sourceListing';

export type ReadSource = (file: string) => Promise<{ localPath: string; text: string } | { missing: string }>;

export async function functionSourceOf(functionName: string, costs: ListingCosts, read: ReadSource): Promise<FunctionSource> {
  const files = new Map<string, Promise<{ source: RoutineSource; localPath?: string }>>();
  const sourceOf = (file: string) => {
    let found = files.get(file);
    if (!found) {
      found = read(file).then(r => ('missing' in r ? { source: r } : { source: { lines: sourceLinesOf(r.text) }, localPath: r.localPath }));
      files.set(file, found);
    }
    return found;
  };
  // The files of the calls inlined into the function too: weblist shows each call's line.
  const calleeFiles = new Set(costs.routines.flatMap(r => r.lines.flatMap(l => l.inlined.map(c => c.file))));
  const readFiles = new Map<string, RoutineSource>();
  for (const file of new Set([...costs.routines.map(r => r.file), ...calleeFiles])) readFiles.set(file, (await sourceOf(file)).source);
  const sourceLine = (file: string, line: number): string | undefined => {
    const s = readFiles.get(file);
    return s && 'lines' in s ? s.lines[line - 1] : undefined;
  };
  const routines = await Promise.all(costs.routines.map(async r => {
    const { source, localPath } = await sourceOf(r.file);
    return sourceRoutineView(r, source, localPath, sourceLine);
  }));
  return { functionName, total: costs.total, routines };
}
