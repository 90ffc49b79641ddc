// The demo workshop's people, signed in to a running app, and its assessment: what every attack
// as a member starts from.
import { type TAppProcess, signIn } from '../../integration/helpers/app-process';

/** Demo accounts by the part before `@demo.test`. */
export type TDemoMember = 'facilitator' | 'local' | 'senior' | 'ana' | 'ben' | 'trader' | 'observer';

/**
 * Signs `members` in, one after another (sign-in is limited per address); their Cookie headers,
 * and the demo assessment's id.
 */
export async function signInDemo<M extends TDemoMember>(
  app: TAppProcess,
  members: readonly M[],
): Promise<{ cookies: Record<M, string>; assessmentId: string }> {
  const cookies = {} as Record<M, string>;
  for (const who of members) cookies[who] = await signIn(app.url, `${who}@demo.test`);
  const facilitator =
    (cookies as Partial<Record<TDemoMember, string>>).facilitator ?? (await signIn(app.url, 'facilitator@demo.test'));
  const res = await fetch(`${app.url}/api/assessments`, { headers: { cookie: facilitator } });
  const { assessments } = (await res.json()) as { assessments: { id: string }[] };
  return { cookies, assessmentId: assessments[0]!.id };
}
