import { describe, expect, it } from 'vitest';
import { CloseCode, closeCodeName, shouldRetry } from './close-codes';
import { parseDocName } from './doc-name-parse';
import { type TDocRef, formatDocName } from './doc-names';
import { answerFragmentName, parseAnswerStatus, parseLastEdit, questionKeyOfFragment } from './layout';

describe('document names', () => {
  const id = '4f136a66-d8cd-447d-96df-18a5c7bccb4c';
  it.each<TDocRef>([
    { kind: 'factor', assessmentId: id, areaId: 'transparency' },
    { kind: 'group', assessmentId: id, groupId: 'g-1' },
    { kind: 'plan', assessmentId: id },
    { kind: 'report', assessmentId: id },
  ])('round-trips $kind', (ref) => {
    expect(parseDocName(formatDocName(ref))).toEqual(ref);
  });

  it.each([
    '',
    'assessment',
    `assessment.${id}`,
    `assessment.${id}.factor.unknown-area`,
    `assessment.${id}.plan.x`,
    `assessment.a/b.plan`,
    `assessment.${id}.group.`,
    `x${'a'.repeat(200)}`,
  ])('refuses %j', (name) => expect(parseDocName(name)).toBeNull());
});

describe('checklist layout', () => {
  it('names answer fragments by question key', () => {
    expect(answerFragmentName('transparency.20')).toBe('answer:transparency.20');
    expect(questionKeyOfFragment('answer:transparency.20')).toBe('transparency.20');
    expect(questionKeyOfFragment('status')).toBeNull();
  });
  it('reads only the four statuses', () => {
    expect(parseAnswerStatus('needs-improvement')).toBe('needs-improvement');
    expect(parseAnswerStatus('done')).toBeNull();
    expect(parseAnswerStatus(undefined)).toBeNull();
  });
  it('reads a last edit only when it has a user, a name and a time', () => {
    const edit = { userId: 'u1', name: 'Ana', at: 1 };
    expect(parseLastEdit({ ...edit, extra: true })).toEqual(edit);
    expect(parseLastEdit({ ...edit, userId: '' })).toBeNull();
    expect(parseLastEdit({ ...edit, at: '1' })).toBeNull();
    expect(parseLastEdit(null)).toBeNull();
  });
});

describe('close codes', () => {
  it('tells clients which closes are final', () => {
    expect(shouldRetry(CloseCode.accessChanged)).toBe(true);
    expect(shouldRetry(CloseCode.rateLimited)).toBe(true);
    expect(shouldRetry(CloseCode.goingAway)).toBe(true);
    // A client closed for updates that lack their dependencies resyncs them on reconnecting.
    expect(shouldRetry(CloseCode.missingDependencies)).toBe(true);
    expect(shouldRetry(1006)).toBe(true);
    for (const code of [
      CloseCode.malformed,
      CloseCode.tooLarge,
      CloseCode.forbidden,
      CloseCode.notFound,
      CloseCode.unauthorised,
    ])
      expect(shouldRetry(code)).toBe(false);
    expect(closeCodeName(4509)).toBe('accessChanged');
  });
});
