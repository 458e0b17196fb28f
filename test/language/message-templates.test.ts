import { describe, expect, test } from 'vitest';
import { format, hasAllParams } from '@tutorat/language';

// Message templates are cut at their placeholders once and reused for every finding: the same
// template must give the same text whatever was filled in before.
describe('message templates', () => {
    test('fills every placeholder and leaves an unknown one visible', () => {
        expect(format('{a} et {b}, puis {a}', { a: 'Léa', b: 'Tom' })).toBe('Léa et Tom, puis Léa');
        expect(format('{a} et {b}', { a: 'Léa' })).toBe('Léa et {b}');
        expect(format('sans valeur')).toBe('sans valeur');
        expect(format('{a}{b}', { a: 1, b: 2 })).toBe('12');
    });

    test('in French, elides only the word written just before the value', () => {
        expect(format('la tutrice de {name}', { name: 'Inès' }, 'fr')).toBe('la tutrice d’Inès');
        expect(format('la tutrice de {name}', { name: 'Inès' }, 'en')).toBe('la tutrice de Inès');
        // The value before is not the template's text: « Maison de » is not elided before « Amélie ».
        expect(format('{a} {b}', { a: 'Maison de', b: 'Amélie' }, 'fr')).toBe('Maison de Amélie');
        // The same template, filled again, gives the same text.
        expect(format('la tutrice de {name}', { name: 'Inès' }, 'fr')).toBe('la tutrice d’Inès');
    });

    test('a message is given only when both languages have all their values', () => {
        const message = { fr: '{tutor} accompagne {tutee}', en: '{tutor} supports {tutee}' };
        expect(hasAllParams(message, { tutor: 'Léa', tutee: 'Tom' })).toBe(true);
        expect(hasAllParams(message, { tutor: 'Léa' })).toBe(false);
        expect(hasAllParams({ fr: 'texte', en: 'text {name}' }, {})).toBe(false);
        expect(hasAllParams({ fr: 'texte', en: 'text' })).toBe(true);
    });
});
