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
  const routines = await Promise.all(costs.routines.map(async r => {
    const { source, localPath } = await sourceOf(r.file);
    return sourceRoutineView(r, source, localPath);
  }));
  return { functionName, total: costs.total, routines };
}
