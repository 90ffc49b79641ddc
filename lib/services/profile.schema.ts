import { z } from 'zod';
import { isValidTimeZone } from '../domain/time-zone';

/** The signed-in user's own settings, as `PATCH /api/me` takes them. */
export const ZProfileUpdateSchema = z.object({
  timeZone: z.string({ error: 'Choose a time zone.' }).refine(isValidTimeZone, 'Unknown time zone.'),
});
export type TProfileUpdate = z.infer<typeof ZProfileUpdateSchema>;
