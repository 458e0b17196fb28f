#!/bin/bash
# Runs the end-to-end test module inside a real VS Code (code-server 4.139.1, driven by Debian's chromium through
# playwright-core) with the PACKAGED Tutorat extension installed from its .vsix, as a user would install it.
# usage: run-code-server.sh VSIX TEST_MODULE WORKSPACE_DIR SCREENSHOT_PNG
# The exit code is the test module's: 0 when every check passed. Each check prints `ok - …` or `not ok - …`.
# Environment: TUTORAT_TOOLS (the tools' folder, default <repo>/.tools), PORT (default: a free port), E2E_TIMEOUT_MS (default 240000).
set -eu
VSIX=$(realpath "$1"); TESTS=$(realpath "$2"); WORKSPACE=$(realpath "$3"); SCREENSHOT=$(realpath -m "$4")
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
# The tools come from test/tools/prepare.mjs (npm test runs it first, announcing each download); here they are only
# looked up: when one is missing, prepare.mjs says which and how to get it, and this run fails.
NODE24=$(node "$REPO/test/tools/prepare.mjs" --path node24)
CODE_SERVER=$(node "$REPO/test/tools/prepare.mjs" --path code-server)
export PATH=$(dirname "$NODE24"):$PATH

RUN=$(mktemp -d /tmp/tutorat-e2e-XXXXXX)
cleanup() {
    [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$RUN"
}
trap cleanup EXIT
# code-server and chromium write into HOME: keep that inside the run folder.
export HOME=$RUN/home
mkdir -p "$HOME" "$RUN/user/User" "$RUN/extensions" "$(dirname "$SCREENSHOT")"
PORT=${PORT:-$("$NODE24" -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}

# Quiet, predictable editor: no welcome page, no trust prompt, no telemetry.
cat > "$RUN/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "window.zoomLevel": 0,
  "editor.stickyScroll.enabled": false,
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden"
}
JSON
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"

"$CODE_SERVER" --config "$RUN/config.yaml" --user-data-dir "$RUN/user" --extensions-dir "$RUN/extensions" \
    --install-extension "$VSIX" > "$RUN/install.log" 2>&1 || { cat "$RUN/install.log"; exit 3; }
echo "installed: $(ls "$RUN/extensions" | grep -v '^extensions.json$' | tr '\n' ' ')"

"$CODE_SERVER" --config "$RUN/config.yaml" --user-data-dir "$RUN/user" --extensions-dir "$RUN/extensions" \
    --disable-telemetry --disable-update-check --disable-workspace-trust \
    --vscode-option enable-smoke-test-driver > "$RUN/server.log" 2>&1 &
SERVER_PID=$!
"$NODE24" -e "
  const deadline = Date.now() + 30000;
  (async () => { for (;;) { try { if ((await fetch('http://127.0.0.1:$PORT/healthz')).ok) return; } catch {}
    if (Date.now() > deadline) { console.error('code-server did not start'); process.exit(1); } await new Promise((r) => setTimeout(r, 200)); } })();
" || { tail -40 "$RUN/server.log"; exit 3; }

set +e
NODE_PATH=$REPO/node_modules "$NODE24" "$HERE/driver.cjs" "http://127.0.0.1:$PORT" "$WORKSPACE" "$HERE/harness" "$TESTS" "$SCREENSHOT"
RC=$?
set -e
[ $RC -eq 0 ] || { echo "--- code-server log"; tail -40 "$RUN/server.log"; }
echo "exit $RC"
exit $RC
