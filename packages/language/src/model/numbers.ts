/**
 * Numbers written in French words, as people write them in a charter: « deux », « quinze »,
 * « vingt et un », « dix-sept », « septante-cinq » (Belgium), « quatre-vingt-dix », « cent ».
 */

const UNITS: Readonly<Record<string, number>> = {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16
};

const TENS: Readonly<Record<string, number>> = {
    dix: 10, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    septante: 70, huitante: 80, octante: 80, nonante: 90, 'quatre-vingt': 80, 'quatre-vingts': 80
};

/**
 * The value of a number written in words, or undefined when the words are not a number
 * (« dix-et-dix », « vingt-vingt »). Words may be joined by hyphens or spaces, with « et ».
 */
export function parseNumberWords(text: string): number | undefined {
    const words = text.normalize('NFC').toLowerCase().trim().replace(/[\s\u2010-\u2013]+/g, '-').split('-').filter((word) => word !== 'et');
    if (words.length === 0 || words.some((word) => word === '')) {
        return undefined;
    }
    if (words.length === 1 && words[0] === 'cent') {
        return 100;
    }
    // « quatre-vingt(s) » is one ten, written in two words.
    const joined = words[0] === 'quatre' && words[1]?.startsWith('vingt') ? [`quatre-${words[1]}`, ...words.slice(2)] : words;
    const [first, ...rest] = joined;
    if (rest.length === 0) {
        return UNITS[first] ?? TENS[first];
    }
    const ten = TENS[first];
    const unit = parseNumberWords(rest.join('-'));
    // After a ten comes a unit below ten, or (60 and 80 in France) ten to nineteen.
    const maxUnit = first === 'soixante' || first.startsWith('quatre-vingt') ? 19 : 9;
    if (ten === undefined || unit === undefined || unit < 1 || unit > maxUnit || first === 'quatre-vingts') {
        return undefined;
    }
    return ten + unit;
}
