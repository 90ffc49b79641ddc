import NextAuth from 'next-auth';
import { boundedAuthRequest } from '@/lib/auth/auth-request';
import { authOptions } from '@/lib/auth/options';

const handler = async (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }): Promise<Response> => {
  const bounded = await boundedAuthRequest(req);
  if (bounded instanceof Response) return bounded;
  // next-auth 4 reads params synchronously; Next 16 hands them over as a promise.
  const params = await ctx.params;
  return NextAuth(bounded as never, { params } as never, authOptions()) as Promise<Response>;
};

export { handler as GET, handler as POST };
