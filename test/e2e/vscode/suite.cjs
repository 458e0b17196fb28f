// The end-to-end checks, run inside a real VS Code (extensionTestsPath) on a copy of examples/ with the
// packaged Tutorat extension installed. Plain asserts; each check prints `TEST ok - …` or `TEST not ok - …`.
const vscode = require('vscode');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const EXTENSION_ID = 'tutorat.tutorat-vscode';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
        await sleep(250);
    }
}

const codeOf = (diagnostic) => typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
const diagnosticsOf = (uri) => vscode.languages.getDiagnostics(uri);
const findingsOf = (uri, rule) => diagnosticsOf(uri).filter((diagnostic) => codeOf(diagnostic) === rule);
const hoverText = (hovers) => hovers.flatMap((hover) => hover.contents).map((content) => typeof content === 'string' ? content : content.value).join('\n');
const labelOf = (item) => typeof item.label === 'string' ? item.label : item.label.label;
const allTabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);

/** The position of `word` on the first line containing `lineText` (+ `offset` characters into the word). */
function positionOf(document, lineText, word, offset = 1) {
    for (let line = 0; line < document.lineCount; line++) {
        const text = document.lineAt(line).text;
        if (text.includes(lineText)) {
            return new vscode.Position(line, text.indexOf(word, text.indexOf(lineText)) + offset);
        }
    }
    throw new Error(`no line « ${lineText} » in ${document.uri.path}`);
}

async function replaceInFile(document, before, after) {
    const at = document.getText().indexOf(before);
    assert.ok(at >= 0, `« ${before} » not found in ${document.uri.path}`);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + before.length)), after);
    assert.ok(await vscode.workspace.applyEdit(edit), 'edit refused');
    await document.save();
}

