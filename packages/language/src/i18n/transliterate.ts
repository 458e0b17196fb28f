/**
 * Latin letters without their accents and ligatures, for what must be plain ASCII (file names) or
 * compared without minding how a name is spelt (`Œuvre` and `oeuvre`, `Élodie` and `Elodie`).
 * Letters that no Unicode decomposition turns into ASCII are spelt as French and German writers do.
 */
const LETTERS: Readonly<Record<string, string>> = {
    Œ: 'OE', œ: 'oe', Æ: 'AE', æ: 'ae', ß: 'ss', ẞ: 'SS', Ø: 'O', ø: 'o', Đ: 'D', đ: 'd', Ð: 'D', ð: 'd',
    Ł: 'L', ł: 'l', Þ: 'TH', þ: 'th', ı: 'i', ĸ: 'k', Ŋ: 'N', ŋ: 'n', ſ: 's', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't'
};

export function transliterate(text: string): string {
    return text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .replace(/[ŒœÆæßẞØøĐđÐðŁłÞþıĸŊŋſĦħŦŧ]/gu, (letter) => LETTERS[letter]);
}
