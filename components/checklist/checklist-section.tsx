'use client';

import { useTranslations } from 'next-intl';
import type { TCollabUser } from '@/lib/collab/collab-session';
import type { TAnswerStatus } from '@/lib/collab/layout';
import type { TEffectiveSection } from '@/lib/domain/checklist/checklist-adaptation';
import { sectionName, withOfficialTitles } from '@/lib/i18n/guide-words';
import { type TChecklistSnapshot, isAnswered } from './checklist-store';
import type { TPresence } from './presence';
import { ProgressMeter } from './progress-meter';
import { QuestionCard, type TQuestionBinding } from './question-card';

type TChecklistSectionProps = {
  section: TEffectiveSection;
  areaId: string;
  /** The area's title in the member's language, naming a section the guide leaves untitled. */
  areaTitle: string;
  /** The assessment's official titles in the member's language (guideWords keys), over the project's. */
  officialTitles: Readonly<Record<string, string>>;
  snapshot: TChecklistSnapshot;
  presence: TPresence;
  /** Keys of the questions the filter lets through. */
  shown: ReadonlySet<string>;
  binding: TQuestionBinding;
  editable: boolean;
  now: number | null;
  selfId: string;
  onStatusChange: (key: string, value: TAnswerStatus | null) => void;
  onFocusChange: (key: string, focused: boolean) => void;
};

const NOBODY: readonly TCollabUser[] = [];

/** A section of an area: its title, live progress, and its questions under their sub-headings. */
export function ChecklistSection({
  section,
  areaId,
  areaTitle,
  officialTitles,
  snapshot,
  presence,
  shown,
  ...rest
}: TChecklistSectionProps) {
  const t = useTranslations('checklist');
  const tg = withOfficialTitles(useTranslations('guideWords'), officialTitles);
  const label = sectionName(tg, areaId, section);
  const answered = section.questions.filter((q) => isAnswered(snapshot[q.key])).length;
  const anyShown = section.questions.some((q) => shown.has(q.key));
  // A sub-heading goes above the first question shown of its subsection, whatever the filter hides.
  const visibleQuestions = section.questions.filter((q) => shown.has(q.key));
  const headingOf = new Map(
    visibleQuestions.map((q, i) => [
      q.key,
      q.subsection && q.subsection !== visibleQuestions[i - 1]?.subsection ? q.subsection : null,
    ]),
  );
  return (
    <section aria-label={label ?? areaTitle} hidden={!anyShown} className="mb-6">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        {label && <h3 className="text-lg font-semibold">{label}</h3>}
        <ProgressMeter
          label={t('progressOf', { name: label ?? areaTitle })}
          answered={answered}
          total={section.questions.length}
        />
      </div>
      <ol className="grid gap-2">
        {section.questions.map((q) => {
          const visible = shown.has(q.key);
          const heading = headingOf.get(q.key) ?? null;
          return (
            <QuestionCard
              key={q.key}
              question={q}
              heading={heading}
              hidden={!visible}
              state={snapshot[q.key]}
              others={presence.get(q.key) ?? NOBODY}
              {...rest}
            />
          );
        })}
      </ol>
    </section>
  );
}