exports.run = async function run() {
    const results = [];
    const check = async (name, body) => {
        try {
            await body();
            results.push(`ok - ${name}`);
        } catch (error) {
            results.push(`not ok - ${name}: ${error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : error}`);
        }
        console.log('TEST ' + results.at(-1));
    };
    const folder = vscode.workspace.workspaceFolders[0].uri;
    const file = (name) => vscode.Uri.joinPath(folder, name);
    const duos = file('les-tilleuls/duos.tutorat');
    const overload = file('les-tilleuls/surcharge.tutorat');
    let duosDocument;

    await check('the packaged extension is installed (not a development copy) and activates', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is not installed`);
        assert.ok(!extension.extensionPath.includes('/packages/extension'), 'the extension runs from the repository: ' + extension.extensionPath);
        await extension.activate();
        assert.ok(extension.isActive);
    });

    await check('a .tutorat file opens in the Tutorat language', async () => {
        duosDocument = await vscode.workspace.openTextDocument(duos);
        await vscode.window.showTextDocument(duosDocument);
        assert.strictEqual(duosDocument.languageId, 'tutorat');
    });

    await check('a misspelt name gets a French finding whose code is its rule (langage/reference)', async () => {
        await replaceInFile(duosDocument, 'suppléante Julie', 'suppléante Juliette');
        const [finding] = await waitFor(() => {
            const found = findingsOf(duos, 'langage/reference');
            return found.length > 0 && found;
        }, 60000, 'langage/reference on duos.tutorat');
        assert.match(finding.message, /Juliette/);
        assert.match(finding.message, /Corrigez le nom/, 'not the French message: ' + finding.message);
        assert.strictEqual(finding.source, 'tutorat');
        assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Error);
    });

    await check('a tutor overloaded across files gets tuteur/charge, in French, naming the charter maximum', async () => {
        await vscode.workspace.fs.writeFile(overload, Buffer.from([
            '// Deux duos de plus pour Élodie, qui accompagne déjà Léa (duos.tutorat) : trois tutorés en même temps.',
            'institution LesTilleuls {',
            '    duo Élodie accompagne Karim { période du 01/10/2026 au 30/11/2026 }',
            '    duo Élodie accompagne Sophie { période du 05/10/2026 au 29/01/2027 }',
            '}',
            ''
        ].join('\n')));
        await vscode.workspace.openTextDocument(overload);
        const [finding] = await waitFor(() => {
            const found = findingsOf(overload, 'tuteur/charge');
            return found.length > 0 && found;
        }, 60000, 'tuteur/charge on surcharge.tutorat');
        assert.match(finding.message, /Élodie accompagne 3 tutorés en même temps/, finding.message);
        assert.match(finding.message, /Guide pour le tutorat/, finding.message);
        assert.ok(typeof finding.code === 'object' && finding.code.target, 'the finding links to its rule page');
    });

    await check('the Problems panel shows the findings (screenshot)', async () => {
        const editor = await vscode.window.showTextDocument(duosDocument, { preview: false });
        const position = positionOf(duosDocument, 'suppléante Juliette', 'Juliette');
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
        await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
        await sleep(1500);
        console.log('TEST screenshot-ready');
        await waitFor(() => fs.existsSync(path.join(folder.fsPath, '.tutorat-e2e', 'screenshot-done')), 60000, 'the driver to take the screenshot');
    });

    await check('hover on a keyword explains it', async () => {
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', duos, positionOf(duosDocument, 'duo Élodie accompagne Léa', 'duo', 1));
        const text = hoverText(hovers);
        // In French, about the pair the keyword opens.
        assert.ok(text.trim().length > 40 && /tuteur/.test(text) && /tutoré/.test(text), 'hover text: ' + text);
    });

    await check('hover on a reference describes the person declared in another file', async () => {
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', duos, positionOf(duosDocument, 'duo Élodie accompagne Léa', 'Élodie', 2));
        const text = hoverText(hovers);
        // The declaration's title, from organisation.tutorat: the reference is resolved across files.
        assert.match(text, /Élodie Martin/, 'hover text: ' + text);
    });

    await check('completion offers keywords and the people of the institution', async () => {
        const scratch = file('les-tilleuls/completion.tutorat');
        await vscode.workspace.fs.writeFile(scratch, Buffer.from('institution LesTilleuls {\n    duo Amina accompagne Karim {\n        suppléante \n    }\n}\n'));
        const document = await vscode.workspace.openTextDocument(scratch);
        await vscode.window.showTextDocument(document);
        const references = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', scratch, new vscode.Position(2, 19));
        const people = references.items.map(labelOf);
        assert.ok(people.includes('Julie') && people.includes('François'), 'completion after « suppléante »: ' + people.slice(0, 20).join(', '));
        const keywords = (await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', scratch, new vscode.Position(2, 8))).items.map(labelOf);
        assert.ok(keywords.includes('période') && keywords.includes('entretiens'), 'completion in a duo: ' + keywords.slice(0, 20).join(', '));
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.workspace.fs.delete(scratch);
        // Its half-written duo leaves the institution's duos uncertain, which silences the
        // cross-file rules (rules/unreadable.ts) until the server has seen the file go.
        await waitFor(() => vscode.languages.getDiagnostics(scratch).length === 0, 30000, 'the deleted scratch file to lose its findings');
    });

    await check('a quick fix applied through the code action provider removes its finding (duo/entretiens)', async () => {
        await vscode.window.showTextDocument(duosDocument);
        const [finding] = await waitFor(() => {
            const found = findingsOf(duos, 'duo/entretiens');
            return found.length > 0 && found;
        }, 30000, 'duo/entretiens on duos.tutorat');
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', duos, finding.range);
        // The provider returns the actions of every finding at that range; this rule's fix rewrites the frequency.
        const fix = actions.find((action) => action.edit && /chaque semaine/.test(action.title));
        assert.ok(fix, 'code actions: ' + actions.map((action) => action.title).join(' | '));
        assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the fix was refused');
        assert.match(duosDocument.getText(), /duo François accompagne Karim \{[^}]*entretiens chaque semaine/);
        assert.doesNotMatch(duosDocument.getText(), /entretiens toutes les deux semaines/);
        await waitFor(() => findingsOf(duos, 'duo/entretiens').length === 0, 30000, 'duo/entretiens to disappear');
        await duosDocument.save();
    });

    await check('each finding offers its rule page, which opens in the Markdown preview', async () => {
        const [finding] = await waitFor(() => {
            const found = findingsOf(overload, 'tuteur/charge');
            return found.length > 0 && found;
        }, 30000, 'tuteur/charge on surcharge.tutorat, after the edits of the previous checks');
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', overload, finding.range);
        const page = actions.find((action) => action.command && action.command.command === 'tutorat.openRulePage' && action.command.arguments[0] === 'tuteur/charge');
        assert.ok(page, 'code actions: ' + actions.map((action) => action.title).join(' | '));
        // The server links to the pages shipped inside the installed extension.
        const url = vscode.Uri.parse(page.command.arguments[1]);
        assert.strictEqual(url.scheme, 'file');
        assert.ok(url.fsPath.startsWith(vscode.extensions.getExtension(EXTENSION_ID).extensionPath) && fs.existsSync(url.fsPath), url.toString());
        await vscode.commands.executeCommand(page.command.command, ...page.command.arguments);
        await waitFor(() => allTabs().some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview')), 15000, 'the Markdown preview');
    });

    await check('« Check the workspace » counts the findings of every file', async () => {
        const result = await vscode.commands.executeCommand('tutorat.checkWorkspace');
        assert.ok(result.files >= 9, JSON.stringify(result));
        assert.ok(result.errors >= 1, 'the misspelt name is an error: ' + JSON.stringify(result));
        assert.ok(result.warnings >= 1, JSON.stringify(result));
    });

    await check('« Generate the handbooks » writes nothing while the documents have errors, unless drafts are asked for', async () => {
        const refused = await vscode.commands.executeCommand('tutorat.generateHandbook', { outputDir: 'livrets', draft: false });
        assert.ok(refused && refused.refused >= 1, JSON.stringify(refused));
        assert.ok(!fs.existsSync(path.join(folder.fsPath, 'livrets')), 'a handbook was written from documents with errors');
        const result = await vscode.commands.executeCommand('tutorat.generateHandbook', { outputDir: 'livrets', draft: true });
        assert.ok(result && result.written.length > 0, JSON.stringify(result));
        assert.strictEqual(result.draftErrors, refused.refused);
        for (const written of result.written) {
            assert.ok(written.startsWith(path.join(folder.fsPath, 'livrets')), written);
            assert.ok(fs.statSync(written).size > 500, written);
        }
        const html = result.written.find((written) => written.endsWith('.html'));
        assert.ok(html, 'no .html among ' + result.written.join(', '));
        assert.match(fs.readFileSync(html, 'utf8'), /Tilleuls/);
        for (const written of result.written.filter((name) => name.endsWith('.html'))) {
            assert.match(fs.readFileSync(written, 'utf8'), /Brouillon — \d+ erreurs?|Draft — \d+ errors?/, written);
        }
    });

    const framework = file('referentiels/accompagnement-adultes.tutorat');
    const exports = path.join(folder.fsPath, 'exports');

    await check('a code lens above the framework offers its export', async () => {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(framework));
        const lens = await waitFor(async () => {
            const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', framework);
            return (lenses || []).find((candidate) => candidate.command && candidate.command.command === 'tutorat.exportFramework');
        }, 30000, 'the export code lens');
        assert.strictEqual(lens.command.arguments[0].name, 'AccompagnementAdultes');
        assert.match(lens.command.title, /Moodle/);
    });

    await check('« Export the framework » writes a Moodle CSV and a CASE package', async () => {
        fs.mkdirSync(exports, { recursive: true });
        for (const [format, name] of [['moodle', 'referentiel-moodle.csv'], ['case', 'referentiel-case.json']]) {
            const target = path.join(exports, name);
            const result = await vscode.commands.executeCommand('tutorat.exportFramework', { uri: framework.toString(), name: 'AccompagnementAdultes', format, target, replace: true });
            assert.ok(result && result.target === target, JSON.stringify(result));
        }
        assert.match(fs.readFileSync(path.join(exports, 'referentiel-moodle.csv'), 'utf8'), /^Parent ID number,ID number,Short name/);
        assert.strictEqual(JSON.parse(fs.readFileSync(path.join(exports, 'referentiel-case.json'), 'utf8')).CFDocument.caseVersion, '1.1');
    });

    await check('« Import a framework » writes a checked .tutorat from a Moodle CSV and opens it', async () => {
        const target = path.join(folder.fsPath, 'referentiels', 'importe.tutorat');
        const result = await vscode.commands.executeCommand('tutorat.importFramework', { source: path.join(exports, 'referentiel-moodle.csv'), target, replace: true });
        assert.ok(result && result.name === 'AccompagnementAdultes', JSON.stringify(result));
        assert.match(fs.readFileSync(target, 'utf8'), /^référentiel AccompagnementAdultes « Référentiel de compétences/m);
        assert.strictEqual(vscode.window.activeTextEditor.document.uri.fsPath, target);
        // Checked like any document: the same framework twice in the workspace is found.
        await waitFor(() => diagnosticsOf(vscode.Uri.file(target)).some((diagnostic) => /^referentiel\//.test(codeOf(diagnostic)) || /^langage\//.test(codeOf(diagnostic))), 30000, 'findings on the imported framework');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.workspace.fs.delete(vscode.Uri.file(target));
    });

    await check('« Preview the handbook » opens a webview beside the editor', async () => {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file('les-tilleuls/charte.tutorat')));
        const state = await vscode.commands.executeCommand('tutorat.previewHandbook');
        assert.ok(state && state.rendered, JSON.stringify(state));
        assert.match(state.title, /Tilleuls/);
        assert.ok(state.draftErrors >= 1, 'the preview shows the draft band while errors remain: ' + JSON.stringify(state));
        await waitFor(() => allTabs().some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('tutorat.handbookPreview')), 15000, 'the preview tab');
    });

    await check('the preview follows the edits (its title follows the institution\'s)', async () => {
        const charter = vscode.window.activeTextEditor.document;
        const edit = new vscode.WorkspaceEdit();
        const before = 'ASBL Les Tilleuls — service résidentiel pour adultes';
        const at = charter.getText().indexOf(before);
        assert.ok(at >= 0);
        edit.replace(charter.uri, new vscode.Range(charter.positionAt(at), charter.positionAt(at + before.length)), 'ASBL Les Tilleuls rénovée');
        assert.ok(await vscode.workspace.applyEdit(edit));
        await waitFor(() => allTabs().some((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.includes('rénovée')), 20000,
            'the preview title to change; tabs: ' + allTabs().map((tab) => tab.label).join(', '));
    });

    await check('« New document from a template » creates a Tutorat document with the skeleton', async () => {
        await vscode.commands.executeCommand('tutorat.newDocument', 'Duos');
        const document = vscode.window.activeTextEditor.document;
        assert.strictEqual(document.languageId, 'tutorat');
        assert.match(document.getText(), /^institution MonInstitution \{/m);
        assert.match(document.getText(), /duo Tuteur accompagne Tutore \{/);
        assert.doesNotMatch(document.getText(), /\$\{|\$0/);
    });

    await check('the walkthrough\'s sample workspace writes only missing files', async () => {
        const removed = file('les-tilleuls/parcours-retour-sophie.tutorat');
        await vscode.workspace.fs.delete(removed);
        const written = await vscode.commands.executeCommand('tutorat.createSampleWorkspace');
        assert.deepStrictEqual(written, [removed.fsPath]);
        assert.match(fs.readFileSync(duos.fsPath, 'utf8'), /suppléante Juliette/, 'an existing file was overwritten');
    });

    const failed = results.filter((result) => result.startsWith('not ok')).length;
    console.log(`TEST ${results.length - failed} passed, ${failed} failed`);
    if (failed > 0) {
        throw new Error(`${failed} check(s) failed`);
    }
};
