// Types of prepare.mjs, for the tests that read the same list (test/docs/setup.test.ts).
type Bilingual = { readonly fr: string; readonly en: string };
export interface DebianEntry { readonly package: string; readonly present: { readonly command?: string; readonly file?: string }; readonly why: Bilingual; readonly downloadMB: number; readonly diskMB: number }
export interface NpmEntry { readonly id: string; readonly name: Bilingual; readonly packages: readonly string[]; readonly folder: string; readonly ready: string; readonly runtime?: string; readonly debian?: readonly string[]; readonly why: Bilingual; readonly downloadMB: number; readonly diskMB: number }
export interface Manifest { readonly debian: readonly DebianEntry[]; readonly npm: readonly NpmEntry[] }
export interface Probes { isPresent(entry: DebianEntry): boolean; readonly isRoot: boolean; readonly hasApt: boolean }
export type Step = { readonly kind: 'debian'; readonly entries: readonly DebianEntry[] } | { readonly kind: 'npm'; readonly entry: NpmEntry };
export function readManifest(): Manifest;
export function toolsFolder(env?: NodeJS.ProcessEnv): string;
export function machineProbes(env?: NodeJS.ProcessEnv): Probes;
export function planSteps(manifest: Manifest, folder: string, probes: Probes): Step[];
export function announcement(step: Step, folder: string): string;
export function sum(entries: ReadonlyArray<{ readonly downloadMB: number; readonly diskMB: number }>): { downloadMB: number; diskMB: number };
export function readmeBlocks(manifest: Manifest): { fr: string; en: string };
export function manualCommands(step: Step, folder: string, manifest: Manifest): string;
export function debianProblem(step: Step, probes: Probes, folder: string, manifest: Manifest): string[] | undefined;
