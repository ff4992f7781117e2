// The Slack app manifest parses, points at /slack/events, and asks for exactly the scopes the code needs:
// the Web API methods are read from src/slack/ (every `.ns.method(` call), the events from app.event('...').
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = parse(fs.readFileSync(path.join(root, 'manifest/slack/manifest.yaml'), 'utf8')) as {
  features: {
    app_home: Record<string, boolean>;
    bot_user: { display_name: string };
    slash_commands: Array<{ command: string; url: string; usage_hint: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
};
const source = fs
  .readdirSync(path.join(root, 'src/slack'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => fs.readFileSync(path.join(root, 'src/slack', f), 'utf8'))
  .join('\n');

/** Bot scope needed by each Web API method (null: none). A method missing here fails the test: add it. */
const METHOD_SCOPES: Record<string, string | null> = {
  'auth.test': null,
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'views.open': null,
  'views.publish': null,
  'conversations.open': 'im:write',
  // files.uploadV2 (getUploadURLExternal, then completeUploadExternal): a case chronology as a file.
  'files.uploadV2': 'files:write',
};
/** Bot scope needed to receive each event subscription. */
const EVENT_SCOPES: Record<string, string | null> = {
  app_home_opened: null,
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
};

const methodsUsed = (): string[] => {
  const found = new Set<string>(['auth.test']); // Bolt calls it to learn the bot's own ids
  for (const m of source.matchAll(/\.(chat|views|conversations|users|reactions|auth)\.(\w+)\(/g)) found.add(`${m[1]}.${m[2]}`);
  if (/\.filesUploadV2\(/.test(source)) found.add('files.uploadV2');
  return [...found].sort();
};
const eventsHandled = (): string[] =>
  // The message listener reads DMs (answers) and channel messages (the personal-data warning only).
  [...source.matchAll(/app\.event\('([\w.]+)'/g)]
    .flatMap((m) => (m[1] === 'message' ? ['message.im', 'message.channels', 'message.groups'] : [m[1]!]))
    .sort();

describe('Slack app manifest', () => {
  it('parses and routes commands, interactivity and events to /slack/events', () => {
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c) => c.url),
    ];
    for (const u of urls) expect(u).toBe('https://YOUR-HOST/slack/events');
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.features.bot_user.display_name).toBeTruthy();
  });

  it('declares the /safeguard command the code listens to, with a usage hint', () => {
    const cmds = manifest.features.slash_commands.map((c) => c.command);
    expect(cmds).toEqual(['/safeguard']);
    expect(source).toContain("app.command('/safeguard'");
    expect(manifest.features.slash_commands[0]!.usage_hint).toMatch(/refer/);
  });

  it('subscribes to exactly the events the code handles', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(eventsHandled());
  });

  it('asks for exactly the scopes the code needs (methods, events, command)', () => {
    const methods = methodsUsed();
    for (const m of methods) expect(METHOD_SCOPES, `scope table misses ${m}`).toHaveProperty([m]);
    const needed = new Set<string>(['commands']);
    for (const m of methods) if (METHOD_SCOPES[m]) needed.add(METHOD_SCOPES[m]!);
    for (const e of manifest.settings.event_subscriptions.bot_events) {
      expect(EVENT_SCOPES, `scope table misses event ${e}`).toHaveProperty([e]);
      if (EVENT_SCOPES[e]) needed.add(EVENT_SCOPES[e]!);
    }
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
    expect(methods).toEqual(
      expect.arrayContaining([
        'chat.postMessage',
        'chat.update',
        'chat.postEphemeral',
        'views.open',
        'views.publish',
        'conversations.open',
        'files.uploadV2',
      ]),
    );
  });
});
