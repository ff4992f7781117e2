// What the composition root hands each platform adapter (Teams, Slack, playground).
import type { Engine } from './conversation/engine.js';
import type { Store } from './store/store.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import type { Config } from './config.js';
import type { Downloads } from './oversight/downloads.js';

export interface PlatformContext {
  config: Config;
  engine: Engine;
  store: Store;
  clock: Clock;
  log: Logger;
  /** Files a message carries, as download links (Teams, the playground). */
  downloads?: Downloads;
}
