import { type SpecificProfile } from '../../generated/ast.js';
import { joinList, quote } from '../../i18n/locale.js';
import { PROFILES } from '../../model/vocabulary.js';
import { defineRule, type RuleContext } from '../../rules/definition.js';
import { comparedPair } from './shared.js';

export const profilSpecifique = defineRule({
    id: 'tuteur/profil-specifique',
    severity: 'warning',
    crossFile: true,
    title: { fr: 'Le tuteur est sensibilisé au profil spécifique du tutoré', en: 'The tutor is made aware of the tutee’s specific profile' },
    description: {
        fr: 'Quand le tutoré a un profil spécifique (handicap, décrochage scolaire, alternance, retour de maladie…), son tuteur a suivi une formation complémentaire ou une sensibilisation « pour » chacun de ces profils.',
        en: 'When the tutee has a specific profile (disability, school drop-out, work-study, return after illness…), their tutor has attended a complementary training or an awareness session « pour » each of these profiles.'
    },
    guide: {
        section: { fr: 'Conditions de réussite ; En amont — formations complémentaires', en: 'Conditions for success; Before — complementary trainings' },
        quote: 'sensibiliser le tuteur au profil spécifique du tutoré (ex. : handicap) […] Des formations complémentaires peuvent être organisées en fonction du profil des tutorés (jeunes en décrochage scolaire, en alternance, situations de handicap, réintégration après maladie…)',
        enBref: [6]
    },
    messages: {
        unaware: {
            fr: '{tutee} a un profil spécifique pour lequel {tutor} n’a suivi ni formation complémentaire ni sensibilisation : {profiles}. Prévoyez-en une et écrivez-la dans la déclaration (« {tutorKind} {tutor} { sensibilisation « … » pour {first} } »), ou confiez le duo à un tuteur qui l’a suivie.',
            en: '{tutee} has a specific profile for which {tutor} attended neither a complementary training nor an awareness session: {profiles}. Plan one and write it in the declaration (« {tutorKind} {tutor} { sensibilisation « … » pour {first} } »), or give the duo to a tutor who attended one.'
        }
    },
    examples: {
        nonCompliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Amina
    tutorée Sophie { profil spécifique retour-de-maladie }
    duo Amina accompagne Sophie
}
`
        },
        compliant: {
            'institution.tutorat': `institution Exemple {
    tutrice Amina { sensibilisation « Accompagner un retour après maladie » pour retour-de-maladie }
    tutorée Sophie { profil spécifique retour-de-maladie }
    duo Amina accompagne Sophie
}
`
        }
    },
    checks: {
        Duo(duo, report, context) {
            const pair = comparedPair(duo);
            if (!pair) {
                return;
            }
            const { tutor, tutee } = pair;
            const covered = new Set(tutor.awareness.flatMap((awareness) => awareness.profiles.map(profileKey)));
            const missing = tutee.profiles.filter((profile) => !covered.has(profileKey(profile)));
            if (missing.length === 0) {
                return;
            }
            report('unaware', { node: duo, property: 'tutor' }, {
                params: {
                    tutor: tutor.name,
                    tutorKind: tutor.kind,
                    tutee: tutee.name,
                    profiles: joinList(missing.map((profile) => describeProfile(profile, context)), context.locale),
                    first: writtenProfile(missing[0])
                },
                related: [{ node: tutee, property: 'profiles', message: { fr: 'Profil spécifique de la personne accompagnée ({tutee})', en: 'Specific profile of {tutee}' }, params: { tutee: tutee.name } }]
            });
        }
    }
});

/** Known profiles compare by keyword, custom ones by their text, whatever the case and spacing. */
function profileKey(profile: SpecificProfile): string {
    return profile.known ?? `«${(profile.custom ?? '').trim().toLocaleLowerCase('fr')}»`;
}

function writtenProfile(profile: SpecificProfile): string {
    return profile.known ?? `« ${profile.custom ?? ''} »`;
}

function describeProfile(profile: SpecificProfile, context: RuleContext): string {
    return profile.known
        ? `${context.text(PROFILES[profile.known].label).toLocaleLowerCase(context.locale)} (${quote(profile.known, context.locale)})`
        : quote(profile.custom ?? '', context.locale);
}
