import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { AllocationSuggestion } from '@/components/workshop/groups/allocation-suggestion';
import { AreaAllocation } from '@/components/workshop/groups/area-allocation';
import { CreateGroupForm } from '@/components/workshop/groups/create-group-form';
import { GroupCard } from '@/components/workshop/groups/group-card';
import type { TMemberOption } from '@/components/workshop/groups/types';
import { UnallocatedAreas } from '@/components/workshop/groups/unallocated-areas';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { getDb } from '@/lib/db/client';
import { getLocale } from '@/lib/i18n/server';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { can } from '@/lib/domain/access/permissions';
import type { TTranslate } from '@/lib/i18n/messages';
import { checklistAreas } from '@/lib/idg/checklist';
import { groupsOverview } from '@/lib/services/workshop/group-overview';
import { groupsFor } from '@/lib/services/workshop/meeting-links';
import type { TGroupsOverview } from '@/lib/contracts/workshop';
import { listMembers } from '@/lib/services/accounts/members';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('workshop');
  return { title: t('groupsTitle') };
}

// The first free "Group A", "Group B", ... so that creating groups in a row needs no typing.
function nextGroupName(taken: string[], t: TTranslate<'workshop'>): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => t('groupLetter', { letter }));
  return letters.find((n) => !taken.includes(n)) ?? t('groupLetter', { letter: String(taken.length + 1) });
}

/** Every area of the scope with the group holding it, in the guide's order. */
function allocationRows(overview: TGroupsOverview) {
  const rows = [
    ...overview.groups.flatMap((g) => g.areas.map((a) => ({ ...a, groupId: g.id }))),
    ...overview.unallocatedAreas.map((a) => ({ ...a, groupId: null })),
  ];
  // Back into the guide's order, which is the scope's.
  const order = (id: string) => checklistAreas.findIndex((a) => a.id === id);
  return rows.sort((a, b) => order(a.id) - order(b.id));
}

export default withClientMessages(
  ['common', 'domain', 'live', 'workshop'],
  async function GroupsPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership, user } = await requirePageAccess(id, 'members.view', `/assessments/${id}/groups`);
    const db = getDb();
    const t = await getTranslations('workshop');
    const names = await guideNames(db, id, await getLocale());
    const overview = groupsFor(await groupsOverview(db, id, undefined, names.area), membership);
    const mayManage = can(membership.role, 'groups.manage');
    const groupOf = new Map(overview.groups.flatMap((g) => g.members.map((m) => [m.id, g] as const)));
    const memberOptions: TMemberOption[] = mayManage
      ? (await listMembers(db, id)).map((m) => ({
          id: m.userId,
          name: m.name,
          role: m.role,
          expertise: m.expertise,
          groupId: groupOf.get(m.userId)?.id ?? null,
          groupName: groupOf.get(m.userId)?.name ?? null,
        }))
      : [];
    const myGroup = groupOf.get(user.id);

    return (
      <div className="grid gap-6">
        <section aria-labelledby="groups-heading" className="grid gap-2">
          <h2 id="groups-heading" className="text-lg font-semibold">
            {t('groupsHeading', { n: overview.groups.length })}
          </h2>
          <p className="text-sm text-slate-700">{t('groupsIntro')}</p>
          <GuideTranslationNote />
          {myGroup && (
            <p className="text-sm">
              {t('youAreIn', { group: myGroup.name })}
              {myGroup.rapporteur?.id === user.id && t('asRapporteur')}.
            </p>
          )}
          <UnallocatedAreas areas={overview.unallocatedAreas} hasGroups={overview.groups.length > 0} />
        </section>

        {overview.groups.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noGroups')}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {overview.groups.map((g) => (
              <GroupCard
                key={g.id}
                assessmentId={id}
                group={g}
                manage={mayManage ? { members: memberOptions } : null}
              />
            ))}
          </div>
        )}

        {mayManage && (
          <>
            <CreateGroupForm
              key={overview.groups.length}
              assessmentId={id}
              suggestedName={nextGroupName(
                overview.groups.map((g) => g.name),
                t,
              )}
            />
            {overview.groups.length > 0 && (
              <>
                <AreaAllocation
                  assessmentId={id}
                  areas={allocationRows(overview)}
                  groups={overview.groups.map((g) => ({ id: g.id, name: g.name }))}
                />
                <AllocationSuggestion assessmentId={id} />
              </>
            )}
          </>
        )}
      </div>
    );
  },
);
