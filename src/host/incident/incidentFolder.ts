// What "Open incident…" reads from a folder: the files the core calls possible captures, in its
// subfolders too (hidden, vendor and dependency folders excepted), in the order `goprof incident`
// reads them and within the same limits, so the view and the CLI answer alike. Binaries that are
// not profiles (an executable, a core file) are left out unread; so is what passes a limit. Every
// file left out is listed with the reason.
import * as vscode from 'vscode';
import { FilesPastLimit, INCIDENT_FOLDER_LIMITS, mayBeCapture, searchFolder, unfollowedLink } from '../../core/report/incident/captureKinds';
import type { UnreadFile } from '../../core/report/incident/incidentModel';
import { formatBytes } from '../../core/format';
import type { IncidentFolderFile } from '../worker/jobs/incident';
import { hostPlatform } from '../platform/hostPlatform';

export interface IncidentFolderLimits {
  /** A file larger than this is left out (bytes). */
  readonly maxFileBytes: number;
  /** Files read at most (the first, in name order). */
  readonly maxFiles: number;
  /** All files together at most (bytes). */
  readonly maxTotalBytes: number;
  /** Subfolder levels searched. */
  readonly maxDepth: number;
  /** Folders listed at most: a workspace may be far larger than an incident. */
  readonly maxFolders: number;
}

const MiB = 1024 * 1024;

export function incidentFolderLimits(): IncidentFolderLimits {
  const c = vscode.workspace.getConfiguration('goProfileExplorer.incident');
  const positive = (key: string, fallback: number): number => {
    const v = c.get<number>(key);
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
  };
  // The defaults are the CLI's, so the view and `goprof incident` read the same files.
  return {
    maxFileBytes: positive('maxFileMiB', INCIDENT_FOLDER_LIMITS.maxFileBytes / MiB) * MiB,
    maxFiles: Math.floor(positive('maxFiles', INCIDENT_FOLDER_LIMITS.maxFiles)),
    maxTotalBytes: positive('maxTotalMiB', INCIDENT_FOLDER_LIMITS.maxTotalBytes / MiB) * MiB,
    maxDepth: INCIDENT_FOLDER_LIMITS.maxDepth,
    maxFolders: INCIDENT_FOLDER_LIMITS.maxFolders,
  };
}

/** Magic numbers of binaries that are not profiles (gzip and profile.proto are left to the core). */
const BINARY_MAGICS: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an ELF executable or core file' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a Mach-O executable' },
  { bytes: [0x4d, 0x5a, 0x90, 0x00], what: 'a Windows executable' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive' },
];

export function binaryKindOf(head: Uint8Array): string | undefined {
  return BINARY_MAGICS.find(m => m.bytes.every((b, i) => head[i] === b))?.what;
}

export interface GatheredFolder {
  readonly files: IncidentFolderFile[];
  /** Files seen but not handed to the core, with the reason. */
  readonly unread: UnreadFile[];
}

/**
 * Lists the folder and decides which files the worker reads. Local files are read by the worker
 * itself (their bytes never pass through the host); other schemes are read here.
 */
export async function gatherIncidentFolder(folder: vscode.Uri, limits: IncidentFolderLimits): Promise<GatheredFolder> {
  const files: IncidentFolderFile[] = [];
  const unread: UnreadFile[] = [];
  const pastLimit = new FilesPastLimit(limits.maxFiles, ' (setting goProfileExplorer.incident.maxFiles)');
  let total = 0;
  let folders = 0;
  const walk = async (dir: vscode.Uri, rel: string, depth: number): Promise<void> => {
    if (++folders > limits.maxFolders) {
      if (folders === limits.maxFolders + 1) unread.push({ path: rel || '.', reason: `not searched, nor any folder after it: the first ${limits.maxFolders} folders are searched` });
      return;
    }
    let entries: [string, vscode.FileType][];
    try { entries = await vscode.workspace.fs.readDirectory(dir); } catch (e) {
      unread.push({ path: rel || '.', reason: e instanceof Error ? e.message : String(e) });
      return;
    }
    for (const [name, type] of entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const childRel = rel ? `${rel}/${name}` : name;
      const uri = vscode.Uri.joinPath(dir, name);
      // Symbolic links are not followed, into folders or files, but listed: as the CLI.
      if (type & vscode.FileType.SymbolicLink) {
        const unfollowed = unfollowedLink(childRel, (type & vscode.FileType.Directory) !== 0);
        if (unfollowed) unread.push(unfollowed);
        continue;
      }
      if (type & vscode.FileType.Directory) {
        if (depth < limits.maxDepth && searchFolder(name)) await walk(uri, childRel, depth + 1);
        continue;
      }
      if (!(type & vscode.FileType.File) || !mayBeCapture(childRel)) continue;
      if (files.length >= limits.maxFiles) { pastLimit.add(childRel); continue; }
      let stat: vscode.FileStat;
      try { stat = await vscode.workspace.fs.stat(uri); } catch (e) { unread.push({ path: childRel, reason: e instanceof Error ? e.message : String(e) }); continue; }
      if (stat.size > limits.maxFileBytes) {
        unread.push({ path: childRel, reason: `larger than ${formatBytes(limits.maxFileBytes)} (${formatBytes(stat.size)}; setting goProfileExplorer.incident.maxFileMiB)` });
        continue;
      }
      if (total + stat.size > limits.maxTotalBytes) {
        unread.push({ path: childRel, reason: `not read: the folder's captures pass ${formatBytes(limits.maxTotalBytes)} (setting goProfileExplorer.incident.maxTotalMiB)` });
        continue;
      }
      const binary = binaryKindOf((await hostPlatform().readHead(uri, 8).catch(() => undefined)) ?? new Uint8Array());
      if (binary) { unread.push({ path: childRel, reason: `${binary}, not a profile or a goroutine dump` }); continue; }
      const data = await hostPlatform().workerInput(uri);
      files.push({ path: childRel, mtimeMs: stat.mtime, data });
      total += stat.size;
    }
  };
  await walk(folder, '', 0);
  return { files, unread: [...unread, ...pastLimit.entries()] };
}
