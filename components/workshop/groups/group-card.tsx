import Link from 'next/link';
import { ROLE_NAMES } from '@/lib/domain/roles';
import type { TGroup } from '@/lib/services/group-overview';
import { GroupEditor } from './group-editor';
import type { TMemberOption } from './types';

type TProps = { assessmentId: string; group: TGroup; manage: { members: TMemberOption[] } | null };

const editorKey = (g: TGroup) => [g.name, g.rapporteur?.id ?? '', ...g.members.map((m) => m.id)].join('|');

/** One breakout group: its areas, members and rapporteur; with its editor for facilitators. */
export function GroupCard({ assessmentId, group, manage }: TProps) {
  const questions = group.areas.reduce((n, a) => n + a.questions, 0);
  const headingId = `group-${group.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h3 id={headingId} className="text-lg font-semibold">
          {group.name}
        </h3>
        <p className="text-xs text-slate-600">
          {group.areas.length} {group.areas.length === 1 ? 'area' : 'areas'}, {questions} questions · {group.members.length}{' '}
          {group.members.length === 1 ? 'member' : 'members'}
        </p>
        <Link href={`/assessments/${assessmentId}/groups/${group.id}`} className="text-sm font-medium text-brand-700 hover:underline">
          Findings<span className="sr-only"> of {group.name}</span>
        </Link>
      </div>
      <div>
        <h4 className="text-sm font-semibold">Areas</h4>
        {group.areas.length === 0 ? (
          <p className="text-sm text-slate-600">No areas allocated yet.</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {group.areas.map((a) => (
              <li key={a.id}>
                <Link href={`/assessments/${assessmentId}/checklist/${a.id}`} className="text-brand-700 hover:underline">
                  {a.label}
                </Link>{' '}
                <span className="text-slate-600">({a.questions} questions)</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4 className="text-sm font-semibold">Members</h4>
        {group.members.length === 0 ? (
          <p className="text-sm text-slate-600">No members yet.</p>
        ) : (
          <ul className="text-sm">
            {group.members.map((m) => (
              <li key={m.id}>
                {m.name} <span className="text-slate-600">({ROLE_NAMES[m.role]})</span>
                {group.rapporteur?.id === m.id && <span className="ml-2 rounded bg-brand-100 px-1.5 text-xs font-medium text-brand-900">Rapporteur</span>}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-1 text-sm">
          Rapporteur: {group.rapporteur ? group.rapporteur.name : <span className="text-slate-600">not chosen yet</span>}
        </p>
      </div>
      {manage && (
        // Keyed on the saved state, so the editor starts afresh when someone else changes the group.
        <GroupEditor key={editorKey(group)} assessmentId={assessmentId} group={group} members={manage.members} />
      )}
    </section>
  );
}
