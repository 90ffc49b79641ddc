import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../../db/client';

// Files live under DATA_DIR/files/<assessmentId>/<random id>: the stored name never comes from
// the user, so no upload can choose where it lands.
const ZKEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

function fullPath(storageKey: string): string {
  if (!ZKEY.test(storageKey)) throw new Error('invalid storage key');
  return path.join(dataDir(), 'files', storageKey);
}

/** Stores bytes for an assessment and returns their storage key. */
export async function storeFile(assessmentId: string, bytes: Uint8Array): Promise<string> {
  const key = `${assessmentId}/${crypto.randomUUID()}`;
  const file = fullPath(key);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await fs.promises.writeFile(file, bytes, { flag: 'wx' });
  return key;
}

/** Reads a stored file's bytes. */
export function readStoredFile(storageKey: string): Promise<Buffer> {
  return fs.promises.readFile(fullPath(storageKey));
}

/** Deletes a stored file; a file already gone is not an error. */
export async function deleteStoredFile(storageKey: string): Promise<void> {
  await fs.promises.rm(fullPath(storageKey), { force: true });
}
