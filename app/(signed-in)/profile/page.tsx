import type { Metadata } from 'next';
import { TimeZoneForm } from '@/components/profile/time-zone-form';
import { requirePageUser } from '@/lib/auth/page-guard';
import { formatInZone, zoneLabel } from '@/lib/domain/time-zones';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const user = await requirePageUser('/profile');
  // A server page renders once per request, so the request's time is the time to show.
  const now = new Date();
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Your profile</h1>
      <dl className="grid gap-x-6 gap-y-1 text-sm md:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">Time zone</dt>
        <dd>
          {user.timeZone
            ? `${zoneLabel(user.timeZone, now.getTime())}; your local time is ${formatInZone(now, user.timeZone)}`
            : 'Not set yet: times are shown in each assessment’s own time zone.'}
        </dd>
      </dl>
      <section aria-labelledby="tz-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="tz-heading" className="mb-3 text-lg font-semibold">
          Change your time zone
        </h2>
        <TimeZoneForm current={user.timeZone} timeZones={['UTC', ...Intl.supportedValuesOf('timeZone')]} />
      </section>
    </div>
  );
}
