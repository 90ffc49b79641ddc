import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { TMyWorkshopResponse } from '@/lib/contracts/assessments';
import { assessmentSteps, processStages } from '@/lib/idg/process';
import { roleLabel, stageLabel, stepLabel } from '@/lib/i18n/domain-labels';
import type { TTranslate } from '@/lib/i18n/messages';
import type { TFormat } from '@/lib/i18n/format';
import { getFormat } from '@/lib/i18n/server';
import { SessionTime } from './session-time';

type TT = TTranslate<'assessments'>;
type TTask = TMyWorkshopResponse['tasks'][number];
type TAttention = TMyWorkshopResponse['attention'][number];

const ANSWERS_SHOWN = 3;
const linkClass = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800';

function taskText(t: TT, f: TFormat, task: TTask): string {
  switch (task.kind) {
    case 'assigned':
      return t('taskAssigned', {
        area: task.area ?? '',
        question: task.question ?? '',
        due: task.due ? f.day(task.due) : '',
      });
    case 'answer':
      return t('taskAnswer', { area: task.area ?? '', n: task.count });
    case 'mention':
      return t('taskMention', { by: task.by ?? '', area: task.area ?? '', question: task.question ?? '' });
    case 'rate':
      return t('taskRate', { n: task.count });
    case 'approve':
      return t('taskApprove');
  }
}

function attentionText(t: TT, item: TAttention): string {
  switch (item.kind) {
    case 'unallocated-areas':
      return t('attnUnallocated', { n: item.count });
    case 'overdue-activities':
      return t('attnOverdue', { n: item.count });
    case 'open-rounds':
      return t('attnRounds', { n: item.count });
    case 'pending-approval':
      return t('attnApproval');
  }
}

/** A bar with its figure in words beside it, so progress is never told by the bar alone. */
function Progress({ answered, total, label }: { answered: number; total: number; label: string }) {
  const pct = total === 0 ? 0 : Math.round((answered / total) * 100);
  return (
    <div className="mt-1 flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        className="h-2 w-28 shrink-0 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-600" style={{ width: `${pct}%` }} />
      </div>
      <span className="text-xs text-slate-700">{label}</span>
    </div>
  );
}

/**
 * "You are here": the stage and step the workshop is at, the member's group, areas, next session and
 * what is asked of them, and for facilitators what needs their attention.
 */
