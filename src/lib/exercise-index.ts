/** An exercise series and the articles that cover it. */
export interface ExerciseEntry<T> {
  name: string;
  /** Never empty: an exercise is listed only because an article covers it. */
  articles: [T, ...T[]];
}

/** Groups articles by the exercise names in their frontmatter, sorted by name, for the home page. */
export function exerciseIndex<T extends { data: { exercises: readonly string[] } }>(articles: readonly T[]): ExerciseEntry<T>[] {
  const byName = new Map<string, [T, ...T[]]>();
  for (const article of articles) {
    for (const name of article.data.exercises) {
      const covering = byName.get(name);
      if (covering) covering.push(article);
      else byName.set(name, [article]);
    }
  }
  return [...byName]
    .map(([name, covering]) => ({ name, articles: covering }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
