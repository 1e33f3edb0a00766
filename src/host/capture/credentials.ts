// Bearer tokens and client certificates for capture, kept in VS Code's SecretStorage and
// keyed by origin (scheme://host:port), so a token set for one API server is never sent to
// another. Nothing here logs a secret.
import * as vscode from 'vscode';

const TOKEN_PREFIX = 'goProfileExplorer.capture.bearerToken/';
const CERT_PREFIX = 'goProfileExplorer.capture.clientCertificate/';

export interface ClientCertificate {
  cert: string;
  key: string;
}

export class CaptureCredentials {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  async token(origin: string): Promise<string | undefined> {
    return (await this.secrets.get(TOKEN_PREFIX + origin)) || undefined;
  }

  async setToken(origin: string, token: string | undefined): Promise<void> {
    if (token) await this.secrets.store(TOKEN_PREFIX + origin, token);
    else await this.secrets.delete(TOKEN_PREFIX + origin);
  }

  async clientCertificate(origin: string): Promise<ClientCertificate | undefined> {
    const raw = await this.secrets.get(CERT_PREFIX + origin);
    if (!raw) return undefined;
    try {
      const v = JSON.parse(raw) as Partial<ClientCertificate>;
      return typeof v.cert === 'string' && typeof v.key === 'string' ? { cert: v.cert, key: v.key } : undefined;
    } catch {
      return undefined;
    }
  }

  async setClientCertificate(origin: string, value: ClientCertificate | undefined): Promise<void> {
    if (value) await this.secrets.store(CERT_PREFIX + origin, JSON.stringify(value));
    else await this.secrets.delete(CERT_PREFIX + origin);
  }

  async clear(origin: string): Promise<void> {
    await this.setToken(origin, undefined);
    await this.setClientCertificate(origin, undefined);
  }
}
