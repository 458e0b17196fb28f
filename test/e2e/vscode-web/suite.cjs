// Extension tests run by VS Code for the Web (extensionTestsPath) in the Web extension host: only `vscode` can be
// required there, so the checks use their own small assertions. Each check prints `TEST ok - …` or `TEST not ok - …`;
// run() throws when one failed, which makes @vscode/test-web exit with an error.
const vscode = require('vscode');

const EXTENSION_ID = 'tutorat.tutorat-vscode';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function ok(value, message) {
    if (!value) {
        throw new Error(message || 'expected a true value');
    }
}

function equal(actual, expected, message) {
    if (actual !== expected) {
        throw new Error(`${message ? message + ': ' : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
}

async function waitFor(probe, ms, what) {
    const end = Date.now() + ms;
    for (;;) {
        const value = await probe();
        if (value) {
            return value;
        }
        if (Date.now() > end) {
            throw new Error('timeout waiting for ' + what);
        }
        await sleep(200);
    }
}

const text = (bytes) => new TextDecoder().decode(bytes);
const bytes = (value) => new TextEncoder().encode(value);

exports.run = async function run() {
    const results = [];
    const check = async (name, body) => {
        try {
            await body();
            results.push(`ok - ${name}`);
        } catch (error) {
            results.push(`not ok - ${name}: ${error && error.message}`);
        }
        console.log('TEST ' + results[results.length - 1]);
    };
    const folder = vscode.workspace.workspaceFolders[0].uri;
    const file = (path) => vscode.Uri.joinPath(folder, ...path.split('/'));
    const duos = file('les-tilleuls/duos.tutorat');
    const codes = (uri) => vscode.languages.getDiagnostics(uri).map((diagnostic) => typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);

    await check('the Web extension (browser entry) activates in VS Code for the Web, on a virtual workspace', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        ok(extension, 'extension not found');
        await extension.activate();
        ok(extension.isActive);
        equal(vscode.env.uiKind, vscode.UIKind.Web, 'VS Code for the Web');
        equal(folder.scheme, 'vscode-test-web', 'workspace scheme');
    });

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(duos));

    await check('cross-file findings: the duo of duos.tutorat is checked against the people of organisation.tutorat, in French', async () => {
        const found = await waitFor(() => vscode.languages.getDiagnostics(duos).find((diagnostic) => diagnostic.code && (diagnostic.code.value || diagnostic.code) === 'tuteur/profil-specifique'), 60000, 'tuteur/profil-specifique on duos.tutorat');
        ok(/Sophie a un profil spécifique/.test(found.message), found.message);
        ok(found.relatedInformation && found.relatedInformation.some((related) => related.location.uri.path.endsWith('organisation.tutorat')), 'related information points at organisation.tutorat');
    });

    await check('files never opened are checked too (the whole folder is read through workspace.fs)', async () => {
        const framework = file('referentiels/accompagnement-adultes.tutorat');
        await waitFor(() => codes(framework).includes('referentiel/inutilise'), 30000, 'referentiel/inutilise on a file never opened');
    });

    await check('tutorat.json is honoured, and a change to it (edited and saved in the editor) applies at once', async () => {
        const configuration = await vscode.workspace.openTextDocument(file('les-tilleuls/tutorat.json'));
        const severityOf = () => (vscode.languages.getDiagnostics(duos).find((diagnostic) => (diagnostic.code.value || diagnostic.code) === 'duo/temps-commun') || {}).severity;
        await waitFor(() => severityOf() === vscode.DiagnosticSeverity.Information, 30000, 'duo/temps-commun as information');
        const replace = async (from, to) => {
            const at = configuration.getText().indexOf(from);
            ok(at >= 0, from);
            const edit = new vscode.WorkspaceEdit();
            edit.replace(configuration.uri, new vscode.Range(configuration.positionAt(at), configuration.positionAt(at + from.length)), to);
            ok(await vscode.workspace.applyEdit(edit));
            ok(await configuration.save());
        };
        await replace('"rules": {', '"rules": {\n    "duo/temps-commun": "error",');
        await waitFor(() => severityOf() === vscode.DiagnosticSeverity.Error, 30000, 'duo/temps-commun as an error after the change');
        await replace('\n    "duo/temps-commun": "error",', '');
        await waitFor(() => severityOf() === vscode.DiagnosticSeverity.Information, 30000, 'duo/temps-commun as information again');
    });

    await check('hover on a reference describes the person declared in another file', async () => {
        const document = await vscode.workspace.openTextDocument(duos);
        const at = document.getText().indexOf('Amina accompagne');
        ok(at >= 0);
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', duos, document.positionAt(at + 1));
        const shown = hovers.flatMap((hover) => hover.contents).map((content) => content.value || String(content)).join('\n');
        ok(/Amina/.test(shown) && /tut/i.test(shown), shown);
    });

    await check('completion offers keywords and the people of the institution', async () => {
        const document = await vscode.workspace.openTextDocument(duos);
        const at = document.getText().indexOf('accompagne Sophie');
        const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', duos, document.positionAt(at + 'accompagne '.length));
        const labels = list.items.map((item) => typeof item.label === 'string' ? item.label : item.label.label);
        ok(labels.includes('Sophie') && labels.includes('Léa'), labels.slice(0, 20).join(', '));
    });

    await check('a quick fix applied through the code action provider removes its finding (duo/entretiens)', async () => {
        const document = await vscode.workspace.openTextDocument(duos);
        const finding = await waitFor(() => vscode.languages.getDiagnostics(duos).find((diagnostic) => (diagnostic.code.value || diagnostic.code) === 'duo/entretiens'), 30000, 'duo/entretiens');
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', duos, finding.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find((action) => action.edit && /chaque semaine/i.test(action.title));
        ok(fix, 'actions: ' + actions.map((action) => action.title).join(' | '));
        ok(await vscode.workspace.applyEdit(fix.edit));
        await waitFor(() => !codes(duos).includes('duo/entretiens'), 30000, 'duo/entretiens gone');
        ok(/entretiens chaque semaine/.test(document.getText()));
        await document.save();
    });

    await check('formatting re-indents a document', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'tutorat', content: 'institution X {\ntuteur Jean « Jean » {\nexpérience 3 ans\n}\n}\n' });
        const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true });
        ok(edits && edits.length > 0, 'no edits');
        const edit = new vscode.WorkspaceEdit();
        edit.set(document.uri, edits);
        await vscode.workspace.applyEdit(edit);
        ok(/\n    tuteur Jean/.test(document.getText()) && /\n        expérience 3 ans/.test(document.getText()), document.getText());
    });

    await check('« Preview the handbook » renders the institution\'s handbook in a webview beside the editor', async () => {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file('les-tilleuls/charte.tutorat')));
        const state = await vscode.commands.executeCommand('tutorat.previewHandbook');
        ok(state && state.rendered, JSON.stringify(state));
        ok(/Tilleuls/.test(state.title), state.title);
        const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
        await waitFor(() => tabs().some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('tutorat.handbookPreview')), 15000, 'the preview tab');
    });

    await check('« Generate the handbooks » writes them into the workspace through workspace.fs', async () => {
        const result = await vscode.commands.executeCommand('tutorat.generateHandbook', { outputDir: 'livrets', draft: true });
        ok(result && result.written.length > 1, JSON.stringify(result));
        const entries = await vscode.workspace.fs.readDirectory(file('livrets'));
        const html = entries.map(([name]) => name).filter((name) => name.endsWith('.html'));
        equal(html.length, result.written.length, 'files in livrets/');
        const first = text(await vscode.workspace.fs.readFile(file('livrets/' + html[0])));
        ok(first.startsWith('<!DOCTYPE html>') && /Tilleuls/.test(first), first.slice(0, 200));
        // A file Tutorat did not write is never replaced.
        await vscode.workspace.fs.writeFile(file('livrets/' + html[0]), bytes('<p>mon fichier</p>'));
        const refused = await vscode.commands.executeCommand('tutorat.generateHandbook', { outputDir: 'livrets', draft: true });
        equal(refused, undefined, 'second run over a foreign file');
        equal(text(await vscode.workspace.fs.readFile(file('livrets/' + html[0]))), '<p>mon fichier</p>', 'the foreign file');
    });

    await check('« New document from a template » creates a Tutorat document with the skeleton', async () => {
        await vscode.commands.executeCommand('tutorat.newDocument', 'Duos');
        const document = vscode.window.activeTextEditor.document;
        equal(document.languageId, 'tutorat');
        ok(/duo Tuteur accompagne Tutore \{/.test(document.getText()), document.getText());
    });

    await check('the walkthrough\'s sample workspace writes only missing files, read from the extension on the Web', async () => {
        const removed = file('les-tilleuls/parcours-retour-sophie.tutorat');
        await vscode.workspace.fs.delete(removed);
        const written = await vscode.commands.executeCommand('tutorat.createSampleWorkspace');
        equal(written.length, 1, JSON.stringify(written));
        ok(written[0].endsWith('parcours-retour-sophie.tutorat'), written[0]);
        // duos.tutorat keeps the quick fix applied above: the sample's copy did not replace it.
        ok(!/entretiens toutes les deux semaines/.test(text(await vscode.workspace.fs.readFile(duos))), 'an existing file was overwritten');
    });

    await check('each finding offers its rule page, which opens in the Markdown preview', async () => {
        // The sample file written just above makes the server check the folder again: wait for its findings.
        const finding = await waitFor(() => vscode.languages.getDiagnostics(duos)[0], 30000, 'a finding on duos.tutorat');
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', duos, finding.range);
        const page = actions.find((action) => action.command && action.command.command === 'tutorat.openRulePage');
        ok(page, actions.map((action) => action.title).join(' | '));
        await vscode.commands.executeCommand(page.command.command, ...page.command.arguments);
        const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
        await waitFor(() => tabs().some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview')), 15000, 'the Markdown preview');
    });

    const failed = results.filter((result) => result.startsWith('not ok')).length;
    console.log(`TEST ${results.length - failed} passed, ${failed} failed`);
    if (failed > 0) {
        throw new Error(`${failed} check(s) failed`);
    }
};