export async function MyHome({
  assessmentId,
  me,
  facilitator,
}: {
  assessmentId: string;
  me: TMyWorkshopResponse;
  facilitator: boolean;
}) {
  const [t, td, f] = await Promise.all([getTranslations('assessments'), getTranslations('domain'), getFormat()]);
  const stages = [{ id: 'prepare', title: t('stagePrepare') }, ...processStages];
  const stageName = (id: string, english: string) =>
    id === 'prepare' ? t('stagePrepare') : stageLabel(td, id, english);
  const current = stages.find((s) => s.id === me.stage)!;
  const step = me.step;
  // Areas to answer are all listed under "My areas": a few here, so the other requests are not buried.
  const answers = me.tasks.filter((task) => task.kind === 'answer');
  const shown = [...me.tasks.filter((task) => task.kind !== 'answer'), ...answers.slice(0, ANSWERS_SHOWN)];
  const folded = answers.length - Math.min(answers.length, ANSWERS_SHOWN);
  const stepText = !step
    ? null
    : step.guide === 'assessment'
      ? t('stepTitle', { n: step.n, title: stepLabel(td, step.n, assessmentSteps[step.n - 1]?.title ?? '') })
      : t('herePlanStep', { n: step.n, title: t(`planStep.${step.n}` as 'planStep.1') });
  return (
    <section aria-labelledby="here" className="grid gap-4">
      <h2 id="here" className="text-lg font-semibold">
        {t('hereHeading')}
      </h2>
      <div className="rounded-lg border border-brand-200 bg-brand-50 p-4">
        <p data-testid="home-stage" className="font-medium">
          {t('stageLine', { stage: stageName(current.id, current.title) })}
          {stepText && (
            <>
              {' · '}
              <span data-testid="home-step">{stepText}</span>
            </>
          )}
        </p>
        <ol aria-label={t('hereStages')} className="mt-3 flex flex-wrap gap-1 text-xs">
          {stages.map((s) => {
            const here = s.id === me.stage;
            return (
              <li
                key={s.id}
                aria-current={here ? 'step' : undefined}
                className={`rounded-full border px-2 py-0.5 ${here ? 'border-brand-700 bg-white font-semibold text-brand-800' : 'border-slate-300 text-slate-700'}`}
              >
                {stageName(s.id, s.title)}
              </li>
            );
          })}
        </ol>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t('myRole')}</dt>
          <dd>{roleLabel(td, me.role)}</dd>
          <dt className="font-medium">{t('myGroup')}</dt>
          <dd data-testid="home-group">{me.group ? me.group.name : t('noGroup')}</dd>
          <dt className="font-medium">{t('nextSessionLabel')}</dt>
          <dd data-testid="home-next-session">
            {me.nextSession ? (
              <>
                {me.nextSession.title}, <SessionTime instant={me.nextSession.startsAt} />
                {me.nextSession.meetingUrl && (
                  <>
                    {' · '}
                    <a href={me.nextSession.meetingUrl} target="_blank" rel="noopener noreferrer" className={linkClass}>
                      {t('joinMeeting')}
                    </a>
                  </>
                )}
              </>
            ) : (
              t('noNextSession')
            )}{' '}
            ·{' '}
            <Link href={`/assessments/${assessmentId}/sessions`} className={linkClass}>
              {t('allSessions')}
            </Link>
          </dd>
        </dl>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="my-tasks" className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 id="my-tasks" className="mb-2 font-semibold">
            {t('tasksHeading')}
          </h3>
          {me.tasks.length === 0 ? (
            <p className="text-sm text-slate-700">{t('noTasks')}</p>
          ) : (
            <ul className="grid gap-1 text-sm" data-testid="home-tasks">
              {shown.map((task) => (
                <li key={`${task.kind}-${task.link}`}>
                  <Link href={task.link} className={linkClass}>
                    {taskText(t, f, task)}
                  </Link>
                </li>
              ))}
              {folded > 0 && (
                <li>
                  <a href="#my-areas" className={linkClass}>
                    {t('moreToAnswer', { n: folded })}
                  </a>
                </li>
              )}
            </ul>
          )}
        </section>

        <section aria-labelledby="my-areas" className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 id="my-areas" className="mb-2 font-semibold">
            {t('myAreasHeading')}
          </h3>
          {me.areas.length === 0 ? (
            <p className="text-sm text-slate-700">{t('noAreas')}</p>
          ) : (
            <ul className="grid gap-2 text-sm" data-testid="home-areas">
              {me.areas.map((a) => (
                <li key={a.id}>
                  <Link href={`/assessments/${assessmentId}/checklist/${a.id}`} className={linkClass}>
                    {a.label}
                  </Link>
                  <Progress
                    answered={a.answered}
                    total={a.total}
                    label={t('areaProgress', { answered: a.answered, total: a.total })}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>

        {facilitator && (
          <section
            aria-labelledby="attention"
            className="rounded-lg border border-amber-300 bg-amber-50 p-4 md:col-span-2"
          >
            <h3 id="attention" className="mb-2 font-semibold">
              {t('attentionHeading')}
            </h3>
            {me.attention.length === 0 ? (
              <p className="text-sm text-slate-700">{t('noAttention')}</p>
            ) : (
              <ul className="grid gap-1 text-sm" data-testid="home-attention">
                {me.attention.map((item) => (
                  <li key={item.kind}>
                    <Link href={item.link} className={linkClass}>
                      {attentionText(t, item)}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    </section>
  );
}
