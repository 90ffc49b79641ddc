import type { Kysely } from 'kysely';

// Rating and dot-voting rounds over candidate activities (action planning step 1). Votes are
// server-authoritative: only the live server writes these tables, after checking the voter.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rating_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    // 'rating' (low/medium/high per criterion) or 'dots' (a budget of dots per person).
    .addColumn('kind', 'text', (c) => c.notNull())
    // 'open' or 'closed'; nothing is accepted once closed.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    // 'live' (tallies shown while voting) or 'hidden' (until a facilitator reveals them).
    .addColumn('results', 'text', (c) => c.notNull())
    .addColumn('revealed', 'integer', (c) => c.notNull())
    // JSON arrays: the activities and criteria the round covers, fixed when it opens.
    .addColumn('activity_ids', 'text', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('dot_budget', 'integer')
    .addColumn('dot_cap', 'integer')
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('rating_rounds_assessment_idx')
    .on('rating_rounds')
    .columns(['assessment_id', 'opened_at'])
    .execute();

  // voter_key is the user id in a named round, and HMAC(round id, user id) in an anonymous one:
  // one rating per voter still holds, but who rated is not stored.
  await db.schema
    .createTable('ratings')
    .addColumn('round_id', 'text', (c) => c.notNull().references('rating_rounds.id').onDelete('cascade'))
    .addColumn('voter_key', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('criterion', 'text', (c) => c.notNull())
    // 'low' | 'medium' | 'high' | 'skip'
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ratings_pk', ['round_id', 'voter_key', 'activity_id', 'criterion'])
    .execute();
  // Covers the tally (counts by activity, criterion and value), read up to ten times a second
  // while a round is busy: an index scan in order instead of a sort of every rating.
  await db.schema
    .createIndex('ratings_tally_idx')
    .on('ratings')
    .columns(['round_id', 'activity_id', 'criterion', 'value'])
    .execute();

  await db.schema
    .createTable('dot_votes')
    .addColumn('round_id', 'text', (c) => c.notNull().references('rating_rounds.id').onDelete('cascade'))
    .addColumn('voter_key', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('dots', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dot_votes_pk', ['round_id', 'voter_key', 'activity_id'])
    .execute();

  // The facilitators' weight of each priority criterion in the combined priority (1 when absent).
  await db.schema
    .createTable('priority_weights')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('weight', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('priority_weights_pk', ['assessment_id', 'criterion'])
    .execute();
}
