// Command-line numbers of the benchmark and evaluation scripts. Number('abc') is NaN and
// Number('') is 0, and either would run the script on a corpus of nothing and print
// Infinity or 0 as a figure; a bad value is refused instead, with exit status 2.

/** The whole number given for `--name`, at least `min`, or `fallback` when it is absent. */
export function wholeNumberOption(script: string, name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    process.stderr.write(`${script}: --${name} must be a whole number of at least ${min}, not "${value}"\n`);
    process.exit(2);
  }
  return n;
}
