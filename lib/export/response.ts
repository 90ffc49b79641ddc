import 'server-only';
import { z } from 'zod';
import { validationError } from '../api/errors';
import { mustRedact } from '../domain/reports/redaction';
import type { TRole } from '../domain/access/roles';

/** A file answer: its length is sent, so the page can show download progress. */
export function fileResponse(file: { body: Buffer | string; contentType: string; filename: string }): Response {
  const bytes = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : new Uint8Array(file.body);
  return new Response(bytes, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

const ZExportQuery = z.object({ redacted: z.enum(['0', '1']).default('0') });

/** Whether this export must be redacted: `?redacted=1`, or always for members who may not see sensitive answers. */
export function redactedFor(req: Request, role: TRole): boolean {
  const parsed = ZExportQuery.safeParse({ redacted: new URL(req.url).searchParams.get('redacted') ?? undefined });
  if (!parsed.success) throw validationError(parsed.error);
  return mustRedact(role, parsed.data.redacted === '1');
}
