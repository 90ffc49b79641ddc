import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { TNamespace } from './messages';

/**
 * The messages the client components below need, in the member's language only: each layout and
 * page names the namespaces its client components use (client-messages.test.ts checks that the
 * list is complete), so a page does not carry the strings of every feature in its HTML.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: TNamespace[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

/**
 * A page or layout whose client components get `namespaces` (see ClientMessages):
 * `export default withClientMessages(['plan'], async function PlanPage(…) {…})`.
 */
export function withClientMessages<P extends object>(
  namespaces: TNamespace[],
  Page: (props: P) => Promise<ReactNode> | ReactNode,
) {
  return function WithClientMessages(props: P) {
    return (
      <ClientMessages namespaces={namespaces}>
        <Page {...props} />
      </ClientMessages>
    );
  };
}
