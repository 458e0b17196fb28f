import { createCompletionParser, type LangiumCompletionParser, type LangiumCoreServices } from 'langium';

type CompletionParseResult = ReturnType<LangiumCompletionParser['parse']>;

/**
 * Langium's completion parser, built on the first completion (or by `prepare`) rather than when the services are
 * created. Building it is a second analysis of the whole grammar (≈ 0.2 s, more on a slow machine); a language
 * server creates all its services at `initialize`, so built there it would delay the first findings of every start,
 * although only completion uses it.
 */
export class DeferredCompletionParser {
    private parser?: LangiumCompletionParser;

    constructor(private readonly services: LangiumCoreServices) {}

    parse(input: string): CompletionParseResult {
        return this.prepare().parse(input);
    }

    /** Builds the parser now (when the server has nothing else to do), so that the first completion is quick. */
    prepare(): LangiumCompletionParser {
        this.parser ??= createCompletionParser(this.services);
        return this.parser;
    }
}

/** The service as Langium's completion provider expects it: only `parse` is ever called. */
export function deferredCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    return new DeferredCompletionParser(services) as unknown as LangiumCompletionParser;
}
