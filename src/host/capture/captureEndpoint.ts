// What every capture command asks and sends alike: the base URL prompt (remembered per workspace),
// the folder captures are saved under, and the credentials stored for an origin (bearer token,
// client certificate, the TLS settings).
import * as vscode from 'vscode';
import { CaptureError, normalizeBaseUrl } from '../../core/capture';
import { captureFolderSetting, isAbsoluteFolder } from '../../core/capture/folder';
import type { TlsOptions } from '../../node/httpFetch';
import type { CaptureCredentials } from './credentials';

export const BASE_URL_KEY = 'goProfileExplorer.capture.baseUrl';
export const DEFAULT_BASE_URL = 'http://127.0.0.1:6060/debug/pprof/';

export function lastBaseUrl(context: vscode.ExtensionContext): string {
  return context.workspaceState.get<string>(BASE_URL_KEY) ?? DEFAULT_BASE_URL;
}

/** Asks for the base URL (the last one offered), normalised and remembered; undefined when dismissed. */
export async function promptBaseUrl(context: vscode.ExtensionContext, title: string): Promise<string | undefined> {
  const typed = await vscode.window.showInputBox({
    title,
    prompt: 'Base URL of a Go /debug/pprof/ endpoint (kubectl port-forward and kubectl proxy URLs work too)',
    value: lastBaseUrl(context),
    ignoreFocusOut: true,
    validateInput: v => { const r = normalizeBaseUrl(v); return 'error' in r ? r.error : undefined; },
  });
  if (typed === undefined) return undefined;
  const base = normalizeBaseUrl(typed);
  if ('error' in base) return undefined;
  await context.workspaceState.update(BASE_URL_KEY, base.url);
  return base.url;
}

/** The folder captures go to: goProfileExplorer.capture.folder, in the first workspace folder, else the extension's storage. */
export function captureFolder(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): vscode.Uri {
  const setting = captureFolderSetting(vscode.workspace.getConfiguration('goProfileExplorer.capture').inspect<string>('folder'));
  if (setting.ignored) log.warn(`goProfileExplorer.capture.folder "${setting.ignored}" from the workspace settings leaves the workspace: ignored (an absolute folder belongs in the user settings)`);
  if (isAbsoluteFolder(setting.folder)) return vscode.Uri.file(setting.folder);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) return vscode.Uri.joinPath(folder.uri, ...setting.folder.split(/[\\/]+/).filter(Boolean));
  return vscode.Uri.joinPath(context.globalStorageUri, 'captures');
}

/** A PEM file is a few KB: a file past this is not one. */
const MAX_CREDENTIAL_FILE_BYTES = 1024 * 1024;

/**
 * The text of a certificate or key file, read only when it is a regular file of at most 1 MiB:
 * a setting naming /dev/zero or a FIFO would be read by the extension host until it ran out of memory.
 */
export async function readCredentialFile(uri: vscode.Uri): Promise<string> {
  const { type, size } = await vscode.workspace.fs.stat(uri);
  if (!(type & vscode.FileType.File)) throw new Error(type & vscode.FileType.Directory ? 'it is a folder' : 'it is not a regular file');
  if (size > MAX_CREDENTIAL_FILE_BYTES) throw new Error(`it is larger than the 1 MiB a certificate or key file is read up to (${size} bytes)`);
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The TLS options for an https origin: the CA setting, the stored client certificate, verification. */
export async function tlsOptionsFor(credentials: CaptureCredentials, origin: string): Promise<TlsOptions | undefined> {
  if (!origin.startsWith('https:')) return undefined;
  const cfg = vscode.workspace.getConfiguration('goProfileExplorer.capture.tls');
  const caFile = cfg.get<string>('caFile', '').trim();
  let ca: string[] | undefined;
  if (caFile) {
    try {
      // Loaded here, not with the extension: Node's tls module costs its activation tens of ms, for a setting few use.
      const { rootCertificates } = await import('tls');
      ca = [...rootCertificates, await readCredentialFile(vscode.Uri.file(caFile))];
    } catch (e) {
      throw new CaptureError(`Cannot read goProfileExplorer.capture.tls.caFile (${caFile}): ${e instanceof Error ? e.message : String(e)}`, 'input');
    }
  }
  const cert = await credentials.clientCertificate(origin);
  return { ca, cert: cert?.cert, key: cert?.key, rejectUnauthorized: !cfg.get<boolean>('insecureSkipVerify', false) };
}

/** The headers of a capture request: the bearer token stored for the origin, if any (never logged). */
export async function requestHeadersFor(credentials: CaptureCredentials, origin: string): Promise<Record<string, string>> {
  const headers: Record<string, string> = { 'User-Agent': 'go-profile-explorer', Accept: '*/*' };
  const token = await credentials.token(origin);
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

/**
 * A command handler whose errors are shown when called from the palette, and thrown to a scripted
 * caller (one that passes an argument object `isScripted` recognises).
 */
export function showErrorsUnlessScripted<T>(isScripted: (args: unknown) => boolean, fn: (args: unknown) => Promise<T> | T): (args: unknown) => Promise<T | undefined> {
  return async (args: unknown) => {
    try {
      return await fn(args);
    } catch (e) {
      if (isScripted(args)) throw e;
      void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
      return undefined;
    }
  };
}
