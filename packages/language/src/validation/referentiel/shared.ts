

/** What several rules of the referentiel family share. */

/** A one-competence framework for the documentation examples. */
export function exampleFramework(competence: string): Record<string, string> {
    return { 'referentiel.tutorat': `référentiel RefAideFamilial « Aide familial(e) — référentiel de l’employeur » {\n${competence.split('\n').map((line) => `    ${line}`).join('\n')}\n}\n` };
}
