/**
 * Progress on stderr, only when stderr is a terminal: piped or logged runs stay clean.
 * Redraws at most ten times a second so the bar never costs more than the work.
 */
export function progress(label: string, quiet: boolean) {
  const tty = process.stderr.isTTY === true && !quiet;
  const started = Date.now();
  let last = 0;
  let drawn = false;
  return {
    update(done: number, total: number) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const secs = (now - started) / 1000;
      const rate = secs > 0 ? done / secs : 0;
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      process.stderr.write(`\r${label} ${done}/${total}  ${rate.toFixed(1)}/s  ETA ${eta}s   `);
      drawn = true;
    },
    done() {
      if (drawn) process.stderr.write('\r\x1b[K');
    },
  };
}
