'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';

type TProps = {
  assessmentId: string;
  userId: string;
  name: string;
  role: string;
  roles: { code: string; name: string }[];
};

/** Role change and removal of one member, for facilitators. */
export function MemberActions({ assessmentId, userId, name, role, roles }: TProps) {
  const router = useRouter();
  const t = useTranslations('members');
  const [error, setError] = useState<string | null>(null);
  const url = `/api/assessments/${assessmentId}/members/${userId}`;

  async function act(method: 'PATCH' | 'DELETE', body?: unknown) {
    const res = await sendJson(url, method, body);
    if (!res.ok) return setError(res.error);
    setError(null);
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        {t('roleOf', { name })}
      </label>
      <select
        id={`role-${userId}`}
        className={`${inputClass} !py-1`}
        value={role}
        onChange={(e) => void act('PATCH', { role: e.target.value })}
      >
        {roles.map((r) => (
          <option key={r.code} value={r.code} title={r.name}>
            {r.code}
          </option>
        ))}
      </select>
      <Button
        variant="danger"
        className="!px-2 !py-1 text-xs"
        onClick={() => {
          if (window.confirm(t('confirmRemove', { name }))) void act('DELETE');
        }}
      >
        {t('remove')}
        <span className="sr-only"> {name}</span>
      </Button>
      {error && (
        <p role="alert" className="w-full text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
