// A real pino logger whose JSON lines a test reads (what an operator would see in the log).
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/logger.js';

export function capturingLog(): { log: Logger; lines: () => Array<Record<string, unknown>>; text: () => string } {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      out.push(...chunk.toString().split('\n').filter(Boolean));
      cb();
    },
  });
  return {
    log: pino({ level: 'info', base: undefined }, stream) as unknown as Logger,
    lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>),
    text: () => out.join('\n'),
  };
}
