/**
 * Server configuration from the environment, validated once at start: a bad value stops the
 * server with a message naming the variable, not a stack trace at the first request.
 */
import { z } from 'zod';

export interface ServerConfig {
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly host: string;
  readonly databaseFile: string;
  readonly sessionTtlHours: number;
  /** The built app (vite build), served with an SPA fallback to index.html. */
  readonly distDir: string;
  /** Take the client address and scheme from X-Forwarded-For / -Proto (behind a reverse proxy). */
  readonly trustProxy: boolean;
  /** The password of the demo accounts created on first run; random when unset. */
  readonly demoPassword: string | null;
  /**
   * What a new database starts with: `demo` (the demo organization and accounts) or `none` (an
   * empty organization; the first admin is made with `npm run admin -- create-user`).
   */
  readonly seed: 'demo' | 'none';
  /** The id and name of the organization a `none` start creates. */
  readonly organizationId: string;
  readonly organizationName: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function integer(min: number, max: number, fallback: number) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = /^\d+$/.test(v) ? Number(v) : NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        ctx.addIssue({
          code: 'custom',
          message: `must be a whole number from ${min} to ${max}, got "${v}"`,
        });
        return z.NEVER;
      }
      return n;
    });
}

function text(fallback: string) {
  return z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? fallback : v));
}

const envSchema = z.object({
  PORT: integer(0, 65535, 8080),
  HOST: text('127.0.0.1'),
  DATABASE_FILE: text('./data/vuosikello.sqlite'),
  SESSION_TTL_HOURS: integer(1, 24 * 90, 12),
  DIST_DIR: text('./dist'),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', ''], { message: 'must be true or false' })
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  DEMO_PASSWORD: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? null : v))
    .refine((v) => v === null || v.length >= 8, 'must have at least 8 characters'),
  SEED: z
    .enum(['demo', 'none', ''], { message: 'must be demo or none' })
    .optional()
    .transform((v) => (v === 'none' ? 'none' : 'demo')),
  ORGANIZATION_ID: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? 'org' : v))
    .refine(
      (v) => /^[a-z0-9][a-z0-9-]{0,62}$/.test(v),
      'must be 1-63 lower-case letters, digits and hyphens',
    ),
  ORGANIZATION_NAME: text('Organisaatio'),
});

/** Reads the configuration from `env`; throws ConfigError listing every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid server configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseFile: e.DATABASE_FILE,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    distDir: e.DIST_DIR,
    trustProxy: e.TRUST_PROXY,
    demoPassword: e.DEMO_PASSWORD,
    seed: e.SEED,
    organizationId: e.ORGANIZATION_ID,
    organizationName: e.ORGANIZATION_NAME,
  };
}
