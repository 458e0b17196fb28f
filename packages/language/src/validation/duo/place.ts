import type { Duo } from '../../generated/ast.js';
import type { Place } from '../../rules/definition.js';

/** Where findings about a duo go, shared by the duo/* rules and the rules that speak of a duo. */

/**
 * A name quick fixes write where only the user can choose (the tutor of a new duo, a
 * substitute): it is valid syntax, and the unknown name is flagged until it is replaced.
 */
export const TO_COMPLETE_NAME = 'À_COMPLÉTER';

/** The first line of a duo, « duo Élodie accompagne Léa »: where findings about the whole duo go. */
export function duoHeader(duo: Duo): Place<Duo> {
    const start = duo.$cstNode?.range.start;
    const end = duo.tutee?.$refNode?.range.end;
    return start && end ? { node: duo, range: { start, end } } : { node: duo, keyword: 'duo' };
}

export function duoParams(duo: Duo) {
    return { tutor: duo.tutor?.$refText, tutee: duo.tutee?.$refText };
}
