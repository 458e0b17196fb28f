// Opens the code-server workbench in headless chromium and runs the extension tests (extensionTestsPath) in it.
// The test module prints `TEST …` lines; on `TEST screenshot-ready` this driver photographs the workbench and
// writes `.tutorat-e2e/screenshot-done` in the workspace, which the test module waits for.
// usage: node driver.cjs BASE_URL WORKSPACE HARNESS_DIR TEST_MODULE SCREENSHOT_PNG
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const [base, workspace, harness, tests, screenshot] = process.argv.slice(2);
const timeout = Number(process.env.E2E_TIMEOUT_MS ?? 240000);

(async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tutorat-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        viewport: { width: 1400, height: 900 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    const page = context.pages()[0] ?? await context.newPage();
    const exited = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    let screenshotTaken = Promise.resolve();
    await page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = args.join(' ');
        if (line.includes('TEST screenshot-ready')) {
            screenshotTaken = takeScreenshot(page);
        }
        if (/TEST /.test(line)) {
            console.log(line.slice(line.indexOf('TEST ') + 5));
        } else if (type === 'error' && !/ENOTFOUND|ERR_NAME|net::|marketplace|gallery/i.test(line)) {
            console.log('[vscode] ' + line);
        }
    });
    const payload = [
        ['extensionDevelopmentPath', 'vscode-remote://remote' + path.resolve(harness)],
        ['extensionTestsPath', 'vscode-remote://remote' + path.resolve(tests)]
    ];
    await page.goto(`${base}/?folder=${encodeURIComponent(path.resolve(workspace))}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => { console.log('not ok - the test module did not finish in time'); resolve(2); }, timeout))]);
    await screenshotTaken;
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    process.exit(code);
})().catch((error) => {
    console.error(error);
    process.exit(4);
});

async function takeScreenshot(page) {
    // Let the Problems panel and the editor's squiggles render.
    await page.waitForTimeout(2000);
    await page.screenshot({ path: screenshot });
    const marker = path.join(workspace, '.tutorat-e2e');
    fs.mkdirSync(marker, { recursive: true });
    fs.writeFileSync(path.join(marker, 'screenshot-done'), screenshot);
    console.log('screenshot saved: ' + screenshot);
}
