'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { TPracticeCheck, TPracticeCheckResponse } from '@/lib/contracts/modes';
import type { TPracticeSection } from '@/lib/idg/facilitation-practices';
import { useFormat } from '@/lib/i18n/client';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';

type TProps = {
  assessmentId: string;
  sections: TPracticeSection[];
  checks: TPracticeCheck[];
  editable: boolean;
};

/** Annex 6 or 7 as a working checklist: each good practice ticked when in hand, with a note (facilitators). */
export function PracticeChecklist({ assessmentId, sections, checks, editable }: TProps) {
  const t = useTranslations('modes');
  const [byKey, setByKey] = useState(() => new Map(checks.map((c) => [c.key, c])));
  const checkedIn = (s: TPracticeSection) => s.items.filter((i) => byKey.get(i.key)?.checked).length;
  return (
    <div className="grid gap-4">
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`practices-${section.key}`}>
          <h3 id={`practices-${section.key}`} className="font-semibold">
            {section.title}{' '}
            <span className="text-xs font-normal text-slate-600">
              · {t('sectionProgress', { done: checkedIn(section), total: section.items.length })}
            </span>
          </h3>
          <ul className="mt-1 grid gap-2">
            {section.items.map((item) => (
              <PracticeItem
                key={item.key}
                assessmentId={assessmentId}
                item={item}
                check={byKey.get(item.key)}
                editable={editable}
                onSaved={(c) => setByKey((m) => new Map(m).set(c.key, c))}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

type TItemProps = {
  assessmentId: string;
  item: { key: string; text: string };
  check: TPracticeCheck | undefined;
  editable: boolean;
  onSaved: (check: TPracticeCheck) => void;
};

function PracticeItem({ assessmentId, item, check, editable, onSaved }: TItemProps) {
  const t = useTranslations('modes');
  const f = useFormat();
  const id = useId();
  const [note, setNote] = useState(check?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Ticked at once, as a checkbox is expected to; put back if the server refuses.
  const [checked, setChecked] = useState(check?.checked ?? false);

  async function save(next: { checked: boolean; note: string }) {
    const res = await sendJson<TPracticeCheckResponse>(
      `/api/assessments/${assessmentId}/practices/${item.key}`,
      'PUT',
      next,
    );
    if (!res.ok) {
      setChecked(check?.checked ?? false);
      return setError(res.error);
    }
    setError(null);
    setSaved(true);
    onSaved(res.data.check);
  }

  return (
    <li className="rounded-md border border-slate-200 bg-white p-2 text-sm">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          checked={checked}
          disabled={!editable}
          onChange={(e) => {
            setChecked(e.target.checked);
            void save({ checked: e.target.checked, note });
          }}
        />
        <span>
          <span className="text-slate-600">{item.key}</span> {item.text}
        </span>
      </label>
      {editable ? (
        <div className="mt-1 flex flex-wrap items-end gap-2 pl-6">
          <label htmlFor={`${id}-note`} className="sr-only">
            {t('note', { key: item.key })}
          </label>
          <textarea
            id={`${id}-note`}
            rows={1}
            className={`${inputClass} min-w-64 flex-1`}
            value={note}
            placeholder={t('note', { key: item.key })}
            onChange={(e) => {
              setNote(e.target.value);
              setSaved(false);
            }}
          />
          <Button variant="secondary" className="!px-2 !py-1 text-xs" onClick={() => void save({ checked, note })}>
            {t('saveItem', { key: item.key })}
          </Button>
        </div>
      ) : (
        check?.note && <p className="mt-1 whitespace-pre-wrap pl-6">{check.note}</p>
      )}
      {check?.updatedBy && check.updatedAt && (
        <p className="pl-6 text-xs text-slate-600">
          {t('lastBy', { name: check.updatedBy, when: f.dateTime(check.updatedAt) })}
        </p>
      )}
      {error && (
        <p role="alert" className="pl-6 text-sm text-red-700">
          {error}
        </p>
      )}
      <p role="status" className="sr-only">
        {saved ? t('itemSaved', { key: item.key }) : ''}
      </p>
    </li>
  );
}
