// goProfileExplorer.capture.folder: a workspace may only name a folder inside itself.
import assert from 'node:assert/strict';
import { captureFolderSetting } from '../../../src/core/capture/folder';

describe('capture folder setting', () => {
  it('uses the default, the user\'s folder (absolute too), or a workspace folder inside the workspace', () => {
    assert.deepEqual(captureFolderSetting({ defaultValue: '.pprof' }), { folder: '.pprof' });
    assert.deepEqual(captureFolderSetting({ defaultValue: '.pprof', globalValue: '/home/me/profiles' }), { folder: '/home/me/profiles' });
    assert.deepEqual(captureFolderSetting({ defaultValue: '.pprof', workspaceValue: 'out/profiles' }), { folder: 'out/profiles' });
  });

  it('ignores a workspace folder that is absolute or climbs out', () => {
    for (const outside of ['/etc/cron.d', 'C:\\Windows', '\\\\server\\share', '../../.ssh', 'a/../../b']) {
      assert.deepEqual(captureFolderSetting({ defaultValue: '.pprof', workspaceFolderValue: outside }), { folder: '.pprof', ignored: outside }, outside);
    }
    assert.deepEqual(captureFolderSetting({ defaultValue: '.pprof', globalValue: '/data', workspaceValue: '/etc' }), { folder: '/data', ignored: '/etc' });
  });
});
