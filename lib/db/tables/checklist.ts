import type { Generated } from 'kysely';

/** A Yjs document's compacted state (an update encoding the whole document). */
export interface YjsDocumentsTable {
  name: string;
  state: Uint8Array;
  updated_at: string;
}

/** Yjs updates applied since the document's state row was last compacted, in order of id. */
export interface YjsUpdatesTable {
  id: Generated<number>;
  doc_name: string;
  update: Uint8Array;
  created_at: string;
}

export interface CommentsTable {
  id: string;
  assessment_id: string;
  question_key: string;
  author_id: string;
  body: string;
  /** JSON array of the mentioned members' user ids. */
  mentions: string;
  created_at: string;
}

export interface EvidenceTable {
  id: string;
  assessment_id: string;
  question_key: string;
  kind: 'link' | 'file';
  title: string;
  url: string | null;
  file_name: string | null;
  /** Where the file's bytes are stored; never derived from what the user named it. */
  storage_key: string | null;
  mime_type: string | null;
  size_bytes: number | null;
  added_by: string;
  created_at: string;
}
