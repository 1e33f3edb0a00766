// Figures of a pprof profile for one sample type: flat/cum per function and cum per line.
import { formatPercent, formatValue } from '../format';
import { computeTop, createStackView, lineHeat, type Profile, type ViewOptions } from '../pprof';
import { parseProfileFunctionName, withoutVendorPrefix } from '../sources';
import type { FigureData, FunctionFigureData, LineFigureData } from './figureData';

/** Functions and lines below this share of the total get no lens or heat: noise, not signal. */
const minFraction = 0.0005;

export function profileFigures(profile: Profile, fileName: string, options: Omit<ViewOptions, 'granularity' | 'tagRoot'> = {}): FigureData {
  const top = computeTop(createStackView(profile, { ...options, granularity: 'functions' }));
  const type = top.sampleType.type;
  const unit = top.sampleType.unit;
  const total = top.total;
  const functions: FunctionFigureData[] = [];
  for (const row of top.rows) {
    if (total === 0 || Math.abs(row.cum) / total < minFraction) continue;
    const parsed = parseProfileFunctionName(row.func);
    if (!parsed) continue;
    functions.push({
      name: row.func,
      packagePath: withoutVendorPrefix(parsed.packagePath),
      title: `${type} ${formatValue(row.cum, unit)} (${formatPercent(row.cum, total)}) cum · ${formatValue(row.flat, unit)} flat`,
      detail: `${row.func}\n${type}: cum ${formatValue(row.cum, unit)} (${formatPercent(row.cum, total)}), flat ${formatValue(row.flat, unit)} (${formatPercent(row.flat, total)}) of ${formatValue(total, unit)}`,
      weight: Math.abs(row.cum),
    });
  }
  const lines: LineFigureData[] = [];
  for (const [file, heats] of lineHeat(profile, options)) {
    for (const h of heats) {
      if (total === 0 || Math.abs(h.cum) / total < minFraction) continue;
      lines.push({
        file, line: h.line, fraction: Math.abs(h.cum) / total,
        text: `${formatValue(h.cum, unit)} (${formatPercent(h.cum, total)})`,
        detail: `${type} at ${h.func}: cum ${formatValue(h.cum, unit)} (${formatPercent(h.cum, total)}), flat ${formatValue(h.flat, unit)}`,
      });
    }
  }
  return { kind: 'profile', label: `${fileName} · ${type}`, functions, lines };
}
