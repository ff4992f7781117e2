// What the composition root hands each platform adapter (Teams, Slack, playground).
import type { Engine } from './conversation/engine.js';
import type { Store } from './store/store.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import type { Config } from './config.js';

export interface PlatformContext {
  config: Config;
  engine: Engine;
  store: Store;
  clock: Clock;
  log: Logger;
}
