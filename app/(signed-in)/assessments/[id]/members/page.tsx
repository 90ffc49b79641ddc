import type { Metadata } from 'next';
import { CompositionView } from '@/components/members/composition-view';
import { InviteForm } from '@/components/members/invite-form';
import { MemberActions } from '@/components/members/member-actions';
import { RevokeInvitationButton } from '@/components/members/revoke-invitation-button';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { workingGroupComposition } from '@/lib/domain/composition';
import { assignableRoles, can } from '@/lib/domain/permissions';
import { ROLE_NAMES } from '@/lib/domain/roles';
import { contributorExpertiseAreas } from '@/lib/idg/process';
import { listPendingInvitations } from '@/lib/services/invitations';
import { listMembers } from '@/lib/services/members';
import { GENDERS, ORGANISATION_TYPES } from '@/lib/services/members.schema';

export const metadata: Metadata = { title: 'Working group' };

export default async function MembersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { membership, user } = await requirePageAccess(id, 'members.view', `/assessments/${id}/members`);
  const db = getDb();
  const mayInvite = can(membership.role, 'members.invite');
  const mayManage = can(membership.role, 'members.manage');
  const [members, pending] = await Promise.all([listMembers(db, id), mayInvite ? listPendingInvitations(db, id) : Promise.resolve([])]);
  const roles = assignableRoles(membership.role).map((code) => ({ code, name: ROLE_NAMES[code] }));

  return (
    <div className="grid gap-6">
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="mb-2 text-lg font-semibold">
          Members ({members.length})
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">Name</th>
                <th scope="col" className="p-2">Role</th>
                <th scope="col" className="p-2">Organisation</th>
                <th scope="col" className="p-2">Expertise</th>
                {mayManage && <th scope="col" className="p-2">Manage</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId} className="border-t border-slate-200">
                  <td className="p-2">
                    {m.name}
                    <span className="block text-xs text-slate-600">{m.email}</span>
                  </td>
                  <td className="p-2">{ROLE_NAMES[m.role]}</td>
                  <td className="p-2">
                    {m.organisation ?? '—'}
                    {m.organisationType && <span className="block text-xs text-slate-600">{m.organisationType}</span>}
                  </td>
                  <td className="p-2">{m.expertise ?? '—'}</td>
                  {mayManage && (
                    <td className="p-2">
                      {m.userId !== user.id && assignableRoles(membership.role).includes(m.role) ? (
                        <MemberActions assessmentId={id} userId={m.userId} name={m.name} role={m.role} roles={roles} />
                      ) : (
                        <span className="text-xs text-slate-600">{m.userId === user.id ? 'You' : '—'}</span>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {mayInvite && (
        <section aria-labelledby="pending-heading" className="grid gap-3">
          <h2 id="pending-heading" className="text-lg font-semibold">
            Invitations
          </h2>
          <InviteForm assessmentId={id} roles={roles} organisationTypes={ORGANISATION_TYPES} expertiseAreas={contributorExpertiseAreas} genders={GENDERS} />
          {pending.length === 0 ? (
            <p className="text-sm text-slate-600">No pending invitations.</p>
          ) : (
            <ul className="grid gap-2">
              {pending.map((inv) => (
                <li key={inv.id} className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-white p-2 text-sm">
                  <span>
                    {inv.email} as {inv.role}
                  </span>
                  <span className="text-xs text-slate-600">expires {inv.expires_at.slice(0, 10)}</span>
                  <RevokeInvitationButton assessmentId={id} invitationId={inv.id} email={inv.email} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {can(membership.role, 'composition.view') && <CompositionView composition={workingGroupComposition(members)} roleNames={ROLE_NAMES} />}
    </div>
  );
}
