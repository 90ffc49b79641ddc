import type { TRole } from '@/lib/domain/access/roles';

/** A member a facilitator may put into a group, with the group they are in now (if any). */
export type TMemberOption = {
  id: string;
  name: string;
  role: TRole;
  expertise: string | null;
  groupId: string | null;
  groupName: string | null;
};

/** A group as a select or a suggestion names it. */
export type TGroupOption = { id: string; name: string };
