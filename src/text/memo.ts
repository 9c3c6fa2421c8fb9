// A per-word memo that forgets everything once it holds `limit` answers.
//
// Hot paths ask the same few thousand distinct words again and again — a word's normalized key, its phonetic
// key, its readings — so each answer is worked out once and remembered. The cap bounds memory on a huge corpus
// full of one-off words. When full it starts over rather than evicting the least recently used word: a hit
// stays a single Map.get, and the common words are back within a few sentences.
//
// Lives in text/ because that is the lowest layer every user (text, gazetteer, extract) may import.

export class BoundedMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(
    private readonly limit: number,
    private readonly compute: (word: string) => V,
  ) {}

  /** compute(word), worked out on the first ask after the memo last started over. */
  get(word: string): V {
    let answer = this.answers.get(word);
    if (answer === undefined) {
      answer = this.compute(word);
      if (this.answers.size >= this.limit) this.answers.clear();
      this.answers.set(word, answer);
    }
    return answer;
  }

  /** Forgets every answer, for when what they were worked out from has changed. */
  clear(): void {
    this.answers.clear();
  }

  /** How many answers are held (for tests). */
  get size(): number {
    return this.answers.size;
  }
}
