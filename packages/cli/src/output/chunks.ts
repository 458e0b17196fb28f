/**
 * Reports are written a slice at a time: 20,000 documents make 100,000 findings and a report of
 * tens of megabytes, which as one string costs seconds and hundreds of megabytes to build.
 */

/** Findings per slice of a report. */
const SLICE = 1_000;

/** Stands for the long array in the object given to {@link jsonInSlices}. */
export const LONG_ARRAY = Symbol('long array');

/**
 * The text of `JSON.stringify(value, null, 2)` where {@link LONG_ARRAY} (at any depth of `value`)
 * stands for `items`: the same text, produced a slice of items at a time.
 */
export function* jsonInSlices<T>(value: unknown, items: readonly T[], map: (item: T) => unknown = (item) => item): Generator<string> {
    // A word the rest of the value cannot hold: the findings are not in it yet.
    const word = `tutorat-items-${Math.random().toString(36).slice(2)}`;
    const marker = JSON.stringify(word);
    const text = JSON.stringify(value, (_, current: unknown) => current === LONG_ARRAY ? word : current, 2);
    const at = text.indexOf(marker);
    // The marker follows `"key": ` on its line: the array is indented as that line.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const indent = /^ */.exec(text.slice(lineStart, at))![0];
    yield text.slice(0, at);
    if (items.length === 0) {
        yield '[]';
    } else {
        const inner = `${indent}  `;
        yield '[';
        for (let start = 0; start < items.length; start += SLICE) {
            yield items.slice(start, start + SLICE).map((item, index) => `${start + index === 0 ? '' : ','}\n${inner}${JSON.stringify(map(item), null, 2).replace(/\n/g, `\n${inner}`)}`).join('');
        }
        yield `\n${indent}]`;
    }
    yield text.slice(at + marker.length);
}

/** Lines, a slice at a time, each ended by a line break. */
export function* linesInSlices<T>(items: readonly T[], lines: (item: T) => string[]): Generator<string> {
    for (let start = 0; start < items.length; start += SLICE) {
        const slice = items.slice(start, start + SLICE).flatMap(lines);
        if (slice.length > 0) {
            yield slice.join('\n') + '\n';
        }
    }
}

/** The whole text, for callers that want one string (tests, short reports). */
export function joined(chunks: Iterable<string>): string {
    return [...chunks].join('');
}
