/**
 * Typed failures of local writes. The UI translates `code` (i18n `error.<code>`); nothing was
 * written when one of these is thrown, because the check runs before the transaction commits.
 */
export const DB_WRITE_ERROR_CODES = [
  'NOTE_TOO_LONG',
  'NAME_TOO_LONG',
  /** A note holds a Finnish personal identity code: no pupil data, ever. */
  'NOTE_PERSONAL_DATA',
  /** A rating given to an action that is not done (rating-writes.ts). */
  'RATING_NOT_DONE',
  /** A rating that is none of RATINGS. */
  'RATING_UNKNOWN',
] as const;
export type DbWriteErrorCode = (typeof DB_WRITE_ERROR_CODES)[number];

/** A rejected local write; `limit` is the maximum that was exceeded, for the message. */
export class DbWriteError extends Error {
  override readonly name = 'DbWriteError';

  constructor(
    readonly code: DbWriteErrorCode,
    readonly limit?: number,
  ) {
    super(limit === undefined ? code : `${code} (limit ${limit})`);
  }
}

/**
 * Trims a short text typed by the user and checks its length (the limit the server's row schema
 * also enforces). Plain code on purpose: a schema library here would ride into the first load.
 */
export function trimmedWithin(text: string, max: number, code: DbWriteErrorCode): string {
  const trimmed = text.trim();
  if (trimmed.length > max) throw new DbWriteError(code, max);
  return trimmed;
}
