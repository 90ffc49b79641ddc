import type { TFindingKind } from '../../collab/findings-layout';
import type { TAnswerStatus } from '../../collab/layout';
import type { TAgendaItem } from '../../domain/workshop/sessions';

// What the demo's breakout groups have written by the afternoon of their workshop: answers and
// evaluations in their key factors and the rapporteurs' findings, drawn from what the guide asks
// under each key factor (IDG 2021, Part III). Demoland is invented; its facts only need to be
// plausible and consistent between the answers and the findings that cite them.

/** A block of an answer or finding: a paragraph, or a bulleted list. */
export type TDemoBlock = string | { bullets: string[] };

/** One checklist answer: who wrote it, its text, and its evaluation (null while the group still discusses it). */
export type TDemoAnswer = { key: string; author: string; blocks: TDemoBlock[]; status: TAnswerStatus | null };

/** One finding of a group, with the questions it cites. */
export type TDemoFinding = { kind: TFindingKind; text: string; cites: string[] };

/** What one breakout group (by its name in the base seed) has produced so far. */
export type TDemoGroupWork = { group: string; answers: TDemoAnswer[]; findings: TDemoFinding[] };

/** An item of the demo's agenda; a report-back names its group, whose id the seed looks up. */
export type TDemoAgendaItem = TAgendaItem & { reportBackOf?: string };

/**
 * The afternoon session's run of show (180 minutes from 14:00): the groups finish their key
 * factors in breakouts, then each rapporteur reports back and the working group rates the proposed
 * activities. Items follow one another; durations add up to the session.
 */
export const DEMO_AGENDA: TDemoAgendaItem[] = [
  {
    title: 'Welcome: where each group stands on its key factors',
    activityCode: '5.1',
    kind: 'plenary',
    page: 'groups',
    durationMinutes: 10,
  },
  {
    title: 'Breakouts: Group A completes Transparency and Automation, Group B Human Resource Management',
    activityCode: '5.3',
    areaId: 'transparency',
    kind: 'breakout',
    durationMinutes: 60,
    timerMinutes: 55,
  },
  { title: 'Break', kind: 'break', durationMinutes: 15 },
  {
    title: 'Report-back: Group A',
    activityCode: '5.4',
    kind: 'report-back',
    reportBackOf: 'Group A',
    durationMinutes: 25,
  },
  {
    title: 'Report-back: Group B',
    activityCode: '5.4',
    kind: 'report-back',
    reportBackOf: 'Group B',
    durationMinutes: 25,
  },
  { title: 'Rating round: the proposed activities', kind: 'rating', durationMinutes: 30 },
  {
    title: 'Next steps: materials for the action planning workshop',
    activityCode: '5.6',
    kind: 'plenary',
    page: 'plan',
    durationMinutes: 15,
  },
];

export const DEMO_SESSION_TITLE = 'Breakout work and report-back';

const groupA: TDemoGroupWork = {
  group: 'Group A',
  answers: [
    {
      key: 'leadership-commitment.5',
      author: 'ana@demo.test',
      status: 'in-place',
      blocks: [
        'The Director General signed the integrity statement in 2024 and opens the yearly stakeholder forum with a report on it. She meets the brokers’ association every quarter and has asked traders to report any request for an unofficial payment directly to her office.',
      ],
    },
    {
      key: 'leadership-commitment.10',
      author: 'ana@demo.test',
      status: 'action-required',
      blocks: [
        'None. Senior managers’ performance agreements cover revenue collected and clearance times only; integrity appears nowhere in them, so it is neither measured nor rewarded at the top.',
      ],
    },
    {
      key: 'leadership-commitment.13',
      author: 'ana@demo.test',
      status: 'needs-improvement',
      blocks: [
        'Staff can report to the Integrity Unit, but the Unit reports to the Deputy Director General, who is one of the people it would have to look into. The hotline is answered inside the administration.',
      ],
    },
    {
      key: 'transparency.6',
      author: 'trader@demo.test',
      status: 'in-place',
      blocks: [
        'Advance rulings on tariff classification and origin are issued within 30 days of a complete request. They are binding for three years and published on the website without the trader’s name, so that similar goods are treated alike.',
        'Valuation rulings are not offered yet.',
      ],
    },
    {
      key: 'transparency.23',
      author: 'trader@demo.test',
      status: 'needs-improvement',
      blocks: [
        'Decisions can be taken to the Tax Appeals Tribunal after the internal review. Brokers report that a case takes 14 months on average, so small traders rarely appeal and settle at the counter instead.',
      ],
    },
    {
      key: 'transparency.30',
      author: 'ana@demo.test',
      status: 'action-required',
      blocks: [
        'A service charter was published in 2017 and has not been updated since. It promises “prompt service” but states no clearance times, no fees and no contact for complaints.',
      ],
    },
    {
      key: 'automation.9',
      author: 'ana@demo.test',
      status: 'needs-improvement',
      blocks: [
        'Duties at the port and the airport are paid electronically through the banks (about 85% of revenue). At the three land borders:',
        {
          bullets: [
            'duties are still paid in cash to the shift supervisor;',
            'receipts are handwritten and reconciled at headquarters once a month.',
          ],
        },
      ],
    },
    {
      key: 'automation.12',
      author: 'trader@demo.test',
      status: 'needs-improvement',
      blocks: [
        'Declarations are lodged electronically, but documents for physical examination are still handed over in person, and brokers wait at the examination shed to meet the officer who was assigned.',
      ],
    },
    {
      key: 'automation.25',
      author: 'ana@demo.test',
      status: null,
      blocks: [
        'The clearance system logs who opened which declaration, but nobody reviews the logs. To be checked with the ICT department this afternoon.',
      ],
    },
  ],
  findings: [
    {
      kind: 'strengths',
      text: 'The Director General champions the integrity strategy in public and invites traders to report requests for unofficial payments to her office.',
      cites: ['leadership-commitment.5'],
    },
    {
      kind: 'strengths',
      text: 'Advance rulings on classification and origin are issued within 30 days and published without names, so similar goods are treated alike.',
      cites: ['transparency.6'],
    },
    {
      kind: 'weaknesses',
      text: 'Integrity is absent from senior managers’ performance agreements, and breaches at the top are reported to people in the same chain of command.',
      cites: ['leadership-commitment.10', 'leadership-commitment.13'],
    },
    {
      kind: 'weaknesses',
      text: 'Cash is still paid to officers at the land borders, and documents are handed over face to face for examinations.',
      cites: ['automation.9', 'automation.12'],
    },
    {
      kind: 'risks',
      text: 'Access logs of the clearance system are kept but never reviewed: misuse of traders’ data would go unnoticed.',
      cites: ['automation.25'],
    },
    {
      kind: 'activities',
      text: 'Add integrity indicators to every senior manager’s yearly performance agreement, reviewed by an integrity committee that reports to the Director General.',
      cites: ['leadership-commitment.10', 'leadership-commitment.13'],
    },
    {
      kind: 'activities',
      text: 'Extend electronic payment to the three land borders by the end of next year, with bank agents on site where connections are poor.',
      cites: ['automation.9', 'automation.12'],
    },
    {
      kind: 'activities',
      text: 'Revise the service charter with measurable clearance and appeal timeframes, and publish it at every office and online.',
      cites: ['transparency.30', 'transparency.23'],
    },
  ],
};

