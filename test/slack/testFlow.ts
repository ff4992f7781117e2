// A small flow that asks for a date and a time (no procedure flow does yet): drives the Slack modal path.
import type { Flow } from '../../src/conversation/flow.js';

interface VisitState {
  when?: { date: string; time: string; note?: string };
}

export const visitFlow: Flow<VisitState> = {
  id: 'visit',
  version: 1,
  title: 'Plan a visit',
  commands: ['visit'],
  summary: 'test flow: pick a date and a time',
  start: () => ({}),
  render(state) {
    if (state.when) {
      return [
        {
          title: 'Visit planned',
          blocks: [
            { type: 'text', text: `Visit on ${state.when.date} at ${state.when.time}${state.when.note ? ` (${state.when.note})` : ''}.` },
          ],
          sources: ['PG47 §14'],
          personal: true,
        },
      ];
    }
    return [
      {
        title: 'When is the visit?',
        blocks: [
          { type: 'input', input: { kind: 'date', id: 'date', label: 'Date', value: '2026-03-29', required: true } },
          { type: 'input', input: { kind: 'time', id: 'time', label: 'Time (London)', value: '09:00', required: true } },
          { type: 'input', input: { kind: 'text', id: 'note', label: 'Note (no names)', maxLength: 100 } },
        ],
        buttons: [{ label: 'Save the visit', action: { t: 'visit', a: 'save' }, style: 'primary' }],
        personal: true,
      },
    ];
  },
  next(state, input) {
    if (input.kind !== 'action' || input.action.a !== 'save') return { error: 'Press Save the visit.' };
    const v = input.values ?? {};
    const date = typeof v.date === 'string' ? v.date : '';
    const time = typeof v.time === 'string' ? v.time : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return { error: 'Pick a date and a time.' };
    return { when: { date, time, ...(typeof v.note === 'string' ? { note: v.note } : {}) } };
  },
};
