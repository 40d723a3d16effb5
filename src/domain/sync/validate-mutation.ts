/**
 * Validation of one pushed mutation on its own, so that a bad one is rejected with a code while
 * the rest of the batch goes on (SYNC-NOTES §8.3 step 2). Pure: the server calls it inside its
 * transaction; a client can call it before writing to its outbox.
 */
import type { z } from 'zod';
import type { FieldSeq, Fields, MergeMutation } from './merge';
import { MUTATION_OPS, type MutationOp } from './merge';
import type { RejectionCode } from './protocol';
import { mutationSchema } from './protocol';
import {
  DELETED_FIELD,
  ENTITY_REGISTRY,
  freeTextFields,
  isEntity,
  keyField,
  type Entity,
} from '../entities';
import { findPersonalIdentityCode } from '../personal-identity-code';
import { findHostileKeyPath, MAX_DEPTH } from './hostile-keys';
import { ENTITY_FIELDS, PATCH_SCHEMAS, ROW_SCHEMAS, SERVER_ONLY_FIELDS } from './row-schemas';
import { actionIdSchema, entityIdSchema } from './sync-ids';

export interface ValidMutation extends MergeMutation {
  readonly id: number;
}

export type Validation =
  | { readonly ok: true; readonly mutation: ValidMutation }
  | { readonly ok: false; readonly code: RejectionCode; readonly message: string };

function reject(code: RejectionCode, message: string): Validation {
  return { ok: false, code, message };
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * Checks a raw mutation (already known to have an integer `id`): hostile keys, the envelope,
 * entity, op, id, the patch (no server-only or unknown fields, a key field equal to entityId,
 * valid values; create needs a whole row; no personal identity code in free text) and base.
 * Returns the mutation with the key field taken out of its patch, or the first problem's code.
 */
export function validateMutation(
  raw: { readonly id: number } & Record<string, unknown>,
): Validation {
  const hostile = findHostileKeyPath(raw, MAX_DEPTH);
  if (hostile === 'too deep') return reject('TooDeep', `Nested deeper than ${MAX_DEPTH} levels`);
  if (hostile !== null)
    return reject('HostileKey', `Key "${String(hostile.at(-1))}" is not allowed`);

  if (typeof raw.entity !== 'string' || !isEntity(raw.entity)) {
    return reject('UnknownEntity', `Unknown entity ${JSON.stringify(raw.entity)}`);
  }
  const entity = raw.entity;
  if (typeof raw.op !== 'string' || !(MUTATION_OPS as readonly string[]).includes(raw.op)) {
    return reject('InvalidOp', `Unknown op ${JSON.stringify(raw.op)}`);
  }
  const op = raw.op as MutationOp;
  if (typeof raw.entityId !== 'string') return reject('InvalidId', 'entityId is not a string');
  const envelope = mutationSchema.safeParse(raw);
  if (!envelope.success) {
    const unknownKey = envelope.error.issues.find((i) => i.code === 'unrecognized_keys');
    return unknownKey
      ? reject('UnknownField', describe(envelope.error))
      : reject('InvalidPatch', describe(envelope.error));
  }
  const { entityId, patch, base } = envelope.data;
  const idCheck = (
    ENTITY_REGISTRY[entity].idFormat === 'actionId' ? actionIdSchema : entityIdSchema
  ).safeParse(entityId);
  if (!idCheck.success) return reject('InvalidId', `entityId: ${describe(idCheck.error)}`);

  const fields = checkPatch(entity, entityId, op, patch ?? null);
  if (!fields.ok) return fields;
  const baseCheck = checkBase(entity, base ?? {});
  if (baseCheck !== null) return baseCheck;
  return {
    ok: true,
    mutation: { id: raw.id, entity, entityId, op, patch: fields.patch, base: base ?? {} },
  };
}

function checkPatch(
  entity: Entity,
  entityId: string,
  op: MutationOp,
  patch: Fields | null,
):
  | { readonly ok: true; readonly patch: Fields }
  | { readonly ok: false; readonly code: RejectionCode; readonly message: string } {
  if (op === 'delete' || op === 'undelete') {
    if (patch !== null && Object.keys(patch).length > 0) {
      return { ok: false, code: 'InvalidPatch', message: `A ${op} carries no patch` };
    }
    return { ok: true, patch: {} };
  }
  if (patch === null) return { ok: false, code: 'InvalidPatch', message: `A ${op} needs a patch` };
  const keys = Object.keys(patch);
  const serverOnly = keys.filter((k) => (SERVER_ONLY_FIELDS as readonly string[]).includes(k));
  if (serverOnly.length > 0) {
    return {
      ok: false,
      code: 'ServerOnlyField',
      message: `Only the server sets ${serverOnly.join(', ')}`,
    };
  }
  const unknown = keys.filter((k) => !ENTITY_FIELDS[entity].includes(k));
  if (unknown.length > 0) {
    return {
      ok: false,
      code: 'UnknownField',
      message: `Unknown ${entity} field ${unknown.join(', ')}`,
    };
  }
  const key = keyField(entity);
  if (Object.hasOwn(patch, key) && patch[key] !== entityId) {
    return { ok: false, code: 'IdMismatch', message: `${key} differs from entityId` };
  }
  const schema = op === 'create' ? ROW_SCHEMAS[entity] : PATCH_SCHEMAS[entity];
  const parsed = schema.safeParse({ ...patch, [key]: entityId });
  if (!parsed.success) return { ok: false, code: 'InvalidField', message: describe(parsed.error) };
  const personal = personalDataField(entity, patch);
  if (personal !== null) {
    return {
      ok: false,
      code: 'PersonalData',
      message: `${personal} holds a personal identity code: no pupil data`,
    };
  }
  // Keep the values as sent (the schemas check but do not rewrite them), minus the key.
  const rest: Record<string, unknown> = {};
  for (const k of keys) if (k !== key) rest[k] = patch[k];
  return { ok: true, patch: rest };
}

/** The first free-text field of `patch` that holds a personal identity code, or null. */
function personalDataField(entity: Entity, patch: Fields): string | null {
  for (const field of freeTextFields(entity)) {
    const value = patch[field];
    if (typeof value === 'string' && findPersonalIdentityCode(value) !== null) return field;
  }
  return null;
}

function checkBase(entity: Entity, base: FieldSeq): Validation | null {
  const key = keyField(entity);
  const bad = Object.keys(base).filter(
    (k) => k === key || (k !== DELETED_FIELD && !ENTITY_FIELDS[entity].includes(k)),
  );
  return bad.length > 0
    ? reject('InvalidBase', `base names unknown fields ${bad.join(', ')}`)
    : null;
}
