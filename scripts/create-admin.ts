// `npm run create-admin -- --email a@b.org --name "A B"`: the first administrator, from the shell.
// The password is read from ADMIN_PASSWORD or asked for on the terminal.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getDb, migrate } from '../lib/db/client';
import { MIN_PASSWORD_LENGTH } from '../lib/auth/password';
import { countUsers, createUser, findUserByEmail } from '../lib/services/accounts/users';
import { env } from '../lib/config/env';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });

const ZInput = z.object({
  email: z.string().trim().toLowerCase().email('--email must be an email address'),
  name: z.string().trim().min(2, '--name is required'),
  password: z.string().min(MIN_PASSWORD_LENGTH, `the password needs at least ${MIN_PASSWORD_LENGTH} characters`),
});

async function main(): Promise<void> {
  let password = env().ADMIN_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question('Password for the administrator: ');
    rl.close();
  }
  const parsed = ZInput.safeParse({ email: values.email, name: values.name, password });
  if (!parsed.success) {
    console.error(`create-admin: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    process.exit(2);
  }
  const db = getDb();
  await migrate(db);
  if (await findUserByEmail(db, parsed.data.email)) {
    console.error(`create-admin: an account for ${parsed.data.email} already exists.`);
    process.exit(1);
  }
  if ((await countUsers(db)) > 0) console.warn('create-admin: accounts already exist; adding another administrator.');
  await createUser(db, { ...parsed.data, isAdmin: true });
  console.log(`Administrator ${parsed.data.email} created. Sign in at /sign-in.`);
  await db.destroy();
}

main().catch((err: unknown) => {
  console.error('create-admin failed:', err);
  process.exit(1);
});
