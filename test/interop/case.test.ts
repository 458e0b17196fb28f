import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { describeNote, exportFramework, importFramework } from '@tutorat/interop';
import { bytes, FIXTURES, parseFramework, sampleFrameworks } from './support.js';

// CASE 1.1 packages: every export validates against 1EdTech's JSON Schema (kept as a fixture, see
// test/fixtures/interop/README.md), identifiers are stable, and OpenSALT's own packages import.

const schema = JSON.parse(readFileSync(join(FIXTURES, 'case/schema/case-v1p1-cfpackage-schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
// The file names its meta-schema with http:// (1EdTech's spelling); Ajv knows draft 2020-12 as https://.
const { $schema: metaSchema, ...body } = schema;
const validate = ajv.compile(body);

describe('exported CASE packages', () => {
    test('the schema kept is the CASE 1.1 package schema, in JSON Schema 2020-12', () => {
        expect(metaSchema).toBe('http://json-schema.org/draft/2020-12/schema');
        expect(schema.title).toMatch(/CASE\) Service Version 1\.1/);
    });

    test.each(sampleFrameworks())('%s validates against the CASE 1.1 CFPackage schema', (_, framework) => {
        const pack = JSON.parse(exportFramework(framework, { format: 'case', lastChange: new Date('2026-03-01T09:30:00Z') }).content);
        expect(validate(pack), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
    });

    test('the schema really rejects what it should (a package without creator, an identifier that is not a UUID)', () => {
        const pack = JSON.parse(exportFramework(sampleFrameworks()[0][1], { format: 'case', lastChange: new Date() }).content);
        delete pack.CFDocument.creator;
        expect(validate(pack)).toBe(false);
        const other = JSON.parse(exportFramework(sampleFrameworks()[0][1], { format: 'case', lastChange: new Date() }).content);
        other.CFItems[0].identifier = 'REL1';
        expect(validate(other)).toBe(false);
    });

    test('exporting twice gives the same package; identifiers are UUIDs derived from the names, so another framework gets others', () => {
        const [, framework] = sampleFrameworks()[0];
        const options = { format: 'case' as const, lastChange: new Date('2026-03-01T09:30:00Z') };
        expect(exportFramework(framework, options).content).toBe(exportFramework(framework, options).content);
        const pack = JSON.parse(exportFramework(framework, options).content);
        const renamed = JSON.parse(exportFramework({ ...framework, name: 'Autre' }, options).content);
        expect(pack.CFDocument.identifier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(renamed.CFDocument.identifier).not.toBe(pack.CFDocument.identifier);
        expect(new Set(pack.CFItems.map((item: { identifier: string }) => item.identifier)).size).toBe(pack.CFItems.length);
    });

    test('the tree, item types, ESCO and the other references, and the scale are where CASE puts them', () => {
        const framework = sampleFrameworks().at(-1)![1];
        const pack = JSON.parse(exportFramework(framework, { format: 'case', lastChange: new Date('2026-03-01T09:30:00Z') }).content);
        const byCode = (code: string) => pack.CFItems.find((item: { humanCodingScheme?: string }) => item.humanCodingScheme === code);
        const c1 = byCode('C1');
        expect(c1.CFItemType).toBe('Compétence');
        const parentOf = (id: string) => pack.CFAssociations.find((association: { associationType: string; originNodeURI: { identifier: string } }) => association.associationType === 'isChildOf' && association.originNodeURI.identifier === id)?.destinationNodeURI.identifier;
        expect(parentOf(c1.identifier)).toBe(byCode('Relation').identifier);
        expect(parentOf(byCode('Relation').identifier)).toBe(pack.CFDocument.identifier);
        const links = pack.CFAssociations.filter((association: { originNodeURI: { identifier: string }; associationType: string }) => association.originNodeURI.identifier === c1.identifier && association.associationType !== 'isChildOf');
        expect(links.map((association: { associationType: string; destinationNodeURI: { uri: string } }) => `${association.associationType} ${association.destinationNodeURI.uri}`).sort()).toEqual([
            'exactMatchOf http://data.europa.eu/esco/skill/abc',
            'isRelatedTo urn:tutorat:rncp:RNCP34827BC02',
            'isRelatedTo urn:tutorat:rs:RS5432',
            'isRelatedTo urn:tutorat:sfmq:UAA1'
        ]);
        expect(pack.CFDefinitions.CFItemTypes.map((type: { title: string }) => type.title).sort()).toEqual(['Compétence', 'Critère', 'Domaine', 'Indicateur', 'Savoir', 'Savoir-faire', 'Savoir-être']);
        expect(pack.CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels.map((level: { quality: string }) => level.quality)).toEqual(framework.scale);
    });
});

describe('OpenSALT’s packages', () => {
    const folder = join(FIXTURES, 'case/opensalt');
    const files = readdirSync(folder).filter((file) => file.endsWith('.json'));

    test.each(files)('%s imports into a framework that reads back and is checked', async (file) => {
        const result = await importFramework(readFileSync(join(folder, file)), { fileName: file });
        expect(result.format).toBe('case');
        // The written document parses back into the same framework (importFramework verifies it too).
        expect(parseFramework(result.text).name).toBe(result.framework.name);
        expect(result.framework.domains.length + result.framework.competences.length).toBeGreaterThan(0);
    });

    test('the published sample keeps its codes and hierarchy, and says what Tutorat cannot hold', async () => {
        const result = await importFramework(readFileSync(join(folder, 'sample-framework-20c5134f.json')), { fileName: 'sample.json' });
        expect(result.framework.title).toBe('What Standards Could Be');
        expect(result.text).toContain('CCSS-Math-Content-6-RP-A');
        const warnings = result.warnings.map((note) => describeNote(note, 'fr')).join('\n');
        expect(warnings).toMatch(/CCSS\.Math\.Content\.6\.RP\.A → CCSS-Math-Content-6-RP-A/);
    });

    test('a package whose items have no codes gets names, said in a warning', async () => {
        const result = await importFramework(readFileSync(join(folder, 'SmartLevelFramework.json')), { fileName: 'SmartLevelFramework.json' });
        expect(result.warnings.map((note) => describeNote(note, 'fr')).join('\n')).toMatch(/sans code ont reçu un nom/);
    });
});

describe('CASS and hand-made packages', () => {
    test('items found by URI when identifiers are absent, older CASS spelling « fullStatment », and a package wrapped in CFPackage', async () => {
        const pack = {
            CFPackage: {
                CFDocument: { identifier: 'doc', uri: 'https://cass.example/data/doc', title: 'Référentiel CASS', creator: 'CASS' },
                CFItems: [
                    { uri: 'https://cass.example/data/a', fullStatment: 'Compétence A', humanCodingScheme: 'A' },
                    { uri: 'https://cass.example/data/b', fullStatement: 'Compétence B', humanCodingScheme: 'B' }
                ],
                CFAssociations: [
                    { associationType: 'isChildOf', originNodeURI: { uri: 'https://cass.example/data/a' }, destinationNodeURI: { uri: 'https://cass.example/data/doc' } },
                    { associationType: 'isChildOf', originNodeURI: { uri: 'https://cass.example/data/b' }, destinationNodeURI: { uri: 'https://cass.example/data/doc' } },
                    { associationType: 'isRelatedTo', originNodeURI: { uri: 'https://cass.example/data/a' }, destinationNodeURI: { title: 'ESCO', uri: 'http://data.europa.eu/esco/skill/xyz' } }
                ]
            }
        };
        const result = await importFramework(bytes(JSON.stringify(pack)), { fileName: 'cass.json' });
        expect(result.framework.competences.map((competence) => `${competence.name} ${competence.title} ${competence.references.esco ?? ''}`)).toEqual(['A Compétence A http://data.europa.eu/esco/skill/xyz', 'B Compétence B ']);
    });
});
