import { nowIso, type Db } from '../store/db.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import { audit } from '../store/audit.ts';

export type Role = 'admin' | 'reviewer' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'reviewer', 'viewer'];

export interface User {
  id: number;
  name: string;
  role: Role;
}

const NAME = /^[\p{L}\p{N}_.@-]{1,64}$/u;

export class AccountError extends Error {}

/** Creates an account with a generated password and returns the password (shown once, never stored). */
export function addUser(db: Db, name: string, role: Role, actor: string): { user: User; password: string } {
  if (!NAME.test(name)) throw new AccountError(`user name "${name}" must be 1–64 letters, digits or _ . @ -`);
  if (!ROLES.includes(role)) throw new AccountError(`role must be one of ${ROLES.join(', ')}`);
  if (findUser(db, name)) throw new AccountError(`user "${name}" already exists`);
  const password = generatePassword();
  const id = Number(
    db.prepare('INSERT INTO users (name, role, pw_hash, created_at) VALUES (?, ?, ?, ?)').run(name, role, hashPassword(password), nowIso())
      .lastInsertRowid,
  );
  audit(db, { actor, action: 'user.add', entity: 'user', entityId: id, after: { name, role } });
  return { user: { id, name, role }, password };
}

export function resetPassword(db: Db, name: string, actor: string): string {
  const user = findUser(db, name);
  if (!user) throw new AccountError(`no user "${name}"`);
  const password = generatePassword();
  db.prepare('UPDATE users SET pw_hash = ? WHERE id = ?').run(hashPassword(password), user.id);
  db.prepare('DELETE FROM sessions WHERE user_id = ?').run(user.id);
  audit(db, { actor, action: 'user.password', entity: 'user', entityId: user.id });
  return password;
}

export function findUser(db: Db, name: string): (User & { pw_hash: string }) | undefined {
  return db.prepare('SELECT id, name, role, pw_hash FROM users WHERE name = ?').get(name) as (User & { pw_hash: string }) | undefined;
}

export function listUsers(db: Db): User[] {
  return db.prepare('SELECT id, name, role FROM users ORDER BY name').all() as User[];
}

export function userCount(db: Db): number {
  return (db.prepare('SELECT count(*) FROM users').pluck().get() as number) ?? 0;
}
