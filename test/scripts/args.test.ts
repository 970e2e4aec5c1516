import { afterEach, describe, expect, it, vi } from 'vitest';
import { wholeNumberOption } from '../../scripts/lib/args.ts';

afterEach(() => vi.restoreAllMocks());

describe('wholeNumberOption', () => {
  it.each([
    ['absent gives the fallback', undefined, 1, 20_000],
    ['a whole number', '5000', 1, 5000],
    ['zero where zero is allowed', '0', 0, 0],
  ])('%s', (_, value, min, want) => {
    expect(wholeNumberOption('t', 'pairs', value, 20_000, min)).toBe(want);
  });

  it.each(['abc', '', '0', '-3', '1e3', '2.5', '99999999999999999999'])('refuses "%s" with exit status 2 and names the option', (value) => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(() => wholeNumberOption('bench', 'pairs', value, 20_000)).toThrow('exit 2');
    expect(exit).toHaveBeenCalledWith(2);
    expect(String(err.mock.calls[0]?.[0])).toContain(`bench: --pairs must be a whole number of at least 1, not "${value}"`);
  });
});
