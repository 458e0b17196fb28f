import type { Competence } from '../../generated/ast.js';
import { joinList, type Bilingual } from '../../i18n/locale.js';
import { hasText } from '../../model/path.js';
import { defineRule } from '../../rules/definition.js';
import { exampleFramework } from './shared.js';

const DIMENSIONS: ReadonlyArray<{ readonly label: Bilingual; readonly values: (competence: Competence) => readonly string[] }> = [
    { label: { fr: 'les savoirs (connaissances)', en: 'knowledge (savoirs)' }, values: (competence) => competence.knowledge },
    { label: { fr: 'les savoir-faire ou savoir-agir', en: 'know-how (savoir-faire or savoir-agir)' }, values: (competence) => competence.skills },
    { label: { fr: 'les savoir-être (attitudes)', en: 'attitudes (savoir-être)' }, values: (competence) => competence.attitudes }
];

export const dimensions = defineRule({
    id: 'referentiel/dimensions',
    severity: 'info',
    crossFile: false,
    title: { fr: 'Chaque compétence dit ce qu’elle mobilise', en: 'Every competence says what it draws on' },
    description: {
        fr: 'Une compétence dit ce qu’elle mobilise, pour que le tuteur sache quoi transmettre : des savoirs (« savoirs »), des savoir-faire (« savoir-faire » ou « savoir-agir ») et des savoir-être (« savoir-être »).',
        en: 'A competence says what it draws on, so that the tutor knows what to pass on: knowledge (« savoirs »), know-how (« savoir-faire » or « savoir-agir ») and attitudes (« savoir-être »).'
    },
    guide: {
        section: { fr: 'Former le tutoré', en: 'Training the tutee' },
        quote: 'Transmettre les connaissances, les savoir-faire, savoir agir et savoir-être ainsi que la culture de l’organisation.'
    },
    messages: {
        missing: {
            fr: 'La compétence {code} ne précise pas {missing}. Ajoutez-les, par exemple : {example} « … ».',
            en: 'The competence {code} does not state {missing}. Add them, for example: {example} « … ».'
        }
    },
    examples: {
        nonCompliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    savoir-faire « Trier le linge », « Repasser »\n}'),
        compliant: exampleFramework('compétence ENT1 « Entretenir le linge de la famille » {\n    savoirs « Symboles d’entretien des textiles »\n    savoir-faire « Trier le linge », « Repasser »\n    savoir-être « Discrétion dans l’intimité de la famille »\n}')
    },
    checks: {
        Competence(competence, report, context) {
            const missing = DIMENSIONS.filter((dimension) => !dimension.values(competence).some(hasText));
            if (missing.length === 0) {
                return;
            }
            const keywords = ['savoirs', 'savoir-faire', 'savoir-être'];
            report('missing', { node: competence, property: 'name' }, {
                params: {
                    code: competence.name,
                    missing: joinList(missing.map((dimension) => context.text(dimension.label)), context.locale),
                    example: keywords[DIMENSIONS.indexOf(missing[0])]
                }
            });
        }
    }
});
