import bcrypt from 'bcryptjs';

// Cost 12 takes a few hundred milliseconds here: slow for a guesser, bearable for a person.
const COST = 12;
/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10;

/** A bcrypt hash of `password`. */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** Whether `password` matches `hash`; a missing hash (single sign-on account) never matches. */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (!hash) {
    // Spend the same time as a real check so the answer does not reveal which accounts exist.
    await bcrypt.hash(password, COST);
    return false;
  }
  return bcrypt.compare(password, hash);
}
