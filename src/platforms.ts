// The chat platforms the bot speaks on, named once for the whole app. The core (cases, reminders, conversation,
// dialogs) treats a platform as an opaque id and asks this table for its display name; only the adapters
// (src/teams, src/slack, src/web, src/cli) and the composition root know what each platform is.
export const PLATFORMS = ['teams', 'slack', 'web', 'cli'] as const;
export type PlatformId = (typeof PLATFORMS)[number];
/** The platforms that can follow a case (have channels and receive reminders). */
export const CHANNEL_PLATFORMS = ['teams', 'slack', 'web'] as const;
export type ChannelPlatformId = (typeof CHANNEL_PLATFORMS)[number];

const LABELS: Record<PlatformId, string> = { teams: 'Teams', slack: 'Slack', web: 'Playground', cli: 'terminal chat' };

/** The name people know a platform by ("Teams"), or the id itself for one this table does not know. */
export const platformLabel = (id: string): string => LABELS[id as PlatformId] ?? id;

/**
 * A person's id as a roles file lists it, for comparing: Teams' Azure AD (Entra ID) object ids are GUIDs whose case
 * varies between sources, so they compare lower-cased; Slack member ids and the playground's are exact.
 */
export const normaliseUserId = (platform: string, id: string): string => (platform === 'teams' ? id.toLowerCase() : id);
