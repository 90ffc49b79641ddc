import { z } from 'zod';
import type { TRole } from '../access/roles';
import { isFacilitator } from '../access/roles';

/**
 * Who may see a background document: every member, the leads (facilitators and senior management),
 * or facilitators and named members.
 */
export const DOCUMENT_VISIBILITIES = ['members', 'leads', 'named'] as const;
export const ZDocumentVisibilitySchema = z.enum(DOCUMENT_VISIBILITIES);
export type TDocumentVisibility = z.infer<typeof ZDocumentVisibilitySchema>;

export type TDocumentAccessFacts = {
  visibility: TDocumentVisibility;
  addedBy: string;
  reviewerId: string | null;
  readerIds: readonly string[];
};

/**
 * Whether a member may see (list, read, download) a document. Facilitators see everything;
 * whoever added a document or is assigned to review it always sees it; otherwise the
 * document's restriction decides.
 */
export function canSeeDocument(member: { userId: string; role: TRole }, doc: TDocumentAccessFacts): boolean {
  if (isFacilitator(member.role)) return true;
  if (doc.addedBy === member.userId || doc.reviewerId === member.userId) return true;
  if (doc.visibility === 'members') return true;
  if (doc.visibility === 'leads') return member.role === 'SM';
  return doc.readerIds.includes(member.userId);
}
