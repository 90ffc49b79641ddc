import { z } from 'zod';

/** A sign-off names the version (content hash) the facilitator reviewed (`POST .../report/signoff`). */
export const ZReportSignoffSchema = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/, 'Not a report version.') });
export type TReportSignoffInput = z.infer<typeof ZReportSignoffSchema>;
