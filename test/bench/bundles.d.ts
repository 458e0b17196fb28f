/** See bundles.js: bundles entry points with the Tutorat packages' sources. */
export declare const ROOT: string;
export declare const ENTRIES: Record<'main' | 'check' | 'cli' | 'handbook' | 'server', { entry: string; file: string; options: object }>;
export declare function buildBundles(names: ReadonlyArray<keyof typeof ENTRIES>, outDir: string): Promise<Record<string, string>>;
