import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { CompositionView } from '@/components/members/composition-view';
import { CustomsCompetencies } from '@/components/members/customs-competencies';
import { InviteForm } from '@/components/members/invite-form';
import { MemberActions } from '@/components/members/member-actions';
import { RevokeInvitationButton } from '@/components/members/revoke-invitation-button';
import { DataTable } from '@/components/ui/data-table';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { workingGroupComposition } from '@/lib/domain/accounts/composition';
import { assignableRoles, can } from '@/lib/domain/access/permissions';
import { ROLES } from '@/lib/domain/access/roles';
import { ZRoleSchema } from '@/lib/domain/access/role-schema';
import { organisationTypeLabel, roleLabel } from '@/lib/i18n/domain-labels';
import { getFormat } from '@/lib/i18n/server';
import { contributorExpertiseAreas, customsCompetencies } from '@/lib/idg/process';
import { listPendingInvitations } from '@/lib/services/accounts/invitations';
import { listMembers } from '@/lib/services/accounts/members';
import { GENDERS, ORGANISATION_TYPES } from '@/lib/contracts/accounts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('members'))('title') };
}

export default withClientMessages(
  ['common', 'domain', 'members'],
  async function MembersPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership, user } = await requirePageAccess(id, 'members.view', `/assessments/${id}/members`);
    const db = getDb();
    const mayInvite = can(membership.role, 'members.invite');
    const mayManage = can(membership.role, 'members.manage');
    const [members, pending] = await Promise.all([
      listMembers(db, id),
      mayInvite ? listPendingInvitations(db, id) : Promise.resolve([]),
    ]);
    const [t, td, f] = await Promise.all([getTranslations('members'), getTranslations('domain'), getFormat()]);
    const roles = assignableRoles(membership.role).map((code) => ({ code, name: roleLabel(td, code) }));
    const roleName = (role: string) => (ZRoleSchema.safeParse(role).success ? roleLabel(td, role) : role);

    return (
      <div className="grid gap-6">
        <section aria-labelledby="members-heading" className="min-w-0">
          <h2 id="members-heading" className="mb-2 text-lg font-semibold">
            {t('members', { n: members.length })}
          </h2>
          <div className="min-w-0 rounded-lg border border-slate-200 bg-white">
            <DataTable
              labelledBy="members-heading"
              rows={members}
              rowKey={(m) => m.userId}
              columns={[
                {
                  key: 'name',
                  header: t('name'),
                  rowHeader: true,
                  sortValue: (m) => m.name,
                  cell: (m) => (
                    <>
                      {m.name}
                      <span className="block text-xs wrap-anywhere text-slate-600">{m.email}</span>
                    </>
                  ),
                },
                {
                  key: 'role',
                  header: t('role'),
                  // The guide's order of roles, facilitators first, rather than their names' alphabet.
                  sortValue: (m) => ROLES.indexOf(m.role),
                  cell: (m) => roleLabel(td, m.role),
                },
                {
                  key: 'organisation',
                  header: t('organisation'),
                  sortValue: (m) => m.organisation,
                  cell: (m) => (
                    <>
                      {m.organisation ?? '—'}
                      {m.organisationType && (
                        <span className="block text-xs text-slate-600">
                          {organisationTypeLabel(td, m.organisationType)}
                        </span>
                      )}
                    </>
                  ),
                },
                { key: 'expertise', header: t('expertise'), cell: (m) => m.expertise ?? '—' },
                ...(mayManage
                  ? [
                      {
                        key: 'manage',
                        header: t('manage'),
                        cell: (m: (typeof members)[number]) =>
                          m.userId !== user.id && assignableRoles(membership.role).includes(m.role) ? (
                            <MemberActions
                              assessmentId={id}
                              userId={m.userId}
                              name={m.name}
                              role={m.role}
                              roles={roles}
                            />
                          ) : (
                            <span className="text-xs text-slate-600">{m.userId === user.id ? t('you') : '—'}</span>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          </div>
        </section>

        {mayInvite && (
          <section aria-labelledby="pending-heading" className="grid min-w-0 gap-3">
            <h2 id="pending-heading" className="text-lg font-semibold">
              {t('invitations')}
            </h2>
            <InviteForm
              assessmentId={id}
              roles={roles}
              organisationTypes={ORGANISATION_TYPES}
              expertiseAreas={contributorExpertiseAreas}
              genders={GENDERS}
            />
            <CustomsCompetencies groups={customsCompetencies} />
            {pending.length === 0 ? (
              <p className="text-sm text-slate-600">{t('noPending')}</p>
            ) : (
              <ul className="grid gap-2">
                {pending.map((inv) => (
                  <li
                    key={inv.id}
                    className="relative flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-white p-2 text-sm"
                  >
                    {/* An email address is one long word: let it break rather than widen the page. */}
                    <span className="min-w-0 wrap-anywhere">
                      {t('invitedAs', { email: inv.email, role: roleName(inv.role) })}
                    </span>
                    <span className="text-xs text-slate-600">{t('expires', { date: f.date(inv.expires_at) })}</span>
                    <RevokeInvitationButton assessmentId={id} invitationId={inv.id} email={inv.email} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}

        {can(membership.role, 'composition.view') && <CompositionView composition={workingGroupComposition(members)} />}
      </div>
    );
  },
);
