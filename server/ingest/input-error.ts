/**
 * Bad input: always names the file and, when known, the line or byte offset.
 * The CLI turns it into one message and exit status 2.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly offset: number | undefined;

  constructor(file: string, message: string, where: { line?: number; offset?: number } = {}) {
    const at =
      where.line !== undefined ? `:${where.line}` : where.offset !== undefined ? ` (byte offset ${where.offset})` : '';
    super(`${file}${at}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.line = where.line;
    this.offset = where.offset;
  }
}
