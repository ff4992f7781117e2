import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../src/config.js';

describe('loadConfig', () => {
  it('gives the documented defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3978);
    expect(c.DATA_DIR).toBe('./data');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.HOLIDAY_REGION).toBe('ENG');
    expect(c.RETENTION_DAYS).toBe(365);
    expect(c.playgroundEnabled).toBe(true);
  });

  it('treats empty strings (as in a copied .env.example) as unset', () => {
    const c = loadConfig({ DATABASE_URL: '', MicrosoftAppId: '', MicrosoftAppType: '', SLACK_API_URL: '' });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.MicrosoftAppId).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ HOLIDAY_REGION: 'FR' }, 'HOLIDAY_REGION'],
    [{ SLACK_API_URL: 'localhost:1234' }, 'SLACK_API_URL'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
  ])('rejects %j naming %s', (env, name) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(name);
  });

  it('turns the playground off in production unless PLAYGROUND=on', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).playgroundEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PLAYGROUND: 'on' }).playgroundEnabled).toBe(true);
    expect(loadConfig({ PLAYGROUND: 'off' }).playgroundEnabled).toBe(false);
  });
});
