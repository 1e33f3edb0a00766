// Wraps plain FigureData (computed in the worker) into the registry's FigureSource.
import type { FigureData } from '../../core/figures';
import type { FigureSource, FunctionFigure, LineFigure } from './figureRegistry';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

export function figureSourceOf(id: string, data: FigureData, reveal: (functionName: string) => Promise<void>): FigureSource {
  const byPackage = new ContentKeyedMap<FunctionFigure[]>();
  for (const f of data.functions) {
    const list = byPackage.get(f.packagePath) ?? [];
    list.push({ name: f.name, title: f.title, detail: f.detail, weight: f.weight });
    byPackage.set(f.packagePath, list);
  }
  const byFile = new ContentKeyedMap<Map<number, LineFigure>>();
  for (const l of data.lines) {
    const lines = byFile.get(l.file) ?? new Map<number, LineFigure>();
    lines.set(l.line, { fraction: l.fraction, text: l.text, detail: l.detail });
    byFile.set(l.file, lines);
  }
  return {
    id, kind: data.kind, label: data.label,
    functionsByPackage: () => byPackage,
    linesByFile: () => byFile,
    reveal,
  };
}
