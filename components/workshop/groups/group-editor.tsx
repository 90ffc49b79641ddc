'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { ROLE_NAMES } from '@/lib/domain/roles';
import type { TGroup } from '@/lib/services/group-overview';
import { sendJson } from '../../ui/api-client';
import { Button } from '../../ui/button';
import { Field, inputClass } from '../../ui/field';
import { FormError } from '../../ui/form-error';
import type { TMemberOption } from './types';

type TProps = { assessmentId: string; group: TGroup; members: TMemberOption[] };

/** A facilitator's editor of one group: its name, members and rapporteur, and its deletion. */
export function GroupEditor({ assessmentId, group, members }: TProps) {
  const router = useRouter();
  const [name, setName] = useState(group.name);
  const [memberIds, setMemberIds] = useState<string[]>(group.members.map((m) => m.id));
  const [rapporteurId, setRapporteurId] = useState(group.rapporteur?.id ?? '');
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
    const res = await sendJson(url, 'PATCH', { name, memberIds, rapporteurId: rapporteurId || null });
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
    if (!window.confirm(`Delete ${group.name}? Its areas become unallocated and its members ungrouped.`)) return;
    const res = await sendJson(url, 'DELETE');
    if (!res.ok) return setError(res.error);
    router.refresh();
  }

  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit {group.name}</summary>
      <form onSubmit={(e) => void onSubmit(e)} className="mt-3 grid gap-3" noValidate>
        <FormError message={error} />
        <Field id={`${prefix}-name`} label="Group name" errors={fieldErrors.name}>
          <input id={`${prefix}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} className={inputClass} aria-invalid={Boolean(fieldErrors.name)} />
        </Field>
        <fieldset className="grid gap-1">
          <legend className="text-sm font-medium text-slate-800">Members</legend>
          {members.map((m) => {
            const elsewhere = m.groupId !== null && m.groupId !== group.id;
            const id = `${prefix}-member-${m.id}`;
            return (
              <div key={m.id} className="flex items-center gap-2 text-sm">
                <input id={id} type="checkbox" checked={memberIds.includes(m.id)} disabled={elsewhere} onChange={(e) => toggle(m.id, e.target.checked)} />
                <label htmlFor={id} className={elsewhere ? 'text-slate-500' : undefined}>
                  {m.name} ({ROLE_NAMES[m.role]}){m.expertise && `, ${m.expertise}`}
                  {elsewhere && ` (already in ${m.groupName})`}
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
        <Field id={`${prefix}-rapporteur`} label="Rapporteur" hint="Presents the group’s findings to the whole working group." errors={fieldErrors.rapporteurId}>
          <select id={`${prefix}-rapporteur`} value={rapporteurId} onChange={(e) => setRapporteurId(e.target.value)} className={inputClass}>
            <option value="">None yet</option>
            {chosen.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? 'Saving…' : 'Save group'}
          </Button>
          <Button variant="danger" onClick={() => void onDelete()}>
            Delete group<span className="sr-only"> {group.name}</span>
          </Button>
        </div>
      </form>
    </details>
  );
}
