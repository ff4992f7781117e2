// Process-wide settings of the server process (`npm start`, and the benchmark's app server, which mirrors it).
import v8 from 'node:v8';

/**
 * Every full garbage collection compacts the old generation, so that the heap shrinks back after a burst instead of
 * keeping the pages the burst filled. Without it, after 200 conversations at once V8 kept 172-225 MB of heap for 61-81
 * MB of live objects, and RSS stayed at 300-360 MB long after the load had gone (measured: no change after 30 s idle);
 * with it, 107 MB of heap and 214 MB RSS, at no CPU per turn that the benchmark could tell (bench/turns.ts; docs/scaling.md).
 * Full collections are rare (seconds apart under load), so the extra copying is small. Node keeps V8's flags writable
 * after start-up, and this flag is read at each collection.
 */
export function tuneHeap(): void {
  v8.setFlagsFromString('--compact-on-every-full-gc');
}
