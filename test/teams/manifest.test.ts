/* eslint-disable @typescript-eslint/no-explicit-any -- Adaptive Card JSON is untyped here; tests read it freely */
// The Teams app package: manifest fields, icons, the zip, and a clear refusal without an app id.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { PackageError, TEAMS_DIR, fillManifest, packageTeams, colorIcon, outlineIcon } from '../../scripts/package-teams.js';

const env = { MicrosoftAppId: '11111111-2222-4333-8444-555555555555', PUBLIC_URL: 'https://safeguarding.example.org/' };
const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'teams-pkg-'));
afterAll(() => fs.rm(outDir, { recursive: true, force: true }));

const readPng = async (file: string) => PNG.sync.read(await fs.readFile(path.join(TEAMS_DIR, file)));

describe('Teams manifest', async () => {
  const template = await fs.readFile(path.join(TEAMS_DIR, 'manifest.json'), 'utf8');
  const m = fillManifest(template, env) as Record<string, any>;

  it('declares schema v1.17 or later and has the required fields', () => {
    expect(m.$schema).toMatch(/teams\/v1\.(1[7-9]|[2-9]\d)\/MicrosoftTeams\.schema\.json$/);
    expect(Number(m.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(17);
    for (const field of ['version', 'id', 'developer', 'name', 'description', 'icons', 'accentColor']) expect(m[field], field).toBeTruthy();
    expect(m.name.short.length).toBeLessThanOrEqual(30);
    expect(m.description.short.length).toBeLessThanOrEqual(80);
    expect(m.description.full.length).toBeLessThanOrEqual(4000);
    expect(m.developer.websiteUrl).toMatch(/^https:\/\//);
    expect(m.developer.privacyUrl).toMatch(/^https:\/\//);
    expect(m.developer.termsOfUseUrl).toMatch(/^https:\/\//);
    expect(m.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('fills the bot id and domain from the environment', () => {
    expect(m.id).toBe(env.MicrosoftAppId);
    expect(m.bots[0].botId).toBe(env.MicrosoftAppId);
    expect(m.validDomains).toEqual(['safeguarding.example.org']);
    expect(JSON.stringify(m)).not.toContain('{{');
  });

  it('has a bot in personal, team and group chat, with command lists mirroring the vocabulary', () => {
    const bot = m.bots[0];
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    // One list per scope (Teams takes at most 10 commands in each): a personal chat's walks, a channel's case commands.
    const titles = (scope: string) =>
      bot.commandLists.filter((l: any) => l.scopes.includes(scope)).flatMap((l: any) => l.commands.map((c: any) => c.title));
    expect(titles('personal')).toEqual([
      'help',
      'refer',
      'indicators',
      'ways forward',
      'checklist',
      'contacts',
      'ask',
      'duty digest',
      'stats',
    ]);
    for (const scope of ['team', 'groupChat'])
      expect(titles(scope)).toEqual([
        'help',
        'refer',
        'checklist',
        'contacts',
        'case',
        'case event missing',
        'case lead me',
        'case chronology',
        'duty digest',
        'stats',
      ]);
    for (const list of bot.commandLists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const c of list.commands) {
        expect(c.title.length).toBeLessThanOrEqual(32);
        expect(c.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('refuses clearly without MicrosoftAppId, with a non-GUID id, or without an https PUBLIC_URL', () => {
    expect(() => fillManifest(template, { PUBLIC_URL: env.PUBLIC_URL })).toThrow(PackageError);
    expect(() => fillManifest(template, { PUBLIC_URL: env.PUBLIC_URL })).toThrow(/MicrosoftAppId is not set/);
    expect(() => fillManifest(template, { ...env, MicrosoftAppId: 'my-bot' })).toThrow(/GUID/);
    expect(() => fillManifest(template, { MicrosoftAppId: env.MicrosoftAppId })).toThrow(/PUBLIC_URL is not set/);
    expect(() => fillManifest(template, { ...env, PUBLIC_URL: 'http://insecure.example.org' })).toThrow(/https/);
  });

  it('npm run package:teams exits non-zero with the message when MicrosoftAppId is missing', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package-teams.ts'], {
      cwd: path.resolve(TEAMS_DIR, '../..'),
      env: { ...process.env, MicrosoftAppId: '', PUBLIC_URL: env.PUBLIC_URL },
      encoding: 'utf8',
    });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('MicrosoftAppId is not set');
  });
});

describe('Teams icons', () => {
  it('color.png is 192x192 and opaque', async () => {
    const png = await readPng('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(png.data[3]).toBe(255);
  });

  it('outline.png is 32x32, white where drawn, transparent elsewhere', async () => {
    const png = await readPng('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    let drawn = 0;
    let transparent = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const a = png.data[i + 3]!;
      if (a === 0) transparent++;
      else {
        drawn++;
        expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect(drawn).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(400);
  });

  it('the committed icons are what the generator draws', async () => {
    expect(PNG.sync.read(colorIcon()).data.equals((await readPng('color.png')).data)).toBe(true);
    expect(PNG.sync.read(outlineIcon()).data.equals((await readPng('outline.png')).data)).toBe(true);
  });
});

describe('Teams app package', () => {
  it('zips manifest.json and both icons at the root', async () => {
    const { zipPath } = await packageTeams(env, outDir);
    const zip = await JSZip.loadAsync(await fs.readFile(zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe(env.MicrosoftAppId);
    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    expect(color.width).toBe(192);
    const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
    expect(outline.width).toBe(32);
  });
});
