import { format, type Bilingual, type Locale, type MessageParams } from '@tutorat/language';

/**
 * Something an import or an export has to tell: a problem that makes the input unusable, or a
 * warning about what the target cannot hold. It says where (row and column of the source table,
 * when there is one) so that a consultant finds the cell in Excel.
 */
export interface Note {
    readonly text: Bilingual;
    readonly params?: MessageParams;
    /** The row of the table, as a spreadsheet numbers it (1 is the first row). */
    readonly row?: number;
    /** The column's header, as written in the file. */
    readonly column?: string;
}

const WHERE = {
    rowAndColumn: { fr: 'ligne {row}, colonne « {column} » : ', en: 'row {row}, column "{column}": ' },
    row: { fr: 'ligne {row} : ', en: 'row {row}: ' }
} satisfies Record<string, Bilingual>;

/** The note as a sentence: « ligne 14, colonne « code » : le code AF-3 existe déjà ligne 9 ». */
export function describeNote(note: Note, locale: Locale): string {
    const where = note.row === undefined ? ''
        : note.column === undefined ? format(WHERE.row[locale], { row: note.row })
            : format(WHERE.rowAndColumn[locale], { row: note.row, column: note.column });
    return where + format(note.text[locale], note.params);
}

/** The input cannot become a framework (or the framework cannot be written): nothing is written. */
export class InteropError extends Error {
    constructor(readonly problems: readonly Note[]) {
        super(problems.map((problem) => describeNote(problem, 'fr')).join('\n'));
    }

    describe(locale: Locale): string[] {
        return this.problems.map((problem) => describeNote(problem, locale));
    }
}

/** Collects the problems of an input; stops at the first few so that one mistake does not flood the screen. */
export class ProblemList {
    private readonly found: Note[] = [];

    constructor(private readonly limit = 20) {}

    add(note: Note): void {
        if (this.found.length < this.limit) {
            this.found.push(note);
        }
    }

    get size(): number {
        return this.found.length;
    }

    /** Throws when anything was found. */
    throwIfAny(): void {
        if (this.found.length > 0) {
            throw new InteropError(this.found);
        }
    }
}

export function fail(text: Bilingual, params?: MessageParams, where?: { row?: number; column?: string }): never {
    throw new InteropError([{ text, params, ...where }]);
}

/** The first few items of a list, and how many more: a warning stays readable for a large file. */
export function sample(items: readonly string[], max = 5): string {
    return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')}… (+${items.length - max})`;
}
