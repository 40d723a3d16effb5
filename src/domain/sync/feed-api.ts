/**
 * The calendar feeds API (/api/feeds) and the public feed (/feeds/<token>.ics): the zod schemas
 * of the API's bodies, shared by the server and the browser client. A feed serves one target's
 * calendar (calendar-export/) of one school year in one language at a secret, revocable URL.
 */
import { z } from 'zod';
import type { CalendarTarget } from '../calendar-export/calendar-target';
import { groupId, schoolId } from '../ids';
import { GRADES, LANGUAGES, type Grade } from '../model';
import { entityIdSchema } from './sync-ids';

/** The most live feeds one account may have: each is a row and a URL to keep track of. */
export const MAX_FEEDS_PER_ACCOUNT = 50;

/** A feed token: 32 random bytes as base64url (43 characters). */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const calendarTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('group'), groupId: entityIdSchema }),
  z.strictObject({
    kind: z.literal('grade'),
    schoolId: entityIdSchema,
    grade: z.int().refine((g) => (GRADES as readonly number[]).includes(g), 'A grade is 0-9'),
  }),
  z.strictObject({ kind: z.literal('school'), schoolId: entityIdSchema }),
]);
export type CalendarTargetWire = z.infer<typeof calendarTargetSchema>;

/** The domain's target of a validated wire target (its ids branded). */
export function calendarTargetOf(wire: CalendarTargetWire): CalendarTarget {
  switch (wire.kind) {
    case 'group':
      return { kind: 'group', groupId: groupId(wire.groupId) };
    case 'grade':
      return { kind: 'grade', schoolId: schoolId(wire.schoolId), grade: wire.grade as Grade };
    case 'school':
      return { kind: 'school', schoolId: schoolId(wire.schoolId) };
  }
}

/** POST /api/feeds: a feed of `target`'s calendar in `schoolYearId`, written in `language`. */
export const createFeedRequestSchema = z.strictObject({
  target: calendarTargetSchema,
  schoolYearId: entityIdSchema,
  language: z.enum(LANGUAGES),
});
export type CreateFeedRequest = z.infer<typeof createFeedRequestSchema>;

/** A feed as the API shows it. */
export const feedViewSchema = z.strictObject({
  id: entityIdSchema,
  target: calendarTargetSchema,
  schoolYearId: entityIdSchema,
  language: z.enum(LANGUAGES),
  /** The calendar's name in its language ('3A (Esimerkkikoulu) — lukuvuosi 2026–2027'). */
  name: z.string(),
  /** The username of the account that made it. */
  owner: z.string(),
  /** ISO 8601 instant. */
  createdAt: z.string(),
  /** `/feeds/<token>.ics`, only to the feed's owner (an admin revokes others' without it). */
  path: z.string().optional(),
});
export type FeedView = z.infer<typeof feedViewSchema>;

/** GET /api/feeds: the caller's live feeds (an admin: the organization's), newest first. */
export const feedListSchema = z.strictObject({ feeds: z.array(feedViewSchema) });
export type FeedList = z.infer<typeof feedListSchema>;

/** The answer of POST /api/feeds (201). */
export const feedCreatedSchema = z.strictObject({ feed: feedViewSchema });
