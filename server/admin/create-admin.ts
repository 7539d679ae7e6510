import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors/errors';
import { configFromEnv, openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { readEnv } from '../env';
import { createAssociation } from './create-association';

const usage =
  'Usage: npm run create-admin -- --association "Name" --email admin@example.org --name "Full Name" ' +
  '[--country AT|DE] [--time-zone Europe/Vienna]\n' +
  'The password is read from standard input (never from an argument, which would end up in shell history).';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      association: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      country: { type: 'string', default: 'DE' },
      'time-zone': { type: 'string', default: 'Europe/Berlin' },
    },
  });
  if (!values.association || !values.email || !values.name) {
    console.error(usage);
    process.exit(2);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const password = (await rl.question('Password for the administrator (min. 10 characters): ')).trim();
  rl.close();
  const env = readEnv();
  const database = openDatabase(configFromEnv(env));
  try {
    await migrateToLatest(database.db);
    const { associationId } = await createAssociation(
      database.db,
      {
        associationName: values.association,
        adminEmail: values.email,
        adminName: values.name,
        country: values.country as 'DE',
        timeZone: values['time-zone'] ?? 'Europe/Berlin',
        password,
      },
      new Date(),
    );
    console.log(`Created association ${associationId} with administrator ${values.email}.`);
  } catch (err) {
    if (err instanceof AppError) {
      console.error(
        `${err.message}${err.details ? `: ${err.details.map((d) => `${d.path} ${d.message}`).join('; ')}` : ''}`,
      );
      process.exitCode = 1;
    } else throw err;
  } finally {
    await database.close();
  }
}

await main();
