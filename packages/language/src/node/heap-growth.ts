import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/** Below this heap after a build (what is alive and what awaits collection), V8 grows it as it likes. */
const SMALL_HEAP_BYTES = 150 * 1024 * 1024;
/** Above this, growth is limited again. */
const LARGE_HEAP_BYTES = 250 * 1024 * 1024;

/**
 * Between two full collections V8 lets the heap grow up to four times what is alive. A language
 * server leaves much garbage at each edit (documents linked and checked again): on 1,000 files a long
 * editing session peaked at 550–750 MB of resident memory for ≈ 165 MB alive. So the heap may grow by
 * half of what is alive only — from the start, before the first build sets generous limits — which
 * still grows with the workspace (no fixed ceiling to run out of). A small workspace gets V8's
 * default back after a build, as collecting often costs it more time than the memory is worth
 * (BENCHMARKS.md). Returns the check to run after each build.
 */
export function heapGrowthLimiter(): () => void {
    let limited = true;
    setFlagsFromString('--heap-growing-percent=50');
    return () => {
        const used = getHeapStatistics().used_heap_size;
        if (limited ? used < SMALL_HEAP_BYTES : used > LARGE_HEAP_BYTES) {
            limited = !limited;
            // 0 gives the choice back to V8.
            setFlagsFromString(`--heap-growing-percent=${limited ? 50 : 0}`);
        }
    };
}
