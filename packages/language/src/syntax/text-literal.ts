/**
 * Writes a text as a Tutorat text literal that reads back as the same text: `« … »` when the text
 * holds no French quote, else `“ … ”` when it holds no English one, else `"…"` with `\` and `"`
 * escaped. Line breaks are kept as `\n` in the straight form only, where a line starting like a
 * statement could otherwise be taken for the end of an unclosed text.
 */
export function textLiteral(value: string): string {
    if (!/[«»]/.test(value)) {
        return `« ${value} »`;
    }
    if (!/[“”]/.test(value)) {
        return `“ ${value} ”`;
    }
    return `"${value.replace(/[\\"]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n')}"`;
}
