// `goprof incident DIR [--json] [--markdown OUT] [--html OUT]`: the heap profile and the goroutine
// dump of a folder read together (core/report/incident), one answer, optionally written as a report.
import { lstatSync, readdirSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { readSourceFileSync } from '../node/sourceFile';
import * as nodePath from 'node:path';
import type { CliCommand, CliIo } from './command';
import { InputError, UsageError, flagString, parseArgs } from './args';
import {
  buildIncident, creatorPathText, FilesPastLimit, incidentHtml, leakLabel, incidentMarkdown, INCIDENT_FOLDER_LIMITS, mayBeCapture, searchFolder, unfollowedLink, type Incident, type IncidentInputFile,
  type UnreadFile,
} from '../core/report/incident';
import { nodeGunzip } from '../node/gunzip';
import { formatBytes, formatCount, withVisibleControls } from '../core/format';
import { readError } from './profileInput';
import { fileSystemPath } from '../node/argumentBytes';
import { decodeEscapingBytes } from '../core/byteEscapes';
import { ContentKeyedMap } from '../shared/contentKeyedMap';

export interface IncidentFolder {
  readonly files: IncidentInputFile[];
  /** Files seen but not read (too large, over the limits, unreadable): reported with the reason. */
  readonly unread: UnreadFile[];
}

/**
 * Reads the captures of a folder, recursively within INCIDENT_FOLDER_LIMITS; symbolic links inside
 * it are not followed (the folder named may be one: `latest` → the last capture's folder).
 */
export function readIncidentFolder(dir: string, limits: typeof INCIDENT_FOLDER_LIMITS = INCIDENT_FOLDER_LIMITS): IncidentFolder {
  let stat: Stats;
  try { stat = statSync(fileSystemPath(dir)); } catch (e) { throw readError(dir, e); }
  if (!stat.isDirectory()) throw new InputError(`${dir}: not a folder`);
  const files: IncidentInputFile[] = [];
  const unread: UnreadFile[] = [];
  const pastLimit = new FilesPastLimit(limits.maxFiles);
  let totalBytes = 0;
  let folders = 0;
  const walk = (abs: string, rel: string, depth: number) => {
    if (++folders > limits.maxFolders) {
      if (folders === limits.maxFolders + 1) unread.push({ path: rel || '.', reason: `not searched, nor any folder after it: the first ${limits.maxFolders} folders are searched` });
      return;
    }
    let names: string[];
    // Names as bytes: one that is not UTF-8 keeps its byte (as U+DCxx), so the file opens and is named as it is.
    try { names = readdirSync(fileSystemPath(abs), { encoding: 'buffer' }).map(decodeEscapingBytes).sort(); } catch (e) { unread.push({ path: rel || '.', reason: readError(abs, e).message }); return; }
    for (const name of names) {
      const childAbs = nodePath.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      let s: Stats;
      try { s = lstatSync(fileSystemPath(childAbs)); } catch { continue; }
      if (s.isSymbolicLink()) {
        let toFolder = false;
        // The target looked at only to say which it is; a broken link or a loop throws.
        try { toFolder = statSync(fileSystemPath(childAbs)).isDirectory(); } catch { /* said as a link to a file */ }
        const unfollowed = unfollowedLink(childRel, toFolder);
        if (unfollowed) unread.push(unfollowed);
        continue;
      }
      if (s.isDirectory()) {
        if (depth < limits.maxDepth && searchFolder(name)) walk(childAbs, childRel, depth + 1);
        continue;
      }
      if (!s.isFile() || !mayBeCapture(childRel)) continue;
      if (files.length >= limits.maxFiles) { pastLimit.add(childRel); continue; }
      if (s.size > limits.maxFileBytes) { unread.push({ path: childRel, reason: `larger than ${formatBytes(limits.maxFileBytes)} (${formatBytes(s.size)})` }); continue; }
      if (totalBytes + s.size > limits.maxTotalBytes) { unread.push({ path: childRel, reason: `not read: the folder's captures pass ${formatBytes(limits.maxTotalBytes)}` }); continue; }
      try {
        files.push({ path: childRel, bytes: readFileSync(fileSystemPath(childAbs)), mtimeMs: s.mtimeMs });
        totalBytes += s.size;
      } catch (e) {
        unread.push({ path: childRel, reason: readError(childRel, e).message });
      }
    }
  };
  walk(dir, '', 0);
  return { files, unread: [...unread, ...pastLimit.entries()] };
}

/** The incident of a folder: what the CLI prints, and what tests compare with. */
export function incidentOfFolder(dir: string): Incident {
  const folder = readIncidentFolder(dir);
  const incident = buildIncident(folder.files, { gunzip: nodeGunzip });
  if (folder.unread.length === 0) return incident;
  const unread = [...incident.unread, ...folder.unread].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ...incident, unread };
}

