// STUB (owner: teams)
import type { Express } from 'express';
import type { PlatformContext } from '../platform.js';
import type { Notifier } from '../conversation/notifier.js';

export async function mountTeams(_app: Express, _ctx: PlatformContext): Promise<{ notifier: Notifier }> {
  const notifier: Notifier = {
    platform: 'teams',
    post: async () => {
      throw new Error('not implemented');
    },
    update: async () => {},
  };
  return { notifier };
}
