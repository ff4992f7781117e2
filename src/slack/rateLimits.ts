// Slack Web API rate limits for the pacing of proactive sends (src/conversation/pacing.ts).
import type { PacingLimits } from '../conversation/pacing.js';

/** Slack chat.postMessage: 1 message/s per channel (a burst of 3 allowed, 1/s over any 3 s); a 429 pauses the app. */
export const SLACK_LIMITS: PacingLimits = {
  perChannel: [{ limit: 3, ms: 3000 }],
  perApp: [],
  blockOn429: 'app',
};