async function incidentCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv, ['markdown', 'html'], ['json']);
  if (args.positional.length !== 1) throw new UsageError('incident takes exactly one DIR');
  const dir = args.positional[0];
  const incident = incidentOfFolder(dir);
  const title = `Incident: ${nodePath.basename(nodePath.resolve(dir))}`;
  const sourceLines = sourceLinesFrom(dir);
  const markdownOut = flagString(args, 'markdown');
  const htmlOut = flagString(args, 'html');
  if (markdownOut !== undefined) writeReport(markdownOut, incidentMarkdown(incident, { title, sourceLines }));
  if (htmlOut !== undefined) writeReport(htmlOut, incidentHtml(incident, { title, sourceLines }));
  if (args.flags.has('json')) {
    io.out(JSON.stringify(incident, null, 2) + '\n');
    return;
  }
  io.out(withVisibleControls(incidentText(incident)));
}

function writeReport(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new InputError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/**
 * Source text for the report's stacks: a frame's file as printed (a -trimpath path such as
 * `k8s.io/kubernetes/vendor/...`) is looked for under the folder by its trailing path elements.
 */
function sourceLinesFrom(dir: string): (file: string) => string | undefined {
  const cache = new ContentKeyedMap<string | undefined>();
  return (file: string) => {
    if (cache.has(file)) return cache.get(file);
    let text: string | undefined;
    const parts = file.replace(/\\/g, '/').split('/').filter(p => p !== '' && p !== '..');
    for (let i = 0; i < parts.length && text === undefined; i++) {
      const candidate = nodePath.join(dir, ...parts.slice(i));
      try {
        if (lstatSync(candidate).isFile()) text = readSourceFileSync(candidate);
      } catch { /* not under this suffix */ }
    }
    // The path comes from the dump: it may be a device or FIFO (never ending, or blocking).
    if (text === undefined && nodePath.isAbsolute(file)) {
      try { text = readSourceFileSync(file); } catch { /* not on this machine, or no file to read */ }
    }
    cache.set(file, text);
    return text;
  };
}

function incidentText(incident: Incident): string {
  const out: string[] = [...incident.answer, ''];
  if (incident.suspects.length > 0) {
    out.push('Suspects:');
    incident.suspects.forEach((s, i) => {
      out.push(`${i + 1}. ${s.sentence}`);
      const creatorPath = creatorPathText(s.creatorPath ?? null);
      if (creatorPath) out.push(`   created on: ${creatorPath}`);
      const heap = s.heap;
      if (heap) {
        out.push(`   heap (${heap.sampleType}): ${formatBytes(heap.value)} (${(heap.fraction * 100).toFixed(2)}%) via ${heap.functions.join(', ')}`);
        for (const a of heap.allocatedIn) out.push(`     ${formatBytes(a.value)}  ${a.func}${a.under ? ` (under ${a.under})` : ''}`);
      } else if (s.notJoined) {
        out.push(`   heap: not joined (${s.notJoined})`);
      }
      if (s.allocs) out.push(`   allocations (${s.allocs.sampleType}): ${formatBytes(s.allocs.value)} (${(s.allocs.fraction * 100).toFixed(2)}%)`);
      out.push(`   stacks: ${formatBytes(s.stackBytes)}${s.stackBytesBasis === 'minimum' ? ' at least' : ' (share of StackInuse)'}`);
    });
    out.push('');
  }
  out.push(`Memory: ${incident.memory.explained}`, '');
  const leaks = incident.overTime.filter(s => s.leak);
  if (incident.overTime.length > 0) {
    out.push(`Over time (${incident.overTime[0].points.length} captures${leaks.length ? `, ${leaks.length} flagged: ${leakLabel(leaks[0])}` : ''}):`);
    for (const s of incident.overTime) {
      const values = s.points.map(p => (s.kind === 'heap' ? formatBytes(p.value) : formatCount(p.value))).join(' → ');
      out.push(`  ${s.leak ? 'LEAK ' : ''}${s.kind === 'heap' ? 'heap' : 'goroutines'} ${s.name}: ${values}`);
    }
    out.push('');
  }
  out.push('Files:');
  for (const f of incident.files) {
    const when = f.capturedAtMs !== undefined ? ` ${new Date(f.capturedAtMs).toISOString()} (${f.capturedAtFrom})` : '';
    out.push(`  ${f.used ? '*' : ' '} ${f.path}: ${f.kind}${f.detail ? `, ${f.detail}` : ''}${when}`);
  }
  for (const u of incident.unread) out.push(`  ! ${u.path}: ${u.reason}`);
  return out.join('\n') + '\n';
}

export const incident: CliCommand = {
  name: 'incident',
  usage: 'DIR [--json] [--markdown OUT.md] [--html OUT.html]',
  summary: 'the heap profile and goroutine dump of a folder read together: who holds the memory, since when',
  details: '  --json           the incident model (files, unread, answer, suspects, memory, overTime)\n' +
    '  --markdown FILE  also write the report as Markdown\n' +
    '  --html FILE      also write the report as one self-contained HTML file\n',
  run: incidentCommand,
};
