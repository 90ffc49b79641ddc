/**
 * Every query key of the client, in one place, so that live events and mutations invalidate or
 * update exactly what they changed. Keys of an assessment start with `assessment(id)`: a rejoin of
 * its live room invalidates them all.
 */
export const queryKeys = {
  assessment: (assessmentId: string) => ['assessment', assessmentId] as const,
  discussion: (assessmentId: string, areaId: string) => ['assessment', assessmentId, 'discussion', areaId] as const,
  dashboard: (assessmentId: string) => ['assessment', assessmentId, 'dashboard'] as const,
  runOfShow: (assessmentId: string) => ['assessment', assessmentId, 'run-of-show'] as const,
  activities: (assessmentId: string) => ['assessment', assessmentId, 'activities'] as const,
  priorities: (assessmentId: string) => ['assessment', assessmentId, 'priorities'] as const,
  /** The versions of an answer or a plan field, by their history route. */
  versions: (base: string) => ['history', base] as const,
  version: (base: string, versionId: number) => ['history', base, versionId] as const,
  /** "Changed since your last visit" of an area: kept apart from the assessment's keys, which a rejoin reads again. */
  areaChanges: (assessmentId: string, areaId: string) => ['area-changes', assessmentId, areaId] as const,
  questionChanges: (assessmentId: string, questionKey: string) =>
    ['assessment', assessmentId, 'question-changes', questionKey] as const,
  /** "Changed since your last visit" of the plan or a group's findings, by its route. */
  docChanges: (url: string) => ['doc-changes', url] as const,
  documentLinks: (assessmentId: string, areaId: string) =>
    ['assessment', assessmentId, 'document-links', areaId] as const,
  signoff: (assessmentId: string) => ['assessment', assessmentId, 'signoff'] as const,
  reportAccess: (assessmentId: string) => ['assessment', assessmentId, 'report-access'] as const,
  answerFlags: (assessmentId: string) => ['assessment', assessmentId, 'answer-flags'] as const,
  reportBack: (assessmentId: string) => ['assessment', assessmentId, 'report-back'] as const,
  citationPreviews: (assessmentId: string, keys: string) =>
    ['assessment', assessmentId, 'citation-previews', keys] as const,
  guideArea: (areaId: string, version: string) => ['guide', version, 'area', areaId] as const,
  glossary: (version: string) => ['guide', version, 'glossary'] as const,
  notifications: () => ['me', 'notifications'] as const,
  notificationLists: () => ['me', 'notifications', 'list'] as const,
  notificationList: (unreadOnly: boolean) => ['me', 'notifications', 'list', { unreadOnly }] as const,
  unreadNotifications: () => ['me', 'notifications', 'unread'] as const,
};
