// Who may do what across a case: duty managers (config/roles.json: per platform, the people's own ids).
// Checked at start-up like the contacts file: a bad file stops start-up with a message naming it. With no file
// (trying it locally), everyone is a duty manager, and start-up says so once.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { ConfigError } from '../config.js';
import { CHANNEL_PLATFORMS, normaliseUserId } from '../platforms.js';

const ids = z.array(z.string().trim().min(1).max(200)).max(10_000).default([]);

export const RolesFileSchema = z
  .object({
    /** Duty managers: may close, reopen and audit a case, approve a channel joining it, and see views across cases. */
    // Per platform id: the ids its adapter gives a person (see docs/security.md and config/roles.example.json).
    dutyManagers: z
      .object(Object.fromEntries(CHANNEL_PLATFORMS.map((p) => [p, ids])) as Record<(typeof CHANNEL_PLATFORMS)[number], typeof ids>)
      .strict(),
  })
  .strict();

export type Role = 'duty-manager';

export interface Roles {
  /** False when there is no roles file: everyone is a duty manager. */
  readonly configured: boolean;
  has(who: { platform: string; userId: string }, role: Role): boolean;
}

export const everyoneRoles: Roles = { configured: false, has: () => true };

export function rolesFrom(data: z.infer<typeof RolesFileSchema>): Roles {
  const sets = new Map(
    Object.entries(data.dutyManagers).map(([platform, list]) => [platform, new Set(list.map((id) => normaliseUserId(platform, id)))]),
  );
  return {
    configured: true,
    has: (who, role) => role === 'duty-manager' && (sets.get(who.platform)?.has(normaliseUserId(who.platform, who.userId)) ?? false),
  };
}

/** Reads ROLES_FILE: absent → everyone (one warning); present → it must be valid, or start-up stops naming it. */
export function loadRoles(file: string, log: Logger): Roles {
  if (!existsSync(file)) {
    log.warn(
      { rolesFile: file },
      'no roles file: everyone is a duty manager (may close, reopen and audit cases, and approve channels). Create it before real use.',
    );
    return everyoneRoles;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`The roles file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = RolesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new ConfigError(`The roles file ${file} is not valid:\n${lines.join('\n')}`);
  }
  return rolesFrom(parsed.data);
}
