/**
 * The preview's Content-Security-Policy: nothing may load or run, except the handbook's own inline styles
 * and images embedded as `data:` URLs. With `enableScripts: false` this makes the preview inert even if a
 * document's text were to contain markup.
 */
export const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`;

/** The handbook page with the preview's CSP as the first element of its head (a page without head gets one). */
export function withContentSecurityPolicy(html: string): string {
    const head = /<head(\s[^>]*)?>/i.exec(html);
    if (head) {
        const at = head.index + head[0].length;
        return html.slice(0, at) + CSP_META + html.slice(at);
    }
    const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
    if (htmlTag) {
        const at = htmlTag.index + htmlTag[0].length;
        return html.slice(0, at) + `<head>${CSP_META}</head>` + html.slice(at);
    }
    return `<!DOCTYPE html><html><head>${CSP_META}<meta charset="utf-8"></head><body>${html}</body></html>`;
}

/** A short message in place of the handbook (while it is prepared, or when there is none). */
export function placeholderPage(message: string): string {
    return withContentSecurityPolicy(`<p style="font-family: sans-serif; padding: 1em">${escapeHtml(message)}</p>`);
}

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
