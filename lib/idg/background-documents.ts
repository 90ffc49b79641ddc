// Step 3 of the guide ("Reviewing background documents and the respective integrity
// initiatives"): the kinds of background document the working group is to review and identify
// before the situational analysis, in the guide's order and words. Annex 7 asks for them to be
// pulled together "in a single folder": the assessment's library.

/** One kind of background document from the guide's step 3 list. */
export type TBackgroundDocumentKind = { id: string; title: string };

/** The guide's list of expected background documents (step 3). */
export const BACKGROUND_DOCUMENT_KINDS = [
  {
    id: 'previous-initiatives',
    title:
      'Research and evaluation on the results of previous WCO missions in the country, and other integrity-related initiatives carried out or ongoing',
  },
  {
    id: 'legislation-codes',
    title:
      'National anti-corruption and integrity-related regulations and legislation, codes of conduct for Customs officials and for public service officials',
  },
  {
    id: 'structure-plans',
    title:
      'Organizational structure, strategic and operational plans of the administration; Customs-related government strategies and plans',
  },
  {
    id: 'agreements-stakeholders',
    title:
      'MoUs, legal and administrative documents and arrangements regulating the relationship with other government agencies and stakeholders on anti-corruption and integrity',
  },
  {
    id: 'performance-reports',
    title: 'Annual or quarterly reports on Customs performance, including integrity development and anti-corruption',
  },
  {
    id: 'partnerships-assessments',
    title:
      'Existing public-private partnerships, anti-corruption assessments, international anti-corruption instruments the administration subscribes to',
  },
  {
    id: 'data-surveys',
    title: 'Basic data, statistics and survey results related to corruption and integrity in Customs',
  },
  {
    id: 'international-reports',
    title:
      'Agreements, guides, country reports or other documents produced by international organizations on integrity',
  },
  {
    id: 'gender-diversity',
    title: 'Reports on the links between integrity, gender equality and diversity',
  },
] as const satisfies readonly TBackgroundDocumentKind[];

export type TBackgroundDocumentKindId = (typeof BACKGROUND_DOCUMENT_KINDS)[number]['id'];

/** The ids of the kinds, for validation. */
export const BACKGROUND_DOCUMENT_KIND_IDS = BACKGROUND_DOCUMENT_KINDS.map((k) => k.id) as [
  TBackgroundDocumentKindId,
  ...TBackgroundDocumentKindId[],
];

/** The kind where survey results are filed when a survey is attached to the library. */
export const SURVEY_RESULTS_KIND: TBackgroundDocumentKindId = 'data-surveys';

/** The guide's title of a kind, or the id itself when unknown. */
export function backgroundDocumentKindTitle(id: string): string {
  return BACKGROUND_DOCUMENT_KINDS.find((k) => k.id === id)?.title ?? id;
}
