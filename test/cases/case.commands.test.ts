import { describe, expect, it } from 'vitest';
import { caseHarness, textOf, button, TEAMS_CHANNEL, SLACK_CHANNEL, OTHER_CHANNEL, ALICE, BOB } from './caseHarness.js';

describe('case commands', () => {
  it('smoke', async () => {
    const h = await caseHarness('2026-12-24T10:30:00Z');
    const r = await h.say('case open SG-2026-0147');
    console.log(textOf(r.replies));
    const e = await h.say('case event looked-after 2026-12-24 10:00');
    console.log(textOf(e.replies));
    const c = await h.say('case');
    console.log(textOf(c.replies));
  });
});
