// The incident as Markdown, for a GitHub issue or a postmortem: the sentences, the tables, the
// suspects' stacks with source lines, what was captured when. Every value from the files is escaped.
import { leakLabel } from './overTime';
import type { Incident } from './incidentModel';
import {
  capturedAt, framesLeftOutText, heapTopRows, memStatsRows, seriesValue, sourceExcerpts, stackWithCreator, suspectFacts, type IncidentReportOptions,
} from './reportParts';
import { formatBytes } from '../../format';
import { exportedSourceLine, exportedText } from '../exportedText';

/** Text shown as is in Markdown: no emphasis, links, HTML or table breaks from data; hidden characters (line breaks among them) marked (exportedText.ts). */
export function markdownText(text: string): string {
  return exportedText(text).replace(/[\\`*_[\]<>|#!~&]/g, ch => `\\${ch}`);
}

/** A fence longer than any backtick run of the text, so the text cannot close it. */
function fenced(text: string, info = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(r => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.map(markdownText).join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map(r => `| ${r.map(markdownText).join(' | ')} |`),
  ];
}

export function incidentMarkdown(incident: Incident, options: IncidentReportOptions = {}): string {
  const out: string[] = [`# ${markdownText(options.title ?? 'Incident')}`, ''];
  if (options.writtenAtMs !== undefined) out.push(`Written ${capturedAt(options.writtenAtMs)}.`, '');
  out.push('## Answer', '');
  incident.answer.forEach((sentence, i) => out.push(i === 0 ? `**${markdownText(sentence)}**` : markdownText(sentence), ''));

  if (incident.suspects.length > 0) {
    out.push('## Suspects', '');
    incident.suspects.forEach((s, i) => {
      out.push(`### ${i + 1}. ${markdownText(s.sentence)}`, '');
      out.push(...table(['fact', 'value'], suspectFacts(s)), '');
      if (s.heap && s.heap.allocatedIn.length > 0) {
        out.push('Where the joined heap was allocated:', '');
        out.push(...table(['allocated in', 'under', 'in use'], s.heap.allocatedIn.map(a => [a.func, a.under ?? '', formatBytes(a.value)])), '');
      }
      out.push('Stack (innermost first, creator last):', '');
      for (const [i, ex] of sourceExcerpts(stackWithCreator(s), options).entries()) {
        if (i === s.framesLeftOut?.at) out.push(`- ${markdownText(framesLeftOutText(s.framesLeftOut.count))}`);
        const where = ex.frame.file ? ` — ${markdownText(`${ex.frame.file}:${ex.frame.line}`)}` : '';
        out.push(`- ${markdownText(ex.frame.func)}${where}`);
        if (ex.lines.length > 0) {
          const code = ex.lines.map(l => `${l.current ? '>' : ' '}${String(l.line).padStart(5)}  ${exportedSourceLine(l.text)}`).join('\n');
          out.push('', fenced(code, 'go').split('\n').map(l => `  ${l}`).join('\n'), '');
        }
      }
      out.push('');
    });
  }

  out.push('## Memory', '', markdownText(incident.memory.explained), '');
  if (incident.memory.memStats) out.push(...table(['MemStats', 'value'], memStatsRows(incident.memory.memStats)), '');
  const top = heapTopRows(incident);
  if (top.length > 0) {
    out.push(`Heap profile top (inuse_space${incident.heapPath ? `, ${markdownText(incident.heapPath)}` : ''}):`, '');
    out.push(...table(['function', 'flat', 'flat%', 'cum', 'cum%'], top), '');
  }

  if (incident.overTime.length > 0) {
    out.push('## Over time', '');
    const points = incident.overTime[0].points;
    out.push(...table(['series', ...points.map(p => `${p.path}${p.capturedAtMs !== null ? ` (${capturedAt(p.capturedAtMs)})` : ''}`), 'leak'],
      incident.overTime.map(s => [`${s.kind}: ${s.name}`, ...s.points.map(p => seriesValue(s.kind, p.value)), s.leak ? leakLabel(s) : ''])), '');
  }

  out.push('## Captured', '');
  out.push(...table(['file', 'kind', 'what', 'captured at', 'used'], incident.files.map(f => [
    f.path, f.kind, f.detail ?? '', f.capturedAtMs !== undefined ? `${capturedAt(f.capturedAtMs)} (${f.capturedAtFrom ?? ''})` : '', f.used ? 'yes' : '',
  ])), '');
  if (incident.unread.length > 0) {
    out.push('Not read:', '', ...table(['file', 'reason'], incident.unread.map(u => [u.path, u.reason])), '');
  }
  return out.join('\n');
}
