'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';

/** Withdraws a pending invitation so its link stops working. */
export function RevokeInvitationButton({
  assessmentId,
  invitationId,
  email,
}: {
  assessmentId: string;
  invitationId: string;
  email: string;
}) {
  const router = useRouter();
  const t = useTranslations('members');
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="secondary"
        className="!px-2 !py-1 text-xs"
        onClick={() =>
          void sendJson(`/api/assessments/${assessmentId}/invitations/${invitationId}`, 'DELETE').then((res) =>
            res.ok ? router.refresh() : setError(res.error),
          )
        }
      >
        {t('withdraw')}
        <span className="sr-only"> {t('withdrawFor', { email })}</span>
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
