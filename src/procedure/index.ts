// STUB (owner: procedure): builds the read-only dependencies flows get as ctx.deps.
import type { Config } from '../config.js';

export function buildFlowDeps(_config: Config): Record<string, unknown> {
  return {};
}