const groupB: TDemoGroupWork = {
  group: 'Group B',
  answers: [
    {
      key: 'code-of-conduct.1',
      author: 'ben@demo.test',
      status: 'in-place',
      blocks: [
        'Yes. The code of conduct was adopted in 2019, applies to every employee including contract staff, and is on the intranet and the public website.',
      ],
    },
    {
      key: 'code-of-conduct.3',
      author: 'ben@demo.test',
      status: 'action-required',
      blocks: [
        'No. The code states principles (honesty, impartiality, courtesy) without examples. Officers we spoke to answered differently on gifts from brokers, hospitality at year end and relatives working in clearing agencies.',
      ],
    },
    {
      key: 'code-of-conduct.8',
      author: 'ben@demo.test',
      status: 'needs-improvement',
      blocks: [
        'New recruits sign an acknowledgement at induction. Staff recruited before 2019 were never asked to, so only about half of the workforce has signed.',
      ],
    },
    {
      key: 'code-of-conduct.9',
      author: 'ben@demo.test',
      status: 'needs-improvement',
      blocks: [
        'Induction training covers the code for a full day. There is no refresher for existing staff, and managers receive no guidance on handling breaches.',
      ],
    },
    {
      key: 'human-resource-management.8',
      author: 'ben@demo.test',
      status: 'needs-improvement',
      blocks: [
        'Recruitment goes through the Public Service Commission on a written test and an interview. Promotions to supervisor are decided by the regional chief alone, without published criteria.',
      ],
    },
    {
      key: 'human-resource-management.14',
      author: 'ben@demo.test',
      status: null,
      blocks: [
        'Officers must declare a conflict of interest when one arises, but there is no form and no register; HR could not say how many declarations were made last year.',
      ],
    },
    {
      key: 'human-resource-management.16',
      author: 'ben@demo.test',
      status: 'action-required',
      blocks: [
        'There is no written rotation policy. At the main port several officers have held examination and valuation posts for six to nine years; transfers happen on request or as a sanction.',
      ],
    },
    {
      key: 'human-resource-management.26',
      author: 'ben@demo.test',
      status: 'in-place',
      blocks: [
        'Yes. Every course of the training academy has an integrity module, and the induction programme ends with a case study from the Integrity Unit.',
      ],
    },
  ],
  findings: [
    {
      kind: 'strengths',
      text: 'A formal code of conduct applies to every employee and is published for staff and the public.',
      cites: ['code-of-conduct.1'],
    },
    {
      kind: 'strengths',
      text: 'Integrity is part of induction and of every course of the training academy.',
      cites: ['human-resource-management.26', 'code-of-conduct.9'],
    },
    {
      kind: 'weaknesses',
      text: 'The code has no practical examples, and half of the staff never signed it: officers interpret gifts and hospitality differently.',
      cites: ['code-of-conduct.3', 'code-of-conduct.8'],
    },
    {
      kind: 'weaknesses',
      text: 'Vulnerable posts are held for years, and promotions to supervisor follow no published criteria.',
      cites: ['human-resource-management.16', 'human-resource-management.8'],
    },
    {
      kind: 'activities',
      text: 'Rewrite the code with a practical guide of everyday dilemmas, developed with staff and brokers, and have every employee sign it again.',
      cites: ['code-of-conduct.3', 'code-of-conduct.8'],
    },
    {
      kind: 'activities',
      text: 'Adopt a rotation policy for vulnerable posts (at most three years), with transfers decided by a panel on published criteria.',
      cites: ['human-resource-management.16', 'human-resource-management.8'],
    },
    {
      kind: 'activities',
      text: 'Introduce a yearly declaration of interests for staff in vulnerable posts, kept in a register by the Integrity Unit.',
      cites: ['human-resource-management.14'],
    },
  ],
};

/** Each group's work so far, in the base seed's group order. */
export const DEMO_GROUP_WORK: readonly TDemoGroupWork[] = [groupA, groupB];
