import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Nearest-rank percentile of a list of numbers (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
    if (values.length === 0) {
        return Number.NaN;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}

export function median(values: readonly number[]): number {
    return percentile(values, 50);
}

export function round(value: number, digits = 0): number {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}

export interface ChildResult {
    readonly [key: string]: number | string;
}

/** Runs a bundled measurement in a fresh Node process and returns the JSON it prints last. */
export function runChild(script: string, args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): ChildResult {
    const result = spawnSync(process.execPath, [script, ...args], {
        cwd: options.cwd,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: options.timeoutMs ?? 600_000
    });
    const lastLine = result.stdout?.trim().split('\n').at(-1) ?? '';
    try {
        return JSON.parse(lastLine) as ChildResult;
    } catch {
        throw new Error(`${script} ${args.join(' ')} failed (exit ${result.status}, signal ${result.signal}): ${(result.stderr ?? '').slice(-2000)}`);
    }
}

/** Runs a command as its own process under /usr/bin/time -v: wall time, peak memory and exit code. */
export function runTimedProcess(command: readonly string[], cwd: string): { wallMs: number; cpuMs: number; maxRssMb: number; exitCode: number; stdout: string } {
    const start = performance.now();
    const result = spawnSync('/usr/bin/time', ['-v', ...command], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
    const wallMs = performance.now() - start;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
    if (!rss) {
        throw new Error(`${command.join(' ')} did not run: ${(result.stderr ?? '').slice(-2000)}`);
    }
    const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr ?? '')?.[1] ?? Number.NaN);
    return { wallMs, cpuMs: (seconds('User') + seconds('System')) * 1000, maxRssMb: Number(rss[1]) / 1024, exitCode: result.status ?? -1, stdout: result.stdout };
}
