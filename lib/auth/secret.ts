import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../db/client';
import { defaultEnv, env } from '../config/env';

/**
 * Makes sure NEXTAUTH_SECRET is set: when the operator gave none, one is generated once and
 * kept in DATA_DIR so sessions survive restarts. Several instances must be given the same one.
 */
export function ensureAuthSecret(): void {
  if (env().NEXTAUTH_SECRET) return;
  const file = path.join(dataDir(), '.auth-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  defaultEnv('NEXTAUTH_SECRET', fs.readFileSync(file, 'utf8').trim());
}
