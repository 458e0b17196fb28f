import { actsAsTutor } from '../../model/organisation.js';
import { defineRule } from '../../rules/definition.js';
import { RECONNU, RECONNU_QUOTE, tutorExample } from './shared.js';

/**
 * tuteur/competences-tutorales — the tutor is recognised for the abilities tutoring asks beyond the
 * trade: leading (animation, negotiation, mediation), formalising, reflexivity, teaching. The
 * declaration names those the institution recognises (« capacités animation, pédagogie »); which
 * ones is the institution's call. The « tuteur en entreprise » certificate attests them: nothing
 * more is asked of its holder, as the guide exempts them from the tutoring training.
 */
export const competencesTutorales = defineRule({
    id: 'tuteur/competences-tutorales',
    severity: 'info',
    crossFile: true,
    title: { fr: 'Les capacités de tuteur sont dites', en: 'The tutor’s abilities are stated' },
    description: {
        fr: 'La déclaration du tuteur nomme les capacités de tuteur pour lesquelles il est reconnu, parmi celles que cite le guide : « capacités animation, formalisation, réflexivité, pédagogie » ou, comme l’écrit le guide, « capacités de formalisation, de réflexivité et pédagogiques » (aussi négociation, médiation). Le choix des capacités appartient à l’institution : une seule suffit à la règle. Un tuteur qui détient le titre « tuteur en entreprise » n’est pas concerné : ce titre atteste ses compétences de tuteur.',
        en: 'The tutor’s declaration names the tutoring abilities they are recognised for, among those the guide names: « capacités animation, formalisation, réflexivité, pédagogie » or, as the guide writes it, « capacités de formalisation, de réflexivité et pédagogiques » (also négociation, médiation). Which abilities is the institution’s call: one is enough for the rule. A tutor holding the “tuteur en entreprise” certificate is left alone: the certificate attests their tutoring competences.'
    },
    guide: {
        section: RECONNU,
        quote: `${RECONNU_QUOTE} […] capacités d’animation, de négociation, de médiation (ex. : mobiliser l’équipe en faveur du tutorat) ; […] capacités de formalisation : analyser, décomposer en phases cohérentes l’activité… ; […] capacités de réflexivité : prendre du recul, questionner les situations professionnelles… ; […] capacités pédagogiques`
    },
    messages: {
        missing: {
            absence: { what: { fr: 'les capacités de tuteur', en: 'the tutoring abilities' }, line: '// à compléter : capacités animation, formalisation, réflexivité, pédagogie (celles qui sont reconnues)' },
            fr: 'Rien ne dit quelles capacités de tuteur l’institution reconnaît à {name} : le guide cite l’animation, la formalisation, la réflexivité et la pédagogie. Écrivez dans sa déclaration celles qui le sont, par exemple « capacités animation, formalisation, réflexivité, pédagogie ».',
            en: 'Nothing says which tutoring abilities the institution recognises in {name}: the guide names leading (animation), formalising, reflexivity and teaching. Write in their declaration those the institution recognises, for example « capacités animation, formalisation, réflexivité, pédagogie ».'
        }
    },
    examples: {
        nonCompliant: tutorExample(),
        compliant: tutorExample(['capacités animation, formalisation, réflexivité et pédagogie'])
    },
    checks: {
        Person(person, report, context) {
            if (person.name && person.abilities.length === 0 && !person.certificate && actsAsTutor(person, context.workspace)) {
                report('missing', { node: person, property: 'name' }, { params: { name: person.name } });
            }
        }
    }
});
