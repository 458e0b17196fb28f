import { readFileSync } from 'node:fs';

/** The guide's text, kept in the repository (docs/guide/) so that a clean clone can check quotes against it. */
export const GUIDE_TEXT = readFileSync(new URL('../../docs/guide/guide-pour-le-tutorat-2021.txt', import.meta.url), 'utf8');

/** Text compared as read: line breaks, hyphenation and apostrophes do not count. */
export function flatten(text: string): string {
    return text.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ').replace(/'/g, '’').trim();
}

/** Whether every passage of a quote (« […] » between passages) is in the guide, word for word. */
export function quotedPassagesMissing(quote: string): string[] {
    const guide = flatten(GUIDE_TEXT);
    return quote.split('[…]').map(flatten).filter((passage) => !guide.includes(passage));
}
