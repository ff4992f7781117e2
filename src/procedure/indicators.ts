// PG47 §10.1: every risk indicator, in our own short words, grouped so they scan fast
// (at most 10 per group: one Slack checkbox element each). No score, no threshold.
import { IndicatorGroupsSchema, parseOrThrow } from './types.js';
import type { Indicator, IndicatorGroup } from './types.js';

const S = 'PG47 §10.1';

const raw: IndicatorGroup[] = [
  {
    id: 'movement',
    title: 'Movement and documents',
    suggests: 'The child may have been moved into or around the UK by others who keep control of them.',
    items: [
      { id: 'unexplained-moves', label: 'History with gaps and moves nobody can explain', source: S },
      { id: 'missing-periods', label: 'Seems to go missing for periods', source: S },
      { id: 'journey-arranged', label: 'Journey or visa arranged by someone other than them or their family', source: S },
      { id: 'no-own-documents', label: 'Does not hold their own travel documents', source: S },
      { id: 'false-papers', label: 'Has false papers that someone else provided', source: S },
      { id: 'entered-illegally', label: 'Entered the country illegally', source: S },
    ],
  },
  {
    id: 'money-work',
    title: 'Money and work',
    suggests: 'The child may be being made to work or earn for someone else (labour or criminal exploitation).',
    items: [
      { id: 'phone-no-money', label: 'Has a mobile phone but seems to have no money', source: S },
      { id: 'minimum-earnings', label: 'Must earn a minimum amount of money every day', source: S },
      { id: 'works-various-places', label: 'Works in various places', source: S },
      { id: 'begs', label: 'Is known to beg for money', source: S },
      { id: 'debt', label: 'Must pay off a huge debt (e.g. travel costs) before keeping earnings', source: S },
      { id: 'hands-over-earnings', label: 'Hands over much of their earnings to someone else', source: S },
    ],
  },
  {
    id: 'control',
    title: 'Control and freedom',
    suggests: 'Someone may be controlling the child, their movements or who they speak to.',
    items: [
      { id: 'driven-around', label: "Is driven around by an older male or 'boyfriend'", source: S },
      { id: 'limited-freedom', label: 'Has little freedom of movement', source: S },
      { id: 'afraid-deported', label: 'Is extremely afraid of being deported', source: S },
      { id: 'fits-profile', label: 'Fits current profiles of children at risk of exploitation', source: S },
    ],
  },
  {
    id: 'health-behaviour',
    title: 'Health and behaviour',
    suggests: 'The child may be suffering abuse, including sexual exploitation.',
    items: [
      { id: 'withdrawn', label: 'Is withdrawn and refuses to talk', source: S },
      { id: 'sexualised', label: 'Shows sexual behaviour or uses sexual language', source: S },
      { id: 'abuse-signs', label: 'Signs of physical or sexual abuse, or a sexually transmitted infection', source: S },
    ],
  },
  {
    id: 'care-school',
    title: 'Care, health services and school',
    suggests: 'The child may be hidden from services, or privately fostered without the council knowing (PG47 §12.2).',
    items: [
      { id: 'not-with-parents', label: 'Cared for by adults who are not their parents; the relationship is poor', source: S },
      { id: 'no-gp', label: 'Not registered with or seen by a GP', source: S },
      { id: 'no-school', label: 'Not enrolled in school', source: S },
      { id: 'no-responsible-adult', label: 'Cannot say which adult will take responsibility for them', source: S },
    ],
  },
  {
    id: 'controlling-adult',
    title: 'The adult in control of the child',
    suggests: 'The adult may be part of a network bringing children or others into the UK.',
    items: [
      { id: 'adult-many-visas', label: 'Has applied for visas for many others, or guarantees others’ visas', source: S },
      { id: 'adult-visitors-stayed', label: 'Guaranteed visas for visitors who did not go home when they expired', source: S },
    ],
  },
];

export const indicatorGroups: IndicatorGroup[] = parseOrThrow(IndicatorGroupsSchema, raw, 'risk indicators (PG47 §10.1)');

export const allIndicators = (): Indicator[] => indicatorGroups.flatMap((g) => g.items);

export function findIndicator(id: string): { group: IndicatorGroup; indicator: Indicator } | undefined {
  for (const group of indicatorGroups) {
    const indicator = group.items.find((i) => i.id === id);
    if (indicator) return { group, indicator };
  }
  return undefined;
}

/** Validate indicator groups supplied from elsewhere (tests, a future content file). */
export const parseIndicatorGroups = (data: unknown): IndicatorGroup[] => parseOrThrow(IndicatorGroupsSchema, data, 'risk indicators');
