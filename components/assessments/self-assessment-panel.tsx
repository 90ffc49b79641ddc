'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { STRUCTURE_BODIES, type TSelfAssessment, type TStructureBody } from '@/lib/contracts/modes';
import { useFormat } from '@/lib/i18n/client';
import { roleLabel } from '@/lib/i18n/domain-labels';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { DataTable } from '../ui/data-table';
import { Field, inputClass } from '../ui/field';

type TMember = TSelfAssessment['members'][number];
type TProps = { assessmentId: string; structure: TSelfAssessment; editable: boolean };

/**
 * A self-assessment's structure (Annex 7): who sits in the senior steering group, the mid-level
 * working group or among the external stakeholders, the contact persons between the groups, the
 * stakeholders' confidentiality, and the circular to all staff, drafted until it is issued.
 */
export function SelfAssessmentPanel({ assessmentId, structure, editable }: TProps) {
  const t = useTranslations('modes');
  const f = useFormat();
  const id = useId();
  const [members, setMembers] = useState(structure.members);
  const [circular, setCircular] = useState(structure.circular);
  const [issuedOn, setIssuedOn] = useState(structure.circularIssuedOn ?? '');
  const [savedIssuedOn, setSavedIssuedOn] = useState(structure.circularIssuedOn);
  const [arrangements, setArrangements] = useState(structure.stakeholderArrangements);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const base = `/api/assessments/${assessmentId}/self-assessment`;

  async function place(member: TMember, next: Pick<TMember, 'body' | 'contactPerson' | 'confidentialityAgreed'>) {
    const res = await sendJson(`${base}/members/${member.userId}`, 'PUT', next);
    if (!res.ok) return setError(res.error);
    setError(null);
    setMembers((ms) => ms.map((m) => (m.userId === member.userId ? { ...m, ...next } : m)));
    setStatus(t('placed', { name: member.name }));
  }

  async function saveCircular() {
    const res = await sendJson(base, 'PUT', {
      circular,
      circularIssuedOn: issuedOn || null,
      stakeholderArrangements: arrangements,
    });
    if (!res.ok) return setError(res.error);
    setError(null);
    setSavedIssuedOn(issuedOn || null);
    setStatus(t('structureSaved'));
  }

  const bodyLabel = (body: TStructureBody) => t(`body.${body}`);
  return (
    <section aria-labelledby={`${id}-structure`} className="grid gap-4">
      <div>
        <h2 id={`${id}-structure`} className="text-lg font-semibold">
          {t('structureHeading')}
        </h2>
        <p className="text-sm text-slate-700">{t('structureIntro')}</p>
        <ul className="mt-1 text-sm">
          {STRUCTURE_BODIES.map((body) => {
            const inBody = members.filter((m) => m.body === body);
            return (
              <li key={body}>
                {t('groupCount', {
                  body: bodyLabel(body),
                  n: inBody.length,
                  contacts: inBody.filter((m) => m.contactPerson).length,
                })}
              </li>
            );
          })}
        </ul>
      </div>
      <StructureTable
        labelledBy={`${id}-structure`}
        members={members}
        editable={editable}
        onPlace={place}
        bodyLabel={bodyLabel}
      />

      <section aria-labelledby={`${id}-circular`} className="grid gap-2">
        <h3 id={`${id}-circular`} className="font-semibold">
          {t('circularHeading')}
        </h3>
        <p className="text-sm">
          {savedIssuedOn ? t('circularIssued', { date: f.day(savedIssuedOn) }) : t('circularDraft')}
        </p>
        {editable ? (
          <>
            <Field id={`${id}-circular-text`} label={t('circularText')} hint={t('circularHint')}>
              <textarea
                id={`${id}-circular-text`}
                rows={10}
                className={inputClass}
                aria-describedby={`${id}-circular-text-hint`}
                value={circular}
                onChange={(e) => setCircular(e.target.value)}
              />
            </Field>
            <Field id={`${id}-issued`} label={t('circularIssuedOn')}>
              <input
                id={`${id}-issued`}
                type="date"
                className={`${inputClass} max-w-48`}
                value={issuedOn}
                onChange={(e) => setIssuedOn(e.target.value)}
              />
            </Field>
            <Field id={`${id}-arrangements`} label={t('stakeholderArrangements')}>
              <textarea
                id={`${id}-arrangements`}
                rows={3}
                className={inputClass}
                value={arrangements}
                onChange={(e) => setArrangements(e.target.value)}
              />
            </Field>
            <div>
              <Button onClick={() => void saveCircular()}>{t('saveStructure')}</Button>
            </div>
          </>
        ) : (
          <>
            <p className="whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3 text-sm">{circular}</p>
            {arrangements && (
              <>
                <h4 className="text-sm font-medium">{t('stakeholderArrangements')}</h4>
                <p className="whitespace-pre-wrap text-sm">{arrangements}</p>
              </>
            )}
          </>
        )}
      </section>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
    </section>
  );
}

type TTableProps = {
  labelledBy: string;
  members: TMember[];
  editable: boolean;
  onPlace: (member: TMember, next: Pick<TMember, 'body' | 'contactPerson' | 'confidentialityAgreed'>) => Promise<void>;
  bodyLabel: (body: TStructureBody) => string;
};

function StructureTable({ labelledBy, members, editable, onPlace, bodyLabel }: TTableProps) {
  const t = useTranslations('modes');
  const td = useTranslations('domain');
  return (
    <DataTable
      labelledBy={labelledBy}
      rows={members}
      rowKey={(m) => m.userId}
      columns={[
        { key: 'member', header: t('member'), rowHeader: true, sortValue: (m) => m.name, cell: (m) => m.name },
        { key: 'role', header: t('role'), sortValue: (m) => roleLabel(td, m.role), cell: (m) => roleLabel(td, m.role) },
        {
          key: 'body',
          header: t('bodyLabel'),
          sortValue: (m) => (m.body ? bodyLabel(m.body) : ''),
          cell: (m) =>
            editable ? (
              <select
                aria-label={t('placeOf', { name: m.name })}
                className={inputClass}
                value={m.body ?? ''}
                onChange={(e) =>
                  void onPlace(m, {
                    body: (e.target.value || null) as TStructureBody | null,
                    contactPerson: false,
                    confidentialityAgreed: false,
                  })
                }
              >
                <option value="">{t('bodyNone')}</option>
                {STRUCTURE_BODIES.map((b) => (
                  <option key={b} value={b}>
                    {bodyLabel(b)}
                  </option>
                ))}
              </select>
            ) : m.body ? (
              bodyLabel(m.body)
            ) : (
              t('bodyNone')
            ),
        },
        {
          key: 'contact',
          header: t('contactPerson'),
          cell: (m) =>
            (m.body === 'steering' || m.body === 'working') && (
              <input
                type="checkbox"
                aria-label={t('contactOf', { name: m.name })}
                checked={m.contactPerson}
                disabled={!editable}
                onChange={(e) => void onPlace(m, { ...m, contactPerson: e.target.checked })}
              />
            ),
        },
        {
          key: 'confidentiality',
          header: t('confidentiality'),
          cell: (m) =>
            m.body === 'stakeholders' && (
              <input
                type="checkbox"
                aria-label={t('confidentialityOf', { name: m.name })}
                checked={m.confidentialityAgreed}
                disabled={!editable}
                onChange={(e) => void onPlace(m, { ...m, confidentialityAgreed: e.target.checked })}
              />
            ),
        },
      ]}
    />
  );
}
