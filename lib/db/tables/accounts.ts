import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  is_admin: number;
  time_zone: string | null;
  locale: string | null;
  /** Bumped to end every session of the user at once (sign-out everywhere, removal). */
  session_version: Generated<number>;
  created_at: string;
}

export interface SignInAttemptsTable {
  /** `pair:<email> <address>`, `address:<address>` or `email:<email>` (addresses as keyed hashes). */
  key: string;
  attempts: number;
  last_attempt_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  assessment_id: string | null;
  actor_id: string | null;
  action: string;
  detail: string;
  created_at: string;
}
