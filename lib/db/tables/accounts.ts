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

export interface SignInThrottleTable {
  email: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  assessment_id: string | null;
  actor_id: string | null;
  action: string;
  detail: string;
  created_at: string;
}
