/**
 * Typed failures of local writes. The UI translates `code` (i18n `error.<code>`); nothing was
 * written when one of these is thrown, because the check runs before the transaction commits.
 */
export const DB_WRITE_ERROR_CODES = ['NOTE_TOO_LONG', 'NAME_TOO_LONG'] as const;
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
