import { apiErrorKey, ServerRequestError } from '@/ui/server-queries';

/** The i18n key suffix of a failed feeds request (calendars.error_<suffix>). */
export type FeedErrorKey =
  'TooManyFeeds' | 'InvalidScope' | 'forbidden' | 'unauthorized' | 'network' | 'other';

export function feedErrorKey(error: unknown): FeedErrorKey {
  if (
    error instanceof ServerRequestError &&
    error.failure.kind === 'badRequest' &&
    error.failure.code === 'TooManyFeeds'
  ) {
    return 'TooManyFeeds';
  }
  const key = apiErrorKey(error);
  switch (key) {
    case 'InvalidScope':
    case 'forbidden':
    case 'unauthorized':
    case 'network':
      return key;
    default:
      return 'other';
  }
}
