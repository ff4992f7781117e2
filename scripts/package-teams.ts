// `npm run package:teams`: fill the Teams app manifest from the environment and zip it with its icons
// into manifest/teams/build/app.zip (upload it in Teams: Apps > Manage your apps > Upload an app).
// `npm run package:teams -- --icons` redraws color.png (192x192) and outline.png (32x32, white on transparent).
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

export const TEAMS_DIR = path.resolve(import.meta.dirname, '../manifest/teams');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class PackageError extends Error {}

/** The manifest template with {{MicrosoftAppId}}, {{PUBLIC_URL}} and {{PUBLIC_HOST}} filled in. */
export function fillManifest(template: string, env: Record<string, string | undefined>): Record<string, unknown> {
  const appId = env.MicrosoftAppId?.trim();
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/+$/, '');
  if (!appId) {
    throw new PackageError(
      'MicrosoftAppId is not set. Register a bot (Azure Bot or the Teams Developer Portal), then run\n' +
        '  MicrosoftAppId=<the bot app id> PUBLIC_URL=https://<your host> npm run package:teams',
    );
  }
  if (!GUID.test(appId)) throw new PackageError(`MicrosoftAppId must be the bot's app id (a GUID), got "${appId}".`);
  if (!publicUrl)
    throw new PackageError(
      'PUBLIC_URL is not set: the https address where this bot is reachable (its messaging endpoint is PUBLIC_URL/api/messages).',
    );
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new PackageError(`PUBLIC_URL is not a URL: "${publicUrl}".`);
  }
  if (url.protocol !== 'https:') throw new PackageError(`PUBLIC_URL must be https (Teams requires it), got "${publicUrl}".`);
  const filled = template
    .replaceAll('{{MicrosoftAppId}}', appId)
    .replaceAll('{{PUBLIC_URL}}', publicUrl)
    .replaceAll('{{PUBLIC_HOST}}', url.host);
  return JSON.parse(filled) as Record<string, unknown>;
}

/** Build manifest/teams/build/app.zip (manifest.json, color.png, outline.png at the root). */
export async function packageTeams(
  env: Record<string, string | undefined>,
  outDir = path.join(TEAMS_DIR, 'build'),
): Promise<{ zipPath: string; manifest: Record<string, unknown> }> {
  const template = await fs.readFile(path.join(TEAMS_DIR, 'manifest.json'), 'utf8');
  const manifest = fillManifest(template, env);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const icon of ['color.png', 'outline.png']) zip.file(icon, await fs.readFile(path.join(TEAMS_DIR, icon)));
  await fs.mkdir(outDir, { recursive: true });
  const zipPath = path.join(outDir, 'app.zip');
  await fs.writeFile(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { zipPath, manifest };
}

// ---- icons: a shield, drawn with 4x4 supersampling ----

/** Inside a shield centred in the unit square (x, y in 0..1). */
function inShield(x: number, y: number, inset = 0): boolean {
  const top = 0.14 + inset;
  const shoulder = 0.56;
  const bottom = 0.9 - inset * 1.6;
  const half = 0.32 - inset;
  if (y < top || y > bottom) return false;
  const dx = Math.abs(x - 0.5);
  if (y <= shoulder) return dx <= half;
  const t = (y - shoulder) / (bottom - shoulder);
  return dx <= half * Math.sqrt(Math.max(0, 1 - t * t));
}

function draw(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [r, g, b, a] = pixel((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          acc[0]! += r * a;
          acc[1]! += g * a;
          acc[2]! += b * a;
          acc[3]! += a;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = acc[3]! / (n * n);
      png.data[i] = alpha ? Math.round(acc[0]! / acc[3]!) : 0;
      png.data[i + 1] = alpha ? Math.round(acc[1]! / acc[3]!) : 0;
      png.data[i + 2] = alpha ? Math.round(acc[2]! / acc[3]!) : 0;
      png.data[i + 3] = Math.round(alpha * 255);
    }
  }
  return PNG.sync.write(png);
}

const ACCENT: [number, number, number] = [0x1f, 0x6f, 0x8b];

/** 192x192: a white shield on the accent colour, with an accent heart-shaped centre. */
export const colorIcon = (): Buffer =>
  draw(192, (x, y) => {
    if (!inShield(x, y)) return [...ACCENT, 1];
    // A heart: (X^2 + Y^2 - 1)^3 - X^2 Y^3 <= 0, scaled into the shield (Y points up).
    const X = (x - 0.5) / 0.13;
    const Y = -(y - 0.47) / 0.13;
    const heart = (X * X + Y * Y - 1) ** 3 - X * X * Y ** 3 <= 0;
    return heart ? [...ACCENT, 1] : [255, 255, 255, 1];
  });

/** 32x32: a white shield outline on transparent. */
export const outlineIcon = (): Buffer => draw(32, (x, y) => (inShield(x, y) && !inShield(x, y, 0.09) ? [255, 255, 255, 1] : [0, 0, 0, 0]));

async function main(): Promise<void> {
  if (process.argv.includes('--icons')) {
    await fs.writeFile(path.join(TEAMS_DIR, 'color.png'), colorIcon());
    await fs.writeFile(path.join(TEAMS_DIR, 'outline.png'), outlineIcon());
    console.log(`Icons written to ${TEAMS_DIR}`);
    return;
  }
  try {
    const { zipPath, manifest } = await packageTeams(process.env);
    const publicUrl = String(process.env.PUBLIC_URL).replace(/\/+$/, '');
    console.log(`Teams app package: ${zipPath} (app id ${String(manifest.id)})`);
    console.log(`Set the bot's messaging endpoint to ${publicUrl}/api/messages`);
  } catch (e) {
    if (e instanceof PackageError) {
      console.error(`Cannot package the Teams app: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
