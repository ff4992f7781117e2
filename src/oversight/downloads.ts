// Files for platforms that cannot take a file from the bot in a channel (Teams, the playground): the file is kept
// in the store under the hash of an unguessable token (256 bits) for DOWNLOAD_TTL_MS, and the message gets a
// download link instead. Any replica serves it (the store is shared). GET /downloads/<token>/<name>.
import { createHash, randomBytes } from 'node:crypto';
import type { Express } from 'express';
import type { Message, MessageFile } from '../conversation/model.js';
import type { Store } from '../store/store.js';
import type { Clock } from '../clock.js';

export const DOWNLOADS = 'downloads';
export const DOWNLOAD_TTL_MS = 24 * 3_600_000;

interface DownloadRecord {
  files: MessageFile[];
  expiresAt: string;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export class Downloads {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    /** The bot's public address (PUBLIC_URL, or where it listens). */
    readonly baseUrl: () => string,
  ) {}

  /** The message with a download link per file in place of its files (unchanged when it has none). */
  async withLinks(m: Message): Promise<Message> {
    if (!m.files?.length) return m;
    await this.purgeExpired();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + DOWNLOAD_TTL_MS).toISOString();
    await this.store.put<DownloadRecord>(DOWNLOADS, hashOf(token), { files: m.files, expiresAt });
    const base = this.baseUrl().replace(/\/+$/, '');
    const { files, ...rest } = m;
    const links = files.map((f) => ({
      label: `Download ${f.name.split('.').pop()!.toUpperCase()}`,
      url: `${base}/downloads/${token}/${encodeURIComponent(f.name)}`,
    }));
    return { ...rest, links: [...(m.links ?? []), ...links] };
  }

  /** Forget the files whose links have expired (downloads are few: a pass over them when a new one is made). */
  async purgeExpired(): Promise<number> {
    const now = this.clock.now().getTime();
    let n = 0;
    for (const { key, value } of await this.store.list<DownloadRecord>(DOWNLOADS))
      if (Date.parse(value.expiresAt) <= now) {
        await this.store.delete(DOWNLOADS, key);
        n++;
      }
    return n;
  }

  /** The file for a token and name, while the link lasts. */
  async find(token: string, name: string): Promise<MessageFile | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const key = hashOf(token);
    const rec = await this.store.get<DownloadRecord>(DOWNLOADS, key);
    if (!rec) return undefined;
    if (Date.parse(rec.expiresAt) <= this.clock.now().getTime()) {
      await this.store.delete(DOWNLOADS, key);
      return undefined;
    }
    return rec.files.find((f) => f.name === name);
  }

  mount(app: Express): void {
    app.get('/downloads/:token/:name', async (req, res) => {
      const file = await this.find(String(req.params.token), String(req.params.name)).catch(() => undefined);
      res.set({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
      if (!file)
        return void res.status(404).type('text/plain').send('This link has expired or does not exist. Ask the bot for the file again.');
      const inline = file.mimeType.startsWith('text/html');
      // A printable page opens in the browser, locked down (no scripts, nothing fetched); the others download.
      if (inline) res.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
      res
        .status(200)
        .type(file.mimeType)
        .set('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${file.name.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
        .send(file.content);
    });
  }
}
