import { languageTools } from './language-tools.js';
import { MESSAGES } from './messages.js';
import { sample, type Note } from './notes.js';

/**
 * Turns the codes of other tools (`CCSS.Math.6.RP`, `1.2`, `level 1`) into names of the language
 * (`CCSS-Math-6-RP`, `C1-2`, `level-1`), unique within a framework. Every change is noted, so the
 * consultant knows which code became which name.
 */
export class NameMaker {
    private readonly used = new Set<string>();
    private readonly renamed: string[] = [];
    private readonly generated: string[] = [];

    /** `prefix` starts a name that would otherwise start with a digit, or replaces a missing code. */
    make(code: string | undefined, prefix: string): string {
        const raw = (code ?? '').trim();
        let name = raw === '' ? '' : toName(raw, prefix);
        if (name === '') {
            name = `${prefix}${this.generated.length + 1}`;
        }
        const base = name;
        for (let suffix = 2; this.used.has(name.toLowerCase()); suffix++) {
            name = `${base}-${suffix}`;
        }
        this.used.add(name.toLowerCase());
        if (raw !== '' && name !== raw) {
            this.renamed.push(`${raw} → ${name}`);
        } else if (raw === '') {
            this.generated.push(name);
        }
        return name;
    }

    /** One warning for the codes changed, one for the names given to items without a code. */
    report(notes: Note[]): void {
        if (this.renamed.length > 0) {
            notes.push({ text: MESSAGES.names.renamed, params: { count: this.renamed.length, items: sample(this.renamed) } });
        }
        if (this.generated.length > 0) {
            notes.push({ text: MESSAGES.names.generated, params: { count: this.generated.length, items: sample(this.generated) } });
        }
    }

    /** Keeps a name the file already gave, so that generated names do not take it. */
    reserve(name: string): void {
        this.used.add(name.toLowerCase());
    }
}

/** The closest name of the language to a code; '' when nothing of it can be kept. */
export function toName(code: string, prefix: string): string {
    const isName = languageTools().isName;
    if (isName(code)) {
        return code;
    }
    let name = code.normalize('NFC')
        .replace(/[\u2010-\u2013]/g, '-')
        .replace(/[^\w\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-_]+|-+$/g, '');
    if (name === '') {
        return '';
    }
    if (!/^[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F_]/.test(name)) {
        name = `${prefix}${name}`;
    }
    if (!isName(name)) {
        // A keyword of the language (`domaine`, `critère`…) is kept behind the prefix.
        name = `${prefix}-${name}`;
    }
    return isName(name) ? name : '';
}
