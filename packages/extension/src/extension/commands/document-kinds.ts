import { l10n } from 'vscode';

/**
 * The kinds of Tutorat documents the « new document » command offers. Each one is the snippet of the same
 * name in `snippets/tutorat.code-snippets`, which holds the skeletons (one source for the snippets and the command).
 */
export interface DocumentKind {
    readonly snippet: string;
    readonly label: string;
    readonly detail: string;
}

export function documentKinds(): DocumentKind[] {
    return [
        { snippet: 'Modèle de charte', label: l10n.t('Charter template'), detail: l10n.t("A federation's charter template, which institutions extend and complete") },
        { snippet: "Charte d'institution", label: l10n.t('Institution charter'), detail: l10n.t("An institution's tutoring charter, extending its federation's template") },
        { snippet: 'Référentiel de compétences', label: l10n.t('Competence framework'), detail: l10n.t('Domains, competences, criteria and indicators') },
        { snippet: 'Organisation et personnes', label: l10n.t('Organisation and people'), detail: l10n.t('Services, functions, supervisors, tutors and tutees') },
        { snippet: 'Duos', label: l10n.t('Duos'), detail: l10n.t('Who accompanies whom, when, with which substitute and mission') },
        { snippet: 'Parcours de stage', label: l10n.t('Internship path'), detail: l10n.t("A trainee's path, with the school's internship agreement") },
        { snippet: "Parcours d'intégration", label: l10n.t('Integration path'), detail: l10n.t("A new worker's integration path") }
    ];
}
