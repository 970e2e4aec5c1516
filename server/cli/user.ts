import { openDb, DEFAULT_DB_PATH } from '../store/db.ts';
import { AccountError, ROLES, addUser, listUsers, resetPassword, type Role } from '../users/accounts.ts';
import { UsageError, str, type Command } from './command.ts';

export const userCommand: Command = {
  name: 'user',
  summary: 'Manages review-site accounts. Passwords are generated, printed once and stored only as scrypt hashes.',
  usage: 'user add NAME [--role admin|reviewer|viewer] | user passwd NAME | user list',
  help: `  --db FILE             the store (default ${DEFAULT_DB_PATH})\n  --role ROLE           for add: ${ROLES.join(', ')} (default reviewer)\n`,
  options: { db: { type: 'string' }, role: { type: 'string' } },
  allowPositionals: true,
  run(values, args) {
    const [action, name] = args;
    const actor = `cli:${process.env.USER ?? 'unknown'}`;
    const db = openDb(str(values.db) ?? DEFAULT_DB_PATH);
    try {
      if (action === 'list') {
        for (const u of listUsers(db)) process.stdout.write(`${u.name}\t${u.role}\n`);
        return 0;
      }
      if ((action === 'add' || action === 'passwd') && name !== undefined && args.length === 2) {
        if (action === 'add') {
          const role = (str(values.role) ?? 'reviewer') as Role;
          const { password } = addUser(db, name, role, actor);
          process.stdout.write(`created ${role} "${name}" with password: ${password}\n`);
        } else {
          process.stdout.write(`new password for "${name}": ${resetPassword(db, name, actor)}\n`);
        }
        return 0;
      }
      throw new UsageError('expected "add NAME", "passwd NAME" or "list"');
    } catch (e) {
      if (e instanceof AccountError) throw new UsageError(e.message);
      throw e;
    } finally {
      db.close();
    }
  },
};
