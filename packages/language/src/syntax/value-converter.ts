import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** Number words people write in tutoring documents: « toutes les deux semaines », « un an ». */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12
};

/**
 * Turns the text of a token into the value stored in the syntax tree:
 * texts lose their quotes (straight, French « » or English “ ”) and the spaces French
 * typography puts inside « », numbers accept a decimal comma, and number words become numbers.
 */
export class TutoratValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING':
                return convertText(input);
            case 'NUMBER':
                return convertNumber(input);
            case 'Count':
                return NUMBER_WORDS[input] ?? convertNumber(input);
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}

export function convertText(input: string): string {
    const first = input.charAt(0);
    const inner = first === '«' || first === '“'
        ? input.slice(1, -1)
        : input.slice(1, -1).replace(/\\(.)/g, (_, escaped: string) => escaped === 'n' ? '\n' : escaped);
    return reflow(inner);
}

/**
 * A text may run over several indented lines in the document: lines are joined with one space,
 * and a blank line is kept as a paragraph break (the handbooks print it as such).
 */
function reflow(text: string): string {
    return text
        .split(/\n[ \t\u00A0]*\n\s*/)
        .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
        .join('\n\n')
        .trim();
}

export function convertNumber(input: string): number {
    return Number(input.replace(',', '.'));
}
