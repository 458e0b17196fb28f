import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES, configurationSchema, renderRulePages } from '@tutorat/language';
import { pathsUnder } from '../support/folders.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const PAGES = join(ROOT, 'docs', 'rules');
const STALE = 'la documentation générée n’est plus à jour : lancez « npm run docs » et ajoutez les fichiers modifiés';


describe('generated documentation', () => {
    test('docs/rules/ holds exactly the pages generated from the catalogue', () => {
        const expected = renderRulePages();
        expect(existsSync(PAGES), STALE).toBe(true);
        expect(pathsUnder(PAGES).map((path) => relative(PAGES, path)).sort(), STALE).toEqual([...expected.keys()].sort());
        for (const [path, content] of expected) {
            expect(readFileSync(join(PAGES, path), 'utf8'), `${path} : ${STALE}`).toBe(content);
        }
    });

    test('every rule has a page with the guide’s words and a way to configure it', () => {
        for (const rule of RULES) {
            const page = renderRulePages().get(`${rule.id}.md`)!;
            expect(page).toContain(`\`${rule.id}\``);
            if (rule.guide) {
                expect(page).toContain(rule.guide.quote);
            }
            if (rule.configurable !== false) {
                expect(page).toContain(`// tutorat-ignorer ${rule.id} :`);
            }
        }
    });

    test('the configuration schema shipped with the extension is the one generated from the catalogue', () => {
        const file = join(ROOT, 'packages', 'extension', 'schemas', 'tutorat.schema.json');
        expect(JSON.parse(readFileSync(file, 'utf8')), STALE).toEqual(configurationSchema());
    });
});
