import { describe, expect, test } from 'vitest';
import { groupedNumber } from '../../packages/language/src/i18n/numbers.js';

// Numbers in messages are written without Intl (it costs the browser's worker its language data at start), and
// must read exactly as Intl writes them.
describe('numbers in messages', () => {
    test('are grouped by thousands as Intl groups them, in French and in English', () => {
        for (const value of [0, 7, 999, 1_000, 12_345, 999_999, 1_000_000, 5_000_000, 60_001, -1_234, Number.MAX_SAFE_INTEGER]) {
            expect(groupedNumber(value, 'fr')).toBe(value.toLocaleString('fr-BE'));
            expect(groupedNumber(value, 'en')).toBe(value.toLocaleString('en'));
        }
    });

    test('leave to Intl what is not a whole number', () => {
        expect(groupedNumber(1234.5, 'fr')).toBe((1234.5).toLocaleString('fr-BE'));
        expect(groupedNumber(1234.5, 'en')).toBe('1,234.5');
    });
});
