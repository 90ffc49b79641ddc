import { getTranslations } from 'next-intl/server';
import { GUIDE_CREDIT } from '@/lib/idg/checklist';
import { communicationStrategyGuide as g } from '@/lib/idg/process';

/** What the guide says a communication strategy covers (Part I, 5 and Part IV, 1), in its words. */
export async function CommunicationGuide() {
  const t = await getTranslations('plan');
  return (
    <details className="rounded-md bg-slate-50 p-2 text-sm">
      <summary className="cursor-pointer font-medium">{t('communicationGuide')}</summary>
      <div lang="en" className="mt-2 grid gap-2">
        <p>{g.purpose}</p>
        <ul className="list-disc pl-5">
          {g.stages.map((s) => (
            <li key={s.stage}>
              <span className="font-semibold">{s.stage}:</span> {s.text}
            </li>
          ))}
        </ul>
        <p>{g.content}</p>
        <p>{g.principlesIntro}</p>
        <ul className="list-disc pl-5">
          {g.principles.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
      <p className="mt-2 text-xs text-slate-600">
        {t('communicationCredit', { credit: GUIDE_CREDIT, reference: g.reference })}
      </p>
    </details>
  );
}
