'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { MeetingUrlField } from '@/components/workshop/meetings/meeting-url-field';
import { type FormEvent, useState } from 'react';
import { roleLabel } from '@/lib/i18n/domain-labels';
import type { TGroup } from '@/lib/contracts/workshop';
import { sendJson } from '../../ui/api-client';
import { Button } from '../../ui/button';
import { Field, inputClass } from '../../ui/field';
import { FormError } from '../../ui/form-error';
import type { TMemberOption } from './types';

type TProps = { assessmentId: string; group: TGroup; members: TMemberOption[] };

/** A facilitator's editor of one group: its name, members, rapporteur and meeting link, and its deletion. */
export function GroupEditor({ assessmentId, group, members }: TProps) {
  const t = useTranslations('workshop');
  const td = useTranslations('domain');
  const router = useRouter();
  const [name, setName] = useState(group.name);
  const [memberIds, setMemberIds] = useState<string[]>(group.members.map((m) => m.id));
  const [rapporteurId, setRapporteurId] = useState(group.rapporteur?.id ?? '');
  const [meetingUrl, setMeetingUrl] = useState(group.meetingUrl ?? '');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
  const url = `/api/assessments/${assessmentId}/groups/${group.id}`;
  const prefix = `group-${group.id}`;
  const chosen = members.filter((m) => memberIds.includes(m.id));

  function toggle(id: string, on: boolean) {
    setMemberIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
    // A rapporteur who leaves the group stops being its rapporteur.
    if (!on && rapporteurId === id) setRapporteurId('');
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    const res = await sendJson(url, 'PATCH', {
      name,
      memberIds,
      rapporteurId: rapporteurId || null,
      // Empty removes the link.
      meetingUrl: meetingUrl.trim() || null,
    });
    setPending(false);
    if (!res.ok) {
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    setError(null);
    setFieldErrors({});
    router.refresh();
  }

  async function onDelete() {
    if (!window.confirm(t('confirmDeleteGroup', { group: group.name }))) return;
    const res = await sendJson(url, 'DELETE');
    if (!res.ok) return setError(res.error);
    router.refresh();
  }

  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">
        {t('editGroup', { group: group.name })}
      </summary>
      <form onSubmit={(e) => void onSubmit(e)} className="mt-3 grid gap-3" noValidate>
        <FormError message={error} />
        <Field id={`${prefix}-name`} label={t('groupName')} errors={fieldErrors.name}>
          <input
            id={`${prefix}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={80}
            className={inputClass}
            aria-invalid={Boolean(fieldErrors.name)}
          />
        </Field>
        <fieldset className="grid gap-1">
          <legend className="text-sm font-medium text-slate-800">{t('members')}</legend>
          {members.map((m) => {
            const elsewhere = m.groupId !== null && m.groupId !== group.id;
            const id = `${prefix}-member-${m.id}`;
            return (
              <div key={m.id} className="flex items-center gap-2 text-sm">
                <input
                  id={id}
                  type="checkbox"
                  checked={memberIds.includes(m.id)}
                  disabled={elsewhere}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                />
                <label htmlFor={id} className={elsewhere ? 'text-slate-500' : undefined}>
                  {m.name} ({roleLabel(td, m.role)}){m.expertise && `, ${m.expertise}`}
                  {elsewhere && t('alreadyIn', { group: m.groupName ?? '' })}
                </label>
              </div>
            );
          })}
          {fieldErrors.memberIds?.map((msg) => (
            <p key={msg} role="alert" className="text-sm text-red-700">
              <span aria-hidden="true">⚠ </span>
              {msg}
            </p>
          ))}
        </fieldset>
        <Field
          id={`${prefix}-rapporteur`}
          label={t('rapporteur')}
          hint={t('rapporteurHint')}
          errors={fieldErrors.rapporteurId}
        >
          <select
            id={`${prefix}-rapporteur`}
            value={rapporteurId}
            onChange={(e) => setRapporteurId(e.target.value)}
            className={inputClass}
          >
            <option value="">{t('noneYet')}</option>
            {chosen.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
        <MeetingUrlField
          id={`${prefix}-meeting`}
          value={meetingUrl}
          onChange={setMeetingUrl}
          errors={fieldErrors.meetingUrl}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? t('saving') : t('saveGroup')}
          </Button>
          <Button variant="danger" onClick={() => void onDelete()}>
            {t('deleteGroup')}
            <span className="sr-only"> {group.name}</span>
          </Button>
        </div>
      </form>
    </details>
  );
}
