import { describe, expect, it } from 'vitest';
import { loadConfig } from '@/server/config';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      databaseFile: './data/vuosikello.sqlite',
      sessionTtlHours: 12,
      distDir: './dist',
      trustProxy: false,
      demoPassword: null,
      seed: 'demo',
      organizationId: 'org',
      organizationName: 'Organisaatio',
    });
  });

  it('reads the environment', () => {
    expect(
      loadConfig({
        PORT: '0',
        HOST: '0.0.0.0',
        DATABASE_FILE: '/var/lib/vuosikello/db.sqlite',
        SESSION_TTL_HOURS: '8',
        DIST_DIR: '/srv/app',
        TRUST_PROXY: 'true',
        DEMO_PASSWORD: 'demo-demo',
        SEED: 'none',
        ORGANIZATION_ID: 'org-jamsa',
        ORGANIZATION_NAME: 'Jämsän kaupunki',
        UNRELATED: 'x',
      }),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      databaseFile: '/var/lib/vuosikello/db.sqlite',
      sessionTtlHours: 8,
      distDir: '/srv/app',
      trustProxy: true,
      demoPassword: 'demo-demo',
      seed: 'none',
      organizationId: 'org-jamsa',
      organizationName: 'Jämsän kaupunki',
    });
  });

  it('names every bad variable in one message', () => {
    expect(() =>
      loadConfig({
        PORT: '80a',
        SESSION_TTL_HOURS: '0',
        TRUST_PROXY: 'yes',
        DEMO_PASSWORD: 'short',
        SEED: 'empty',
        ORGANIZATION_ID: 'Org Jämsä',
      }),
    ).toThrow(
      [
        'Invalid server configuration:',
        '  PORT: must be a whole number from 0 to 65535, got "80a"',
        '  SESSION_TTL_HOURS: must be a whole number from 1 to 2160, got "0"',
        '  TRUST_PROXY: must be true or false',
        '  DEMO_PASSWORD: must have at least 8 characters',
        '  SEED: must be demo or none',
        '  ORGANIZATION_ID: must be 1-63 lower-case letters, digits and hyphens',
      ].join('\n'),
    );
    expect(() => loadConfig({ PORT: '70000' })).toThrow(
      'PORT: must be a whole number from 0 to 65535, got "70000"',
    );
  });
});
