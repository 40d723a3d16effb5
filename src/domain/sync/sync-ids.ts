/** The zod schemas of ids on the wire; the rules themselves are in action-ids.ts. */
import { z } from 'zod';
import { ACTION_ID_MAX_LENGTH, ID_MAX_LENGTH, ID_PATTERN, parseActionId } from './action-ids';

/** The id of a plan row (organization, school, school year, group, theme, template). */
export const entityIdSchema = z.string().min(1).max(ID_MAX_LENGTH).regex(ID_PATTERN);

/** A clientId: a UUID in practice; the same charset as entity ids. */
export const clientIdSchema = entityIdSchema;

/** An action id (the key of a progress row): a string that parseActionId accepts. */
export const actionIdSchema = z
  .string()
  .min(1)
  .max(ACTION_ID_MAX_LENGTH)
  .refine((s) => parseActionId(s) !== null, 'Not an action id');
