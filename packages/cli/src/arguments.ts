import { parseArgs } from 'node:util';
import { toLocale, type Locale } from '@tutorat/language';
import { CliError } from './io.js';
import { texts, say } from './messages.js';

export interface OptionSpec {
    readonly type: 'string' | 'boolean';
    readonly short?: string;
    readonly multiple?: boolean;
}

export interface ParsedArguments {
    readonly values: Record<string, string | boolean | string[] | undefined>;
    readonly positionals: string[];
    readonly locale: Locale;
}

/** Every command understands these. */
const COMMON_OPTIONS: Record<string, OptionSpec> = {
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};

/**
 * Parses a command's arguments; mistakes become French (or English) sentences instead of
 * Node's English error codes.
 */
export function parseCommandArguments(command: string, args: readonly string[], options: Record<string, OptionSpec>): ParsedArguments {
    const locale = localeFrom(args);
    const all = { ...COMMON_OPTIONS, ...options };
    try {
        const { values, positionals, tokens } = parseArgs({ args: withNegativeValues(args, all), options: all, allowPositionals: true, strict: true, tokens: true });
        // The last of two values would win silently: `--format json --format sarif` is a mistake to point out.
        for (const [name, spec] of Object.entries(all)) {
            const given = tokens.filter((token) => token.kind === 'option' && token.name === name);
            if (spec.type === 'string' && !spec.multiple && given.length > 1) {
                throw new CliError(say(texts.repeatedOption, locale, { option: `--${name}`, values: given.map((token) => token.kind === 'option' ? token.value : '').join(', '), command }));
            }
        }
        if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en') {
            throw new CliError(say(texts.badLanguage, locale, { value: String(values.lang) }));
        }
        return { values: values as ParsedArguments['values'], positionals, locale };
    } catch (error) {
        if (error instanceof CliError) {
            throw error;
        }
        const code = (error as { code?: string }).code;
        const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
        const message = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? texts.unknownOption
            : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? texts.optionNeedsValue
                : texts.badArguments;
        throw new CliError(say(message, locale, { option, command }));
    }
}

/**
 * `--max-warnings -3`: Node's parser takes `-3` for an option and says a value is missing. A
 * negative number after an option that expects a value is that value (then refused for what it is).
 */
function withNegativeValues(args: readonly string[], options: Record<string, OptionSpec>): string[] {
    const takesValue = new Map<string, string>();
    for (const [name, spec] of Object.entries(options).filter(([, spec]) => spec.type === 'string')) {
        takesValue.set(`--${name}`, name);
        if (spec.short) {
            takesValue.set(`-${spec.short}`, name);
        }
    }
    const result: string[] = [];
    for (let index = 0; index < args.length; index++) {
        const name = takesValue.get(args[index]);
        const next = args[index + 1];
        if (name && next !== undefined && /^-\d/.test(next)) {
            result.push(`--${name}=${next}`);
            index++;
        } else {
            result.push(args[index]);
        }
    }
    return result;
}

/** `--lang en` (or `--lang=en`) anywhere on the line; French otherwise. */
export function localeFrom(args: readonly string[]): Locale {
    const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
    if (index < 0) {
        return 'fr';
    }
    const value = args[index].includes('=') ? args[index].split('=')[1] : args[index + 1];
    return toLocale(value);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], option: string, locale: Locale): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
        return value as T;
    }
    throw new CliError(say(texts.badChoice, locale, { option, value: String(value), allowed: allowed.join(', ') }));
}
