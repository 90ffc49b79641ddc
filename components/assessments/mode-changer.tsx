'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import type { TModeChangeResponse } from '@/lib/contracts/modes';
import { activityTitle } from '@/lib/i18n/guide-words';
import { assessmentSteps } from '@/lib/idg/process';
import { getJson, sendJson } from '../ui/api-client';
import { Button } from '../ui/button';

type TSetting = { mode: number; concurrent: boolean };
type TProps = {
  assessmentId: string;
  current: TSetting;
  /** Whether the assessment is still being prepared, when alone its mode may change. */
  mayChange: boolean;
  modes: { id: number; name: string; concurrentAllowed: boolean }[];
};

const englishTitleOf = new Map(assessmentSteps.flatMap((s) => s.activities.map((a) => [a.code, a.title] as const)));

/**
 * Changes the assessment's mode in two moves: the facilitator chooses, sees what changes (activities
 * that stop or start applying, who becomes responsible, the annex of good practices, the
 * self-assessment's structure), then confirms. Only while the assessment is prepared.
 */
export function ModeChanger({ assessmentId, current, mayChange, modes }: TProps) {
  const t = useTranslations('modes');
  const tc = useTranslations('common');
  const tg = useTranslations('guideWords');
  const titleOf = (code: string) => activityTitle(tg, code, englishTitleOf.get(code) ?? '');
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<TSetting>(current);
  const [preview, setPreview] = useState<TModeChangeResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const previewRef = useRef<HTMLElement>(null);
  const base = `/api/assessments/${assessmentId}/mode`;
  // The preview is what the facilitator confirms: move them to it once it is shown.
  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);

  if (!mayChange) return <p className="mt-1 text-xs text-slate-600">{t('modeLocked')}</p>;

  const choose = (next: TSetting) => {
    setChoice(next);
    setPreview(null);
  };

  async function showPreview() {
    const res = await getJson<TModeChangeResponse>(
      `${base}/preview?mode=${choice.mode}&concurrent=${String(choice.concurrent)}`,
    );
    if (!res.ok) return setError(res.error);
    setError(null);
    setPreview(res.data);
  }

  async function confirm() {
    const res = await sendJson<TModeChangeResponse>(base, 'PUT', choice);
    if (!res.ok) return setError(res.error);
    setError(null);
    setPreview(null);
    setOpen(false);
    setDone(t('changed', { mode: choice.mode }));
    router.refresh();
  }

  const concurrentAllowed = modes.find((m) => m.id === choice.mode)?.concurrentAllowed ?? false;
  const unchanged =
    preview && preview.from.mode === preview.to.mode && preview.from.concurrent === preview.to.concurrent;
  const activityLine = (code: string) => `${code} ${titleOf(code)}`;

  return (
    <div className="mt-2">
      {done && (
        <p role="status" className="text-sm text-emerald-800">
          {done}
        </p>
      )}
      {!open ? (
        <Button variant="secondary" className="!px-2 !py-1 text-xs" onClick={() => setOpen(true)}>
          {t('changeMode')}
        </Button>
      ) : (
        <div className="mt-2 grid gap-3 rounded-md border border-slate-300 bg-white p-3">
          <fieldset>
            <legend className="text-sm font-semibold">{t('changeModeHeading')}</legend>
            <div className="mt-1 grid gap-1">
              {modes.map((m) => (
                <label key={m.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={`${id}-mode`}
                    value={m.id}
                    checked={choice.mode === m.id}
                    onChange={() => choose({ mode: m.id, concurrent: m.concurrentAllowed && choice.concurrent })}
                  />
                  {`${m.id}. ${m.name}`}
                </label>
              ))}
            </div>
          </fieldset>
          {concurrentAllowed && (
            <div>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={choice.concurrent}
                  aria-describedby={`${id}-concurrent-hint`}
                  onChange={(e) => choose({ ...choice, concurrent: e.target.checked })}
                />
                {t('concurrent')}
              </label>
              <p id={`${id}-concurrent-hint`} className="mt-1 text-xs text-slate-600">
                {t('concurrentHint')}
              </p>
            </div>
          )}
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => void showPreview()}>
              {t('preview')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setOpen(false);
                setPreview(null);
                setChoice(current);
              }}
            >
              {tc('cancel')}
            </Button>
          </div>
          {error && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
          {preview && (
            <section
              ref={previewRef}
              tabIndex={-1}
              aria-labelledby={`${id}-preview`}
              className="grid gap-2 rounded-md bg-slate-50 p-3 text-sm"
            >
              <h3 id={`${id}-preview`} className="font-semibold">
                {t('previewHeading', { from: preview.from.mode, to: preview.to.mode })}
              </h3>
              {unchanged ? (
                <p>{t('nothingChanges')}</p>
              ) : (
                <>
                  <ChangeList heading={t('becomeNotApplicable')} items={preview.notApplicable.map(activityLine)} />
                  <ChangeList heading={t('becomeApplicable')} items={preview.applicable.map(activityLine)} />
                  <ChangeList
                    heading={t('responsibleChanges')}
                    items={preview.responsible.map((r) =>
                      t('responsibleChange', {
                        code: r.code,
                        title: titleOf(r.code),
                        from: r.from ?? t('nobodyNamed'),
                        to: r.to ?? t('nobodyNamed'),
                      }),
                    )}
                  />
                  {preview.practices.from !== preview.practices.to && <p>{t('practicesChange', preview.practices)}</p>}
                  {preview.setsUpSelfAssessment && <p>{t('setsUpSelfAssessment')}</p>}
                  {preview.to.mode === 3 && preview.externalFacilitators > 0 && (
                    <p>{t('externalFacilitators', { n: preview.externalFacilitators })}</p>
                  )}
                  <div>
                    <Button onClick={() => void confirm()}>{t('confirm')}</Button>
                  </div>
                </>
              )}
            </section>
          )}
        </div>
      )}
    </div>
  );
}

function ChangeList({ heading, items }: { heading: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <p className="font-medium">{heading}</p>
      <ul className="list-disc pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
