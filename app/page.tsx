import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { countUsers } from '@/lib/services/accounts/users';

export default async function Home() {
  if ((await countUsers(getDb())) === 0) redirect('/setup');
  redirect((await getSessionUser()) ? '/assessments' : '/sign-in');
}
