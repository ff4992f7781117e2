// The playground (Direct Line, as Web Chat uses it): `case chronology` comes with download links to the files, served
// by the bot under an unguessable token; the Markdown holds the reference and the events, no names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allActions, botCards, cardText, DirectLineClient, startPlayground, type Playground } from './support.js';

let pg: Playground;
beforeAll(async () => {
  pg = await startPlayground();
});
afterAll(async () => {
  await pg.close();
});

describe('the case chronology in the playground', () => {
  it('is a card with download links; each link gives its file', async () => {
    const dl = new DirectLineClient(pg.url);
    await dl.start();
    await dl.send({ text: 'case open PG-CHRON-1' });
    await dl.send({ text: 'case event verbal-referral today 08:00' });
    const got = await dl.send({ text: 'case chronology' });
    const card = botCards(got).find((c) => cardText(c).includes('PG-CHRON-1: chronology'))!;
    expect(card, 'the chronology card').toBeDefined();
    const links = allActions(card).filter((a) => a.type === 'Action.OpenUrl');
    expect(links.map((l) => l.title)).toEqual(['Download MD', 'Download CSV', 'Download HTML']);
    const url = String(links[0]!.url);
    expect(url).toMatch(new RegExp(`^${pg.url}/downloads/[A-Za-z0-9_-]{43}/chronology-PG-CHRON-1\\.md$`));
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="chronology-PG-CHRON-1.md"/);
    const md = await res.text();
    expect(md).toMatch(/# Case PG-CHRON-1: chronology/);
    expect(md).toMatch(/\| Event \| Verbal referral made \|/);
    expect(md).toMatch(/\| Deadline \| Send the written referral \| open/);
  });
});
