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
    try {
        const { values, positionals } = parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
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
