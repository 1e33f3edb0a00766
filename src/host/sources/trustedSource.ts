// Whether a local file a profile or dump names may be read or opened without asking: inside the
// workspace folders, GOROOT, the module cache or the mapped folders as written, and, where the
// platform can tell (the desktop's local files), where its symbolic links lead too: a link in a
// cloned repository to ~/.ssh names a path inside the workspace whose file is not. The toolchain's
// folders are trusted as written: their links are the installation's own.
import { isInsideTrustedRoots, toolchainSourceRoots, trustedSourceRoots, type SourceEnvironment } from '../../core/sources';
import { hostPlatform } from '../platform/hostPlatform';
import { uriOfPath } from './workspaceSourceFileSystem';

/** A test for the files of one environment: its roots' own link targets are looked up once. */
export async function trustedSourceTest(env: SourceEnvironment): Promise<(localPath: string) => Promise<boolean>> {
  const roots = trustedSourceRoots(env);
  const realPath = hostPlatform().realPath;
  if (!realPath) return async localPath => isInsideTrustedRoots(localPath, roots, env.pathStyle);
  // A root may itself be a link (GOROOT at /usr/local/go → /usr/lib/go): its target is trusted as it is.
  const realRoots = (await Promise.all(roots.map(r => realPath(uriOfPath(r))))).filter((r): r is string => r !== undefined);
  const allRoots = [...roots, ...realRoots];
  const toolchainRoots = toolchainSourceRoots(env);
  return async localPath => {
    if (!isInsideTrustedRoots(localPath, roots, env.pathStyle)) return false;
    if (isInsideTrustedRoots(localPath, toolchainRoots, env.pathStyle)) return true;
    const real = await realPath(uriOfPath(localPath));
    return real === undefined || isInsideTrustedRoots(real, allRoots, env.pathStyle);
  };
}
