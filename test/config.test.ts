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

describe('the playground and Teams auth fail closed', () => {
  const slack = { SLACK_SIGNING_SECRET: 'signing-secret-test', SLACK_BOT_TOKEN: 'fake-bot-token' };

  it.each(['prod', 'staging', ' production', 'Production', 'preview'])(
    'NODE_ENV=%j counts as a deployment: no playground, no Emulator protocol',
    (NODE_ENV) => {
      const c = loadConfig({ NODE_ENV });
      expect(c.production).toBe(true);
      expect(c.playgroundEnabled).toBe(false);
      expect(c.teamsEmulator).toBe(false);
      expect(c.host).toBe('0.0.0.0');
    },
  );

  it('real credentials or a shared database turn the playground and the Emulator protocol off, whatever NODE_ENV says', () => {
    for (const env of [slack, { MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw' }, { DATABASE_URL: 'postgres://u@127.0.0.1/x' }, { SLACK_APP_TOKEN: 'x' }]) {
      const c = loadConfig({ NODE_ENV: 'development', ...env });
      expect(c.realChannels, JSON.stringify(env)).toBe(true);
      expect(c.playgroundEnabled).toBe(false);
      expect(c.teamsEmulator).toBe(false);
      expect(c.host).toBe('0.0.0.0');
    }
  });

  it('with nothing configured (trying it locally) the playground is on, on 127.0.0.1 only', () => {
    const c = loadConfig({});
    expect(c.playgroundEnabled).toBe(true);
    expect(c.demoClockEnabled).toBe(true);
    expect(c.teamsEmulator).toBe(true);
    expect(c.host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('PLAYGROUND=on beside real credentials in production refuses to start, naming PLAYGROUND', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PLAYGROUND: 'on', ...slack })).toThrow(/PLAYGROUND/);
    expect(() => loadConfig({ NODE_ENV: 'staging', PLAYGROUND: 'on', DATABASE_URL: 'postgres://u@h/d' })).toThrow(ConfigError);
  });

  it('PLAYGROUND=on beside credentials on a developer machine: the playground, but never its clock control', () => {
    const c = loadConfig({ NODE_ENV: 'development', PLAYGROUND: 'on', ...slack });
    expect(c.playgroundEnabled).toBe(true);
    expect(c.demoClockEnabled).toBe(false);
  });
});
