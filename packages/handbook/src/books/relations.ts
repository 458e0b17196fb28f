import type { Duo, TrainingPath } from '@tutorat/language';
import type { InstitutionModel } from '../workspace-model.js';

/** The duos in which a person (by name) is the tutee. */
export function duosOf(institution: InstitutionModel, tutee: string | undefined): Duo[] {
    return tutee ? institution.duos.filter((duo) => duo.tutee?.$refText === tutee) : [];
}

/** The training paths written for a tutee (by name). */
export function pathsOf(institution: InstitutionModel, tutee: string | undefined): TrainingPath[] {
    return tutee ? institution.paths.filter((path) => path.tutee?.$refText === tutee) : [];
}
