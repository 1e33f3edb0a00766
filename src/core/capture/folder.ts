// Where captures are saved, from goProfileExplorer.capture.folder as VS Code inspects it per scope.
export const isAbsoluteFolder = (folder: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(folder);

/**
 * The capture folder to use. A workspace (a cloned repository) may only name a folder inside
 * itself: an absolute folder or one that climbs out with `..` counts only from the user's own
 * settings, else the user's (or the default) folder is used and the workspace's is `ignored`.
 */
export function captureFolderSetting(inspected: { defaultValue?: string; globalValue?: string; workspaceValue?: string; workspaceFolderValue?: string } | undefined): { folder: string; ignored?: string } {
  const clean = (v: string | undefined): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const userFolder = clean(inspected?.globalValue) ?? clean(inspected?.defaultValue) ?? '.pprof';
  const workspaceFolder = clean(inspected?.workspaceFolderValue) ?? clean(inspected?.workspaceValue);
  if (workspaceFolder === undefined) return { folder: userFolder };
  const escapes = isAbsoluteFolder(workspaceFolder) || workspaceFolder.split(/[\\/]+/).includes('..');
  return escapes ? { folder: userFolder, ignored: workspaceFolder } : { folder: workspaceFolder };
}
