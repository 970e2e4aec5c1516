import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, DEFAULT_DB_PATH, type Db } from '../store/db.ts';
import { readInputs } from '../ingest/read-inputs.ts';
import { writeImport } from '../store/import-writer.ts';
import { addUser, userCount } from '../users/accounts.ts';
import { describe } from './import.ts';
import { configRecipe } from './config-recipe-cli.ts';
import { corpusReference } from './corpus-reference.ts';
import type { Reference } from '../checks/reference.ts';
import { checkStored } from '../pipeline/check-stored.ts';
import { UsageError, intOption, str, type Command } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary:
    'Serves the review site. With --setup (what `npm start` runs) it first creates the store if\n' +
    'needed, imports the corpus folder (idempotent) and, when there are no accounts yet, creates\n' +
    'an admin account with a generated password that it prints once.',
  usage: 'serve [--setup] [--corpus DIR] [--host HOST] [--port N]',
  help:
    `  --db FILE             the store (default ${DEFAULT_DB_PATH})\n` +
    '  --setup               import the corpus and create the first admin before serving\n' +
    '  --corpus DIR          the folder --setup imports and whose reference files the checks use (default corpus)\n' +
    '  --config FILE         check configuration (default ./xinda.config.json when present)\n' +
    '  --host HOST           address to bind (default 127.0.0.1; anything else exposes the site)\n' +
    '  --port N              port (default 3000; 0 picks a free one)\n',
  options: {
    db: { type: 'string' },
    setup: { type: 'boolean' },
    corpus: { type: 'string' },
    config: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
  },
  allowPositionals: false,
  async run(values) {
    const host = str(values.host) ?? '127.0.0.1';
    const port = intOption('port', values.port, 3000);
    if (port > 65535) throw new UsageError('--port must be at most 65535');
    const db = openDb(str(values.db) ?? DEFAULT_DB_PATH);
    // One reference for the checks --setup runs and for the site's names panel, so both judge alike.
    const { corpus, reference } = corpusReference(str(values.corpus), (e) => process.stderr.write(`xinda serve: ${e.message}\n`));
    if (values.setup === true) setup(db, corpus, str(values.config), reference);
    // Loaded here so that the other commands do not pay for the web stack at start-up.
    const { createApp } = await import('../web/app.ts');
    const { loadCategories } = await import('../web/mqm-categories.ts');
    // A corpus folder may bring its own MQM category tree; otherwise the one in corpus/ is used.
    const ownTree = join(corpus, 'mqm-categories.tsv');
    const app = createApp(db, { reference, ...(existsSync(ownTree) && { categories: loadCategories(ownTree) }) });
    await new Promise<void>((resolve, reject) => {
      const server = app.listen(port, host, () => {
        const addr = server.address();
        const actual = typeof addr === 'object' && addr ? addr.port : port;
        const shown = host.includes(':') ? `[${host}]` : host;
        process.stdout.write(`xinda review site: http://${shown}:${actual}/  (Ctrl-C stops it)\n`);
      });
      server.on('error', (e: NodeJS.ErrnoException) =>
        reject(e.code === 'EADDRINUSE' ? new UsageError(`port ${port} on ${host} is in use; pick another with --port`) : e),
      );
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    db.close();
    return 0;
  },
};

function setup(db: Db, corpus: string, configPath: string | undefined, reference: Reference): void {
  const { config } = configRecipe(configPath, undefined);
  if (existsSync(corpus)) {
    const read = readInputs([corpus]);
    process.stdout.write(`corpus ${corpus}: ` + describe(writeImport(db, read.docs, { paths: [corpus], actor: 'setup' }), read.files));
  } else {
    process.stdout.write(`no ${corpus} folder: starting with the store as it is\n`);
  }
  const run = checkStored(db, config, reference);
  const sev = ['critical', 'major', 'minor'].map((s) => `${run.bySeverity[s] ?? 0} ${s}`).join(', ');
  process.stdout.write(`checked ${run.documents} translation${run.documents === 1 ? '' : 's'}: ${run.findings} open findings (${sev})\n${run.signature}\n`);
  if (userCount(db) === 0) {
    const { password } = addUser(db, 'admin', 'admin', 'setup');
    process.stdout.write(
      `created the first account: admin / ${password}\n` +
        'this password is shown once; `npx xinda user passwd admin` makes a new one\n',
    );
  }
}
