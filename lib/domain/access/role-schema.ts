import { z } from 'zod';
import { ROLES } from './roles';

// Apart from `roles.ts`, which nearly every client page imports for `isFacilitator`: a zod schema
// made at module level there put zod (about 28 kB) into those pages' first load.
/** A stored or requested role, checked. */
export const ZRoleSchema = z.enum(ROLES);
