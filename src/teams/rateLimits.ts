// Bot Framework's rate limits for a Teams bot, for the pacing of proactive sends (src/conversation/pacing.ts).
import type { PacingLimits } from '../conversation/pacing.js';

/** Teams: 7 messages/s and 60 per 30 s per conversation, 50 requests/s per app (Bot Framework rate limits). */
export const TEAMS_LIMITS: PacingLimits = {
  perChannel: [
    { limit: 7, ms: 1000 },
    { limit: 60, ms: 30_000 },
  ],
  perApp: [{ limit: 50, ms: 1000 }],
  blockOn429: 'channel',
};
