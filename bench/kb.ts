// Knowledge base: build time (cold index of every entry), and answer latency over the labelled
// questions and the off-topic ones, cycled to 2000 queries; plus top-1 accuracy on the same set.
import { createKnowledgeBase } from '../src/procedure/kb/index.js';
import { labelled, offTopic } from '../test/kb/labelled.js';
import { timeMany } from './stats.js';

const QUERIES = 2000;

export async function run(): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  const kb = createKnowledgeBase();
  const buildMs = performance.now() - t0;
  const rebuild = await timeMany(20, () => createKnowledgeBase());

  const questions = [...labelled.map((l) => l.q), ...offTopic];
  const latency = await timeMany(QUERIES, (i) => kb.answer(questions[i % questions.length]!));

  const hits = labelled.filter((l) => {
    const id = kb.answer(l.q)?.entry.id;
    return id === l.expect || (l.also !== undefined && id === l.also);
  }).length;
  return {
    entries: kb.entries.length,
    build_cold_ms: buildMs,
    build_warm_p50_ms: rebuild.p50,
    queries: QUERIES,
    answer_p50_ms: latency.p50,
    answer_p95_ms: latency.p95,
    answer_p99_ms: latency.p99,
    answers_per_sec: latency.opsPerSec,
    top1_accuracy: `${hits}/${labelled.length} (${((100 * hits) / labelled.length).toFixed(1)}%)`,
    off_topic_answered: `${offTopic.filter((q) => kb.answer(q)).length}/${offTopic.length}`,
  };
}
