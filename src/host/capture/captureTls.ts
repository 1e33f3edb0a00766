// The TLS options of a capture from an https origin: the CA file setting on top of Node's roots,
// the client certificate stored for the origin, and whether server certificates are checked.
import * as tls from 'tls';
import * as vscode from 'vscode';
import { CaptureError } from '../../core/capture';
import type { CaptureCredentials } from './credentials';
import type { TlsOptions } from '../../node/httpFetch';

export async function captureTlsOptions(origin: string, credentials: CaptureCredentials): Promise<TlsOptions | undefined> {
  if (!origin.startsWith('https:')) return undefined;
  const cfg = vscode.workspace.getConfiguration('goProfileExplorer.capture.tls');
  const caFile = cfg.get<string>('caFile', '').trim();
  let ca: string[] | undefined;
  if (caFile) {
    try {
      ca = [...tls.rootCertificates, new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(caFile)))];
    } catch (e) {
      throw new CaptureError(`Cannot read goProfileExplorer.capture.tls.caFile (${caFile}): ${e instanceof Error ? e.message : String(e)}`, 'input');
    }
  }
  const cert = await credentials.clientCertificate(origin);
  return { ca, cert: cert?.cert, key: cert?.key, rejectUnauthorized: !cfg.get<boolean>('insecureSkipVerify', false) };
}
