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
import { DELETED_FIELD, ENTITY_REGISTRY, isEntity, keyField, type Entity } from '../entities';
import { ENTITY_FIELDS, PATCH_SCHEMAS, ROW_SCHEMAS, SERVER_ONLY_FIELDS } from './row-schemas';
import { actionIdSchema, entityIdSchema } from './sync-ids';

/** Keys that could reach an object's prototype if any code ever assigned them. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any row (a template's timing rule is the deepest, at 4). */
export const MAX_DEPTH = 12;

export interface ValidMutation extends MergeMutation {
  readonly id: number;
}

export type Validation =
  | { readonly ok: true; readonly mutation: ValidMutation }
  | { readonly ok: false; readonly code: RejectionCode; readonly message: string };

function reject(code: RejectionCode, message: string): Validation {
  return { ok: false, code, message };
}

/**
 * The first hostile key (`__proto__`, `constructor`, `prototype`) found at any depth, 'too deep'
 * when nesting exceeds `maxDepth`, or null when the value is clean.
 */
export function findHostileKey(value: unknown, maxDepth = MAX_DEPTH): string | 'too deep' | null {
  if (typeof value !== 'object' || value === null) return null;
  if (maxDepth < 0) return 'too deep';
  for (const key of Object.keys(value)) {
    if (HOSTILE_KEYS.has(key)) return key;
    const found = findHostileKey((value as Record<string, unknown>)[key], maxDepth - 1);
    if (found !== null) return found;
  }
  return null;
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
 * valid values; create needs a whole row) and base. Returns the mutation with the key field
 * taken out of its patch, or the first problem's code.
 */
export function validateMutation(
  raw: { readonly id: number } & Record<string, unknown>,
): Validation {
  const hostile = findHostileKey(raw);
  if (hostile === 'too deep') return reject('TooDeep', `Nested deeper than ${MAX_DEPTH} levels`);
  if (hostile !== null) return reject('HostileKey', `Key "${hostile}" is not allowed`);

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
  // Keep the values as sent (the schemas check but do not rewrite them), minus the key.
  const rest: Record<string, unknown> = {};
  for (const k of keys) if (k !== key) rest[k] = patch[k];
  return { ok: true, patch: rest };
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
