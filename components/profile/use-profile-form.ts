'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { TProfileUpdateResponse } from '@/lib/contracts/accounts';
import type { TLocale } from '@/lib/i18n/locales';
import { sendJson } from '../ui/api-client';
import { useSchemaForm } from '../ui/use-schema-form';

type TProfileChange = { locale?: TLocale; timeZone?: string };

/**
 * A form saving one profile setting (`PATCH /api/me`) over the route's schema, and whether the
 * value shown is the one saved. The server renders every page in the account's language and
 * time zone, so a successful save refreshes the page.
 */
export function useProfileForm(defaultValues: TProfileChange) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const schemaForm = useSchemaForm<TProfileChange, TProfileUpdateResponse>({
    schema: () => import('@/lib/contracts/accounts').then((m) => m.ZProfileUpdateSchema),
    defaultValues,
    send: (values) => {
      setSaved(false);
      return sendJson('/api/me', 'PATCH', values);
    },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });

  /** The value was changed after a save: the "saved" message no longer describes it. */
  const changed = () => setSaved(false);

  return { ...schemaForm, saved, changed };
}
