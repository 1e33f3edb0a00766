#!/usr/bin/env bash
# Installs code-server (VS Code server + web workbench) from the npm registry into
# .vscode-test/code-server/, for the integration tests and the demo. Idempotent: a marker
# file records the installed version. Works offline apart from the npm registry:
#  - @vscode/ripgrep's postinstall would download rg from GitHub: we seed its download
#    cache with Debian's /usr/bin/rg (apt package ripgrep);
#  - kerberos needs libkrb5-dev; node-pty runs `npx node-gyp` (needs npm_config_yes);
#  - node-gyp must build against the local Node headers, never download them.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CS_VERSION=${CODE_SERVER_VERSION:-4.100.3}
DEST="$ROOT/.vscode-test/code-server"
MARKER="$DEST/.installed-$CS_VERSION"
if [ -f "$MARKER" ] && command -v chromium >/dev/null; then
  echo "code-server $CS_VERSION already installed in $DEST"
  exit 0
fi
# Debian packages the install and the tests need; installed here when we are root.
need=()
for pkg in chromium ripgrep libkrb5-dev; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
  else
    echo "missing Debian packages: sudo apt-get install -y ${need[*]}" >&2; exit 1
  fi
fi
mkdir -p "$DEST"
cd "$DEST"
[ -f package.json ] || echo '{"name":"code-server-host","private":true}' > package.json

export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
export npm_config_yes=true npm_config_unsafe_perm=true
export TMPDIR="$DEST/.tmp"
mkdir -p "$TMPDIR"
[ -f /usr/include/node/node.h ] && export npm_config_nodedir=/usr

npm install --save-exact --ignore-scripts "code-server@$CS_VERSION"
VS="$DEST/node_modules/code-server/lib/vscode"

RG_PKG=$(node -p "(require('$VS/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep']||{}).version||''")
if [ -n "$RG_PKG" ]; then
  mkdir -p "$TMPDIR/rgpkg"
  (cd "$TMPDIR/rgpkg" && npm pack --silent "@vscode/ripgrep@$RG_PKG" >/dev/null && tar xzf vscode-ripgrep-*.tgz)
  RG_TAG=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$TMPDIR/rgpkg/package/lib/postinstall.js")
  CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_PKG"
  mkdir -p "$CACHE" "$TMPDIR/rgbin"
  cp "$(command -v rg)" "$TMPDIR/rgbin/rg"
  tar czf "$CACHE/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$TMPDIR/rgbin" rg
fi

npm rebuild
[ -z "$RG_PKG" ] || test -x "$VS/node_modules/@vscode/ripgrep/bin/rg"
touch "$MARKER"
echo "code-server $CS_VERSION installed in $DEST"
