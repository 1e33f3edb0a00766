// "Go Profile: Capture from URL…": fetch a profile or goroutine dump from a live
// /debug/pprof/ endpoint, save it under the workspace and open it in the right view.
// The thin VS Code part; URL building, naming and answer checks live in src/core/capture.
import * as vscode from 'vscode';
import {
  CAPTURE_KINDS, CaptureError, DEFAULT_CPU_SECONDS, buildCaptureUrl, captureFileName, captureTimeoutMs, classifyAnswer,
  findCaptureKind, normalizeBaseUrl, originOf, parseSeconds, type CaptureKind,
} from '../../core/capture';
import { CaptureCredentials } from './credentials';
import { BASE_URL_KEY, captureFolder, lastBaseUrl, promptBaseUrl, readCredentialFile, requestHeadersFor, showErrorsUnlessScripted, tlsOptionsFor } from './captureEndpoint';
import type { TlsOptions } from '../../node/httpFetch';
import { analysisLimits } from '../worker/analysisLimits';
import type { CaptureThread } from './captureThread';

export const CAPTURE_COMMAND = 'goProfileExplorer.captureFromUrl';
export const SET_TOKEN_COMMAND = 'goProfileExplorer.captureSetBearerToken';
export const SET_CLIENT_CERT_COMMAND = 'goProfileExplorer.captureSetClientCertificate';
export const CLEAR_CREDENTIALS_COMMAND = 'goProfileExplorer.captureClearCredentials';
const GROUP_GOROUTINES_COMMAND = 'goProfileExplorer.groupGoroutines';
const PROFILE_VIEW_TYPE = 'goProfileExplorer.profile';
const SECONDS_KEY = 'goProfileExplorer.capture.cpuSeconds';
const MAX_BYTES = 512 * 1024 * 1024;

/** The argument that makes the command scriptable: no prompts, returns the saved Uri or throws. */
export interface CaptureArgs {
  baseUrl: string;
  kind: string;
  seconds?: number;
}

function isCaptureArgs(v: unknown): v is CaptureArgs {
  return typeof v === 'object' && v !== null && typeof (v as CaptureArgs).baseUrl === 'string' && typeof (v as CaptureArgs).kind === 'string';
}

interface CaptureRequest {
  baseUrl: string;
  kind: CaptureKind;
  seconds?: number;
}

