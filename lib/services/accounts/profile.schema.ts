import { z } from 'zod';
import { isValidTimeZone } from '../../domain/time/time-zone';
import { LOCALES } from '../../i18n/locales';

/** The signed-in user's own settings, as `PATCH /api/me` takes them: either or both. */
export const ZProfileUpdateSchema = z
  .object({
    timeZone: z.string({ error: 'Choose a time zone.' }).refine(isValidTimeZone, 'Unknown time zone.').optional(),
    locale: z.enum(LOCALES, { error: `Choose one of the languages: ${LOCALES.join(', ')}.` }).optional(),
  })
  .refine((v) => v.timeZone !== undefined || v.locale !== undefined, { message: 'Nothing to change: send a timeZone or a locale.', path: ['timeZone'] });
export type TProfileUpdate = z.infer<typeof ZProfileUpdateSchema>;
