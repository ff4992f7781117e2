// Slack's escaped text (events, and commands with "escape channels, users and links") read as the request it is.
import { decodeXML } from 'entities';

/** A DM (channel id D...) is private to the person; anything else is shared. */
export const isDm = (channel: string): boolean => channel.startsWith('D');

export const stripMentions = (s: string): string =>
  s
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Slack's escaped text as plain text: user mentions and @here/@channel dropped (they address people, they are not the
 * request), #channel and links shown by their label, entities decoded (Slack escapes &, < and >, so an entity in the
 * text is always one of its own: decoded once, "&amp;lt;" reads "&lt;"). A plain "@name" typed in a command is dropped too.
 */
export const plainText = (s: string): string =>
  stripMentions(
    decodeXML(
      s
        .replace(/<#[A-Z0-9]+\|([^>]*)>/gi, (_, name: string) => (name ? `#${name}` : ' '))
        .replace(/<#[A-Z0-9]+>/gi, ' ')
        .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/gi, ' ')
        .replace(/<![^>]*>/g, ' ')
        .replace(/<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>/gi, (_, _url: string, label: string) => label)
        .replace(/<((?:https?|mailto|tel):[^>]+)>/gi, (_, url: string) => url)
        .replace(/(^|\s)@[\w.-]+/g, ' '),
    ),
  );

/** The people <@U...> mentioned in Slack's escaped text, other than the bot (for `case lead @person`). */
export function mentionsIn(raw: string, botUserId?: string): Array<{ id: string; name?: string }> {
  const out: Array<{ id: string; name?: string }> = [];
  for (const m of raw.matchAll(/<@([UW][A-Z0-9]{2,20})(?:\|([^>]{1,80}))?>/g)) {
    if (m[1] === botUserId || out.some((x) => x.id === m[1])) continue;
    out.push({ id: m[1]!, ...(m[2] ? { name: m[2] } : {}) });
  }
  return out.slice(0, 5);
}
