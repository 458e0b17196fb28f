import { GrammarUtils, type AstNode } from 'langium';
import { isPeriod } from '../../generated/ast.js';
import { MAX_LEVEL, MIN_LEVEL } from '../../model/qualifications.js';
import { dateProblem, lacksYear, MONTH_NAMES, parseDate, rangeOf } from '../../model/time.js';
import { defineRule, type Reporter } from '../../rules/definition.js';
import { DATED_ELEMENTS } from './dated-elements.js';
import { closestMatches } from '../../syntax/grammar-knowledge.js';

type DateMessage = 'date' | 'month' | 'year' | 'weekday' | 'unreadableDate';

function checkDates(node: AstNode, report: Reporter<DateMessage>): void {
    for (const property of DATED_ELEMENTS.get(node.$type) ?? []) {
        const value = (node as unknown as Record<string, unknown>)[property];
        if (typeof value !== 'string') {
            continue;
        }
        // « du 5 octobre au 18 décembre 2026 »: the start takes the end's year.
        const endYear = isPeriod(node) && property === 'start' ? parseDate(node.end)?.getUTCFullYear() : undefined;
        const problem = dateProblem(value, endYear);
        const place = { node, property: property as never };
        switch (problem?.kind) {
            case 'impossible':
                report('date', place, { params: { date: value } });
                break;
            case 'unknownMonth':
                report('month', place, { params: { month: problem.month, suggestion: closestMatches(problem.month, MONTH_NAMES, 1)[0] ?? MONTH_NAMES.join(', ') } });
                break;
            case 'noYear':
                report('year', place, { params: { date: value } });
                break;
            case 'weekday':
                report('weekday', place, { params: { date: value.split(/\s+/).slice(1).join(' '), written: problem.written, actual: problem.actual } });
                break;
            case 'unreadable':
                report('unreadableDate', place, { params: { date: value } });
                break;
        }
    }
}

/** A number written in words that is not one (« dix-et-dix »): the value converter gives NaN. */
function checkCount(node: AstNode, property: string, report: Reporter<'number'>): void {
    const value = (node as unknown as Record<string, unknown>)[property];
    if (typeof value === 'number' && Number.isNaN(value)) {
        const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
        report('number', { node, property: property as never }, { params: { words: cst?.text ?? '' } });
    }
}

export const valeur = defineRule({
    id: 'langage/valeur',
    severity: 'error',
    configurable: false,
    crossFile: false,
    title: { fr: 'Les dates, niveaux et pourcentages existent', en: 'Dates, levels and percentages exist' },
    description: {
        fr: 'Une date existe au calendrier (pas de 31/02), un niveau de qualification va de 1 à 8 (Cadre francophone des certifications), une part de temps de 1 à 100 %, une fréquence ou une durée n’est pas nulle, une période ne se termine pas avant de commencer.',
        en: 'A date exists in the calendar (no 31/02), a qualification level goes from 1 to 8 (French-speaking qualifications framework), a share of time from 1 to 100 %, a frequency or duration is not zero, a period does not end before it starts.'
    },
    messages: {
        date: { fr: 'La date {date} n’existe pas au calendrier (ce mois n’a pas autant de jours). Écrivez une date réelle.', en: 'The date {date} does not exist in the calendar (the month has fewer days). Write a real date.' },
        month: { fr: '« {month} » n’est pas un mois. Écrivez le mois en toutes lettres, par exemple « {suggestion} ».', en: '“{month}” is not a month. Write the month in full, for example “{suggestion}”.' },
        year: { fr: 'La date {date} n’a pas d’année : écrivez-la, par exemple « {date} 2026 ».', en: 'The date {date} has no year: write it, for example “{date} 2026”.' },
        weekday: { fr: 'Le {date} est un {actual}, pas un {written} : corrigez le jour ou la date.', en: '{date} is a {actual}, not a {written}: correct the day or the date.' },
        unreadableDate: { fr: '« {date} » n’est pas une date : écrivez par exemple 15/09/2026 ou 15 septembre 2026.', en: '“{date}” is not a date: write for example 15/09/2026 or 15 septembre 2026.' },
        number: { fr: '« {words} » n’est pas un nombre : écrivez-le en chiffres (17) ou en lettres (dix-sept).', en: '“{words}” is not a number: write it in figures (17) or in words (dix-sept).' },
        level: { fr: 'Le niveau {level} n’existe pas : le Cadre francophone des certifications compte les niveaux 1 à 8.', en: 'Level {level} does not exist: the French-speaking qualifications framework has levels 1 to 8.' },
        percent: { fr: 'Une part du temps de travail va de 1 à 100 % ; {value} % n’est pas possible.', en: 'A share of working time goes from 1 to 100 %; {value} % is not possible.' },
        zero: { fr: 'Une durée ou une fréquence de zéro ne veut rien dire : écrivez au moins 1.', en: 'A duration or frequency of zero means nothing: write at least 1.' },
        periodOrder: { fr: 'Cette période se termine ({end}) avant de commencer ({start}) : vérifiez l’ordre des dates.', en: 'This period ends ({end}) before it starts ({start}): check the order of the dates.' }
    },
    checks: {
        // Every kind of element that holds a date, so that the validator's own walk through the tree is enough.
        ...Object.fromEntries([...DATED_ELEMENTS.keys()].map((type) => [type, checkDates])),
        Qualification(qualification, report) {
            if (qualification.level !== undefined && (qualification.level < MIN_LEVEL || qualification.level > MAX_LEVEL || !Number.isInteger(qualification.level))) {
                report('level', { node: qualification, property: 'level' }, { params: { level: qualification.level } });
            }
        },
        Share(share, report) {
            checkCount(share, 'percent', report);
            if (share.percent <= 0 || share.percent > 100) {
                report('percent', { node: share, property: 'percent' }, { params: { value: share.percent } });
            }
        },
        Duration(duration, report) {
            checkCount(duration, 'value', report);
            if (duration.value === 0) {
                report('zero', { node: duration });
            }
        },
        Frequency(frequency, report) {
            ['every', 'times', 'among'].forEach((property) => checkCount(frequency, property, report));
            if (frequency.every === 0 || frequency.times === 0 || frequency.among === 0) {
                report('zero', { node: frequency });
            }
        },
        MaxTutees(maximum, report) {
            checkCount(maximum, 'value', report);
        },
        MaxTuteesPerService(maximum, report) {
            checkCount(maximum, 'value', report);
        },
        Period(period, report) {
            // The dates of a period are checked here: this check replaces the one given to every dated element above.
            checkDates(period, report);
            const range = rangeOf(period);
            if (range?.end && parseDate(period.end) && range.end < range.start && !lacksYear(period.start)) {
                report('periodOrder', { node: period }, { params: { start: period.start, end: period.end ?? '' } });
            }
        }
    }
});
