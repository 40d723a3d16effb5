/**
 * Calendar days as 'YYYY-MM-DD' strings. This is the only module that turns them into Date
 * objects (UTC midnight, so no time zone can shift a day).
 */
import type { Brand } from './ids';

export type LocalDate = Brand<string, 'LocalDate'>;
