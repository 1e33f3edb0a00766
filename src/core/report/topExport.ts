// The top table as text to keep or paste: CSV (raw values in the profile's unit, for a
// spreadsheet) and Markdown (values formatted as the editor's table shows them, for an issue or a doc).
// Same rows, same order and same percentages as the editor's table (topRows): flat% and cum% of
// pprof's total, sum% the running sum of flat%.
import { formatTablePercent, formatTableValue } from '../../shared/tableFormat';
import type { TopTableData } from './profileTypes';
import { exportedText } from './exportedText';

export interface TopExportContext {
  /** The profile's unit of this sample type ("bytes", "nanoseconds", "count", …). */
  unit: string;
  /** pprof's 100% (with -diff_base: the base's total). */
  total: number;
  sampleType: string;
  /** The rows are profile − base (pprof -diff_base): signed changes, as the editor's table shows them. */
  diff?: boolean;
}

interface Row { name: string; file: string; line: number; flat: number; cum: number; flatPercent: string; sumPercent: string; cumPercent: string }

function rowsOf(top: TopTableData, total: number): Row[] {
  let sum = 0;
  return top.names.map((name, i) => {
    sum += top.flat[i];
    return {
      name, file: top.files[i], line: top.lines[i], flat: top.flat[i], cum: top.cum[i],
      flatPercent: formatTablePercent(top.flat[i], total), sumPercent: formatTablePercent(sum, total), cumPercent: formatTablePercent(top.cum[i], total),
    };
  });
}

// A cell a spreadsheet would run as a formula (a name from an untrusted profile) is quoted as text.
const FORMULA_START = /^[=+\-@\t\r]/;

// Hidden characters are marked in both formats (exportedText.ts): a name must not reorder the
// columns around it, nor look like another function's.
function csvCell(text: string): string {
  const visible = exportedText(text);
  const safe = FORMULA_START.test(visible) ? `'${visible}` : visible;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a header row; flat and cum raw in `unit`, percentages as the editor shows them. */
export function topRowsCsv(top: TopTableData, ctx: TopExportContext): string {
  const unit = csvCell(ctx.unit);
  const lines = [`flat (${unit}),flat%,sum%,cum (${unit}),cum%,function,file,line`];
  for (const r of rowsOf(top, ctx.total)) {
    lines.push([String(r.flat), r.flatPercent, r.sumPercent, String(r.cum), r.cumPercent, csvCell(r.name), csvCell(r.file), r.line ? String(r.line) : ''].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

// Everything Markdown could read as markup (a line break, which would end the row, is marked).
function markdownCell(text: string): string {
  return exportedText(text).replace(/[\\`*_[\]<>|#~!]/g, c => `\\${c}`);
}

/** A Markdown table (values formatted in their unit), headed by the sample type and total. */
export function topRowsMarkdown(top: TopTableData, ctx: TopExportContext, title?: string): string {
  const lines: string[] = [];
  const total = `${ctx.diff ? 'change since the base, % of the base\'s total' : 'total'} ${formatTableValue(ctx.total, ctx.unit)}`;
  if (title) lines.push(`**${markdownCell(title)}** · ${markdownCell(ctx.sampleType)}, ${total}`, '');
  if (ctx.diff) {
    // The editor's diff table: signed changes, no running sum.
    const signed = (x: number, text: string) => (x > 0 ? '+' : '') + text;
    lines.push('| flat Δ | flat Δ% | cum Δ | cum Δ% | function |', '| ---: | ---: | ---: | ---: | :--- |');
    for (const r of rowsOf(top, ctx.total)) {
      lines.push(`| ${signed(r.flat, formatTableValue(r.flat, ctx.unit))} | ${signed(r.flat, r.flatPercent)} | ${signed(r.cum, formatTableValue(r.cum, ctx.unit))} | ${signed(r.cum, r.cumPercent)} | ${markdownCell(r.name)} |`);
    }
    return lines.join('\n') + '\n';
  }
  lines.push('| flat | flat% | sum% | cum | cum% | function |', '| ---: | ---: | ---: | ---: | ---: | :--- |');
  for (const r of rowsOf(top, ctx.total)) {
    lines.push(`| ${formatTableValue(r.flat, ctx.unit)} | ${r.flatPercent} | ${r.sumPercent} | ${formatTableValue(r.cum, ctx.unit)} | ${r.cumPercent} | ${markdownCell(r.name)} |`);
  }
  return lines.join('\n') + '\n';
}
