import { InputError } from './input-error.ts';

// Small typed accessors for JSON records, so every reader reports a missing or mistyped
// field the same way: file, line and the field's name.

export type JsonObject = Record<string, unknown>;

export function parseJsonLine(file: string, line: number, text: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, `malformed JSON: ${(e as Error).message}`, { line });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(file, 'expected a JSON object on this line', { line });
  }
  return value as JsonObject;
}

export class Fields {
  constructor(
    private readonly file: string,
    private readonly line: number | undefined,
    private readonly obj: JsonObject,
    private readonly path: string = '',
  ) {}

  private name(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  fail(message: string): never {
    throw new InputError(this.file, message, this.line === undefined ? {} : { line: this.line });
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined && this.obj[key] !== null;
  }

  str(key: string): string {
    const v = this.obj[key];
    if (v === undefined || v === null) this.fail(`missing field "${this.name(key)}"`);
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string') this.fail(`field "${this.name(key)}" must be a string`);
    return v;
  }

  optStr(key: string): string | undefined {
    return this.has(key) ? this.str(key) : undefined;
  }

  int(key: string): number {
    const v = this.obj[key];
    if (v === undefined || v === null) this.fail(`missing field "${this.name(key)}"`);
    if (typeof v !== 'number' || !Number.isInteger(v)) this.fail(`field "${this.name(key)}" must be an integer`);
    return v;
  }

  optInt(key: string): number | null {
    return this.has(key) ? this.int(key) : null;
  }

  strings(key: string): string[] {
    const v = this.obj[key];
    if (!Array.isArray(v)) this.fail(`field "${this.name(key)}" must be an array of strings`);
    return v.map((x, i) => {
      if (typeof x !== 'string') this.fail(`field "${this.name(key)}[${i}]" must be a string`);
      return x;
    });
  }

  object(key: string): Fields {
    const v = this.obj[key];
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(`field "${this.name(key)}" must be an object`);
    return new Fields(this.file, this.line, v as JsonObject, this.name(key));
  }

  objects(key: string): Fields[] {
    const v = this.obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(`field "${this.name(key)}" must be an array`);
    return v.map((x, i) => {
      if (typeof x !== 'object' || x === null || Array.isArray(x)) this.fail(`field "${this.name(key)}[${i}]" must be an object`);
      return new Fields(this.file, this.line, x as JsonObject, `${this.name(key)}[${i}]`);
    });
  }
}