class CaptureController {
  private readonly credentials: CaptureCredentials;

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel, private readonly captures: CaptureThread) {
    this.credentials = new CaptureCredentials(context.secrets);
  }

  private lastBaseUrl(): string {
    return lastBaseUrl(this.context);
  }

  /** Palette: prompts; scripted: validates `args`. Returns the saved file. */
  async run(args: unknown): Promise<vscode.Uri | undefined> {
    if (isCaptureArgs(args)) return this.capture(this.requestFromArgs(args));
    const request = await this.prompt();
    if (!request) return undefined;
    try {
      return await this.capture(request);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (e instanceof CaptureError && e.kind === 'cancelled') { this.log.info('capture cancelled'); return undefined; }
      const choice = await vscode.window.showErrorMessage(message, 'Retry', 'Show Log');
      if (choice === 'Retry') return this.capture(request).catch(async (e2: unknown) => { void vscode.window.showErrorMessage(e2 instanceof Error ? e2.message : String(e2)); return undefined; });
      if (choice === 'Show Log') this.log.show(true);
      return undefined;
    }
  }

  private requestFromArgs(args: CaptureArgs): CaptureRequest {
    const base = normalizeBaseUrl(args.baseUrl);
    if ('error' in base) throw new CaptureError(base.error, 'input');
    const kind = findCaptureKind(args.kind);
    if (!kind) throw new CaptureError(`Unknown profile kind "${args.kind}". Known: ${CAPTURE_KINDS.map(k => k.id).join(', ')}.`, 'input');
    if (kind.refused) throw new CaptureError(kind.refused.replace('<base>', base.url), 'refused');
    let seconds: number | undefined;
    if (kind.needsSeconds) {
      const parsed = parseSeconds(args.seconds ?? DEFAULT_CPU_SECONDS);
      if ('error' in parsed) throw new CaptureError(parsed.error, 'input');
      seconds = parsed.seconds;
    }
    return { baseUrl: base.url, kind, seconds };
  }

  private async prompt(): Promise<CaptureRequest | undefined> {
    const baseUrl = await promptBaseUrl(this.context, 'Capture from URL (1/2)');
    if (baseUrl === undefined) return undefined;
    const base = { url: baseUrl };

    const picked = await vscode.window.showQuickPick(
      CAPTURE_KINDS.map(k => ({ label: k.label, description: k.description, captureKind: k })),
      { title: `Capture from ${base.url} (2/2)`, placeHolder: 'Which profile?', ignoreFocusOut: true },
    );
    if (!picked) return undefined;
    const kind = picked.captureKind;
    if (kind.refused) { void vscode.window.showErrorMessage(kind.refused.replace('<base>', base.url)); return undefined; }
    let seconds: number | undefined;
    if (kind.needsSeconds) {
      const answer = await vscode.window.showInputBox({
        title: 'CPU profile duration',
        prompt: 'Seconds to sample CPU (the process keeps running; the answer comes after this time)',
        value: String(this.context.workspaceState.get<number>(SECONDS_KEY) ?? DEFAULT_CPU_SECONDS),
        ignoreFocusOut: true,
        validateInput: v => { const r = parseSeconds(v); return 'error' in r ? r.error : undefined; },
      });
      if (answer === undefined) return undefined;
      const parsed = parseSeconds(answer);
      if ('error' in parsed) return undefined;
      seconds = parsed.seconds;
      await this.context.workspaceState.update(SECONDS_KEY, seconds);
    }
    return { baseUrl: base.url, kind, seconds };
  }

  private async capture(request: CaptureRequest): Promise<vscode.Uri> {
    const { baseUrl, kind, seconds } = request;
    await this.context.workspaceState.update(BASE_URL_KEY, baseUrl);
    const url = buildCaptureUrl(baseUrl, kind, seconds);
    const origin = originOf(url);
    const timeoutSeconds = vscode.workspace.getConfiguration('goProfileExplorer.capture').get<number>('timeoutSeconds', 30);
    const timeoutMs = captureTimeoutMs(timeoutSeconds, kind, seconds);
    const headers = await requestHeadersFor(this.credentials, origin);
    const tlsOptions = await tlsOptionsFor(this.credentials, origin);
    this.log.info(`GET ${url} (timeout ${timeoutMs / 1000} s${headers.Authorization ? ', bearer token' : ''}${tlsOptions?.cert ? ', client certificate' : ''})`);

    const started = new Date();
    // A local capture folder gets the answer as it arrives; elsewhere (a virtual workspace) it is saved at the end.
    const folder = this.captureFolder();
    await vscode.workspace.fs.createDirectory(folder);
    const partialPath = folder.scheme === 'file' ? vscode.Uri.joinPath(folder, `.capture-${started.getTime()}-${process.pid}.partial`).fsPath : undefined;
    try {
      return await this.fetchAndSave(request, url, { headers, timeoutMs, tlsOptions, started, partialPath });
    } finally {
      if (partialPath) await vscode.workspace.fs.delete(vscode.Uri.file(partialPath)).then(undefined, () => undefined);
    }
  }

  private async fetchAndSave(
    request: CaptureRequest, url: string,
    o: { headers: Record<string, string>; timeoutMs: number; tlsOptions: TlsOptions | undefined; started: Date; partialPath: string | undefined },
  ): Promise<vscode.Uri> {
    const { baseUrl, kind, seconds } = request;
    const { headers, timeoutMs, tlsOptions, started, partialPath } = o;
    const answer = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Capturing ${kind.label} from ${new URL(url).host}`, cancellable: true },
      async (progress, cancel) => {
        const controller = new AbortController();
        const sub = cancel.onCancellationRequested(() => controller.abort());
        let ticker: NodeJS.Timeout | undefined;
        if (kind.needsSeconds && seconds) {
          let elapsed = 0;
          progress.report({ message: `sampling CPU for ${seconds} s…` });
          ticker = setInterval(() => {
            elapsed++;
            progress.report({ increment: 100 / seconds, message: elapsed < seconds ? `sampling CPU: ${elapsed} of ${seconds} s` : 'waiting for the answer…' });
          }, 1000);
        }
        try {
          // The request, the file writes and the gzip count run on the capture thread.
          return await this.captures.run({
            type: 'fetch', url, auth: { headers, tls: tlsOptions }, timeoutMs, maxBytes: MAX_BYTES, maxUnzippedBytes: analysisLimits().maxUnzippedBytes, partialPath, kind,
          }, { signal: controller.signal });
        } finally {
          if (ticker) clearInterval(ticker);
          sub.dispose();
        }
      },
    ).then(undefined, (e: unknown) => { this.log.error(e instanceof Error ? e.message : String(e)); throw e; });

    this.log.info(`HTTP ${answer.status} ${answer.contentType ?? ''} ${answer.bodyBytes} bytes`);
    const verdict = classifyAnswer(kind, answer.url, answer);
    if (!verdict.ok) {
      this.log.error(verdict.message);
      throw new CaptureError(verdict.message, answer.status >= 200 && answer.status < 300 ? 'content' : 'http');
    }
    const file = await this.save(baseUrl, kind, started, partialPath ?? answer.body);
    this.log.info(`saved ${file.toString(true)}`);
    await this.open(file, kind);
    return file;
  }

  private captureFolder(): vscode.Uri {
    return captureFolder(this.context, this.log);
  }

  /** Saves the answer under a free name: the bytes, or the partial file it streamed into (renamed). */
  private async save(baseUrl: string, kind: CaptureKind, when: Date, body: Uint8Array | string): Promise<vscode.Uri> {
    const folder = this.captureFolder();
    await vscode.workspace.fs.createDirectory(folder);
    for (let attempt = 1; attempt < 1000; attempt++) {
      const file = vscode.Uri.joinPath(folder, captureFileName(baseUrl, kind, when, attempt));
      try {
        await vscode.workspace.fs.stat(file);
        continue; // taken
      } catch {
        if (typeof body === 'string') await vscode.workspace.fs.rename(vscode.Uri.file(body), file, { overwrite: false });
        else await vscode.workspace.fs.writeFile(file, body);
        return file;
      }
    }
    throw new CaptureError(`Too many captures with the same name in ${folder.toString(true)}.`, 'content');
  }

  private async open(file: vscode.Uri, kind: CaptureKind): Promise<void> {
    if (kind.output === 'profile') {
      await vscode.commands.executeCommand('vscode.openWith', file, PROFILE_VIEW_TYPE);
      return;
    }
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc, { preview: false });
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(GROUP_GOROUTINES_COMMAND)) return;
    try {
      await vscode.commands.executeCommand(GROUP_GOROUTINES_COMMAND, file);
    } catch (e) {
      this.log.warn(`${GROUP_GOROUTINES_COMMAND} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  // ---- credentials ----

  private async askOrigin(args: unknown, title: string): Promise<string | undefined> {
    const given = typeof (args as { baseUrl?: unknown })?.baseUrl === 'string' ? (args as { baseUrl: string }).baseUrl : undefined;
    const typed = given ?? await vscode.window.showInputBox({
      title, prompt: 'The endpoint it is for (scheme, host and port count; the path does not)', value: this.lastBaseUrl(), ignoreFocusOut: true,
      validateInput: v => { const r = normalizeBaseUrl(v); return 'error' in r ? r.error : undefined; },
    });
    if (typed === undefined) return undefined;
    const base = normalizeBaseUrl(typed);
    if ('error' in base) throw new CaptureError(base.error, 'input');
    return originOf(base.url);
  }

  async setToken(args: unknown): Promise<void> {
    const origin = await this.askOrigin(args, 'Bearer token for capture');
    if (!origin) return;
    const given = (args as { token?: unknown })?.token;
    const token = typeof given === 'string' ? given : await vscode.window.showInputBox({
      title: `Bearer token for ${origin}`, prompt: 'Sent as "Authorization: Bearer …" to this origin only; stored in VS Code\'s secret storage. Empty clears it.',
      password: true, ignoreFocusOut: true,
    });
    if (token === undefined) return;
    await this.credentials.setToken(origin, token.trim() || undefined);
    this.log.info(`bearer token ${token.trim() ? 'set' : 'cleared'} for ${origin}`);
    if (typeof given !== 'string') void vscode.window.showInformationMessage(`Capture bearer token ${token.trim() ? 'stored' : 'cleared'} for ${origin}.`);
  }

  async setClientCertificate(args: unknown): Promise<void> {
    const origin = await this.askOrigin(args, 'Client certificate for capture');
    if (!origin) return;
    const a = (args ?? {}) as { cert?: unknown; key?: unknown };
    let cert = typeof a.cert === 'string' ? a.cert : undefined;
    let key = typeof a.key === 'string' ? a.key : undefined;
    const scripted = cert !== undefined && key !== undefined;
    if (!scripted) {
      const certFile = await vscode.window.showOpenDialog({ title: `Client certificate (PEM) for ${origin}`, canSelectMany: false, openLabel: 'Use certificate', filters: { PEM: ['pem', 'crt', 'cer'], All: ['*'] } });
      if (!certFile?.[0]) return;
      const keyFile = await vscode.window.showOpenDialog({ title: `Private key (PEM) for ${origin}`, canSelectMany: false, openLabel: 'Use key', filters: { PEM: ['pem', 'key'], All: ['*'] } });
      if (!keyFile?.[0]) return;
      const read = (file: vscode.Uri) => readCredentialFile(file).catch((e: unknown) => {
        throw new CaptureError(`Cannot read ${file.fsPath}: ${e instanceof Error ? e.message : String(e)}`, 'input');
      });
      cert = await read(certFile[0]);
      key = await read(keyFile[0]);
    }
    if (!cert?.includes('-----BEGIN') || !/-----BEGIN [A-Z ]*CERTIFICATE-----/.test(cert)) throw new CaptureError('The certificate is not a PEM certificate (-----BEGIN CERTIFICATE-----).', 'input');
    if (!key?.includes('-----BEGIN') || !/PRIVATE KEY-----/.test(key)) throw new CaptureError('The key is not a PEM private key (-----BEGIN … PRIVATE KEY-----).', 'input');
    await this.credentials.setClientCertificate(origin, { cert, key });
    this.log.info(`client certificate set for ${origin}`);
    if (!scripted) void vscode.window.showInformationMessage(`Capture client certificate stored for ${origin}.`);
  }

  async clearCredentials(args: unknown): Promise<void> {
    const origin = await this.askOrigin(args, 'Clear capture credentials');
    if (!origin) return;
    await this.credentials.clear(origin);
    this.log.info(`credentials cleared for ${origin}`);
    if (!isScripted(args)) void vscode.window.showInformationMessage(`Capture bearer token and client certificate cleared for ${origin}.`);
  }
}

function isScripted(args: unknown): boolean {
  return typeof (args as { baseUrl?: unknown })?.baseUrl === 'string';
}

const guard = (fn: (args: unknown) => Promise<unknown>) => showErrorsUnlessScripted(isScripted, fn);

export function registerCapture(context: vscode.ExtensionContext, captures: CaptureThread): void {
  const log = vscode.window.createOutputChannel('Go Profile Capture', { log: true });
  const controller = new CaptureController(context, log, captures);
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand(CAPTURE_COMMAND, guard(args => controller.run(args))),
    vscode.commands.registerCommand(SET_TOKEN_COMMAND, guard(args => controller.setToken(args))),
    vscode.commands.registerCommand(SET_CLIENT_CERT_COMMAND, guard(args => controller.setClientCertificate(args))),
    vscode.commands.registerCommand(CLEAR_CREDENTIALS_COMMAND, guard(args => controller.clearCredentials(args))),
  );
}
