import 'server-only';
import { WITHHELD_NAME } from '../../domain/reports/redaction';
import { agendaItemReference } from '../../domain/workshop/sessions';
import { heading, paragraph, run, table, type TDocBlock } from '../../export/document';
import type { TTorApproval } from '../../contracts/reports';
import type { TWorkshopSession } from '../../contracts/sessions';
import { makeFormat } from '../../i18n/format';
import { translatorOf } from '../../i18n/messages';

// What the terms of reference and the pre-mission report both print after their own text: the
// agenda of the assessment (its sessions, as planned on the sessions page) and the approvals by
// senior management of both sides. Exports are in English, as the rest of those documents.
const t = translatorOf('en', 'governance');

/** The agenda, or programme, of the assessment: each session with its items, in the assessment's time zone. */
export function agendaBlocks(sessions: readonly TWorkshopSession[], timeZone: string): TDocBlock[] {
  const f = makeFormat('en', timeZone);
  const blocks: TDocBlock[] = [heading(2, t('agendaHeading'))];
  if (sessions.length === 0) return [...blocks, paragraph(run(t('noAgenda'), { italic: true }))];
  blocks.push(paragraph(t('agendaTimes', { zone: timeZone })));
  for (const s of sessions) {
    blocks.push(
      heading(3, t('agendaSession', { title: s.title, start: f.dateTime(s.startsAt), end: f.time(s.endsAt) })),
    );
    if (s.agenda.length === 0) {
      blocks.push(paragraph(run(t('noItems'), { italic: true })));
      continue;
    }
    blocks.push(
      table(
        [t('agendaTime'), t('agendaItem'), t('agendaMinutes')],
        s.agenda.map((item) => {
          const ref = agendaItemReference(item);
          return [
            item.startsAt ? f.time(item.startsAt) : '',
            ref ? `${item.title} (${ref})` : item.title,
            item.durationMinutes ?? '',
          ];
        }),
      ),
    );
  }
  return blocks;
}

/**
 * Who approved the document for each side and when; a redacted copy withholds their names, since
 * senior management need not be members whose names the scrubber knows.
 */
export function approvalBlocks(approvals: readonly TTorApproval[], redacted: boolean): TDocBlock[] {
  const blocks: TDocBlock[] = [heading(2, t('approvalsHeading'))];
  const sides = new Set(approvals.map((a) => a.side));
  blocks.push(
    paragraph(run(sides.size === 2 ? t('approvedByBoth') : t('draftAwaiting'), { italic: sides.size !== 2 })),
  );
  if (approvals.length === 0) return blocks;
  blocks.push(
    table(
      [t('approvalSide'), t('approvalName'), t('approvalTitle'), t('approvalOrganisation'), t('approvalDate')],
      approvals.map((a) => [
        t(`side.${a.side}`),
        redacted ? WITHHELD_NAME : a.name,
        redacted ? WITHHELD_NAME : a.title,
        a.organisation,
        makeFormat('en').day(a.approvedOn),
      ]),
    ),
  );
  return blocks;
}
