/** The exercise series, sorted by name, and the one an article is about. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Exercise } from '../schemas/exercise.ts';
import type { Article } from './published-articles.ts';

export type ExerciseEntry = CollectionEntry<'exercises'>;

export async function getExercises(): Promise<ExerciseEntry[]> {
  const exercises = await getCollection('exercises');
  return exercises.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}

/** The series whose article is `articleId`, if the article is about one. */
export async function exerciseForArticle(articleId: string): Promise<ExerciseEntry | undefined> {
  return (await getExercises()).find((exercise) => exercise.data.article === articleId);
}

/** What an exercise article shows from the data: the series, and its notes' numbers. */
export interface ExerciseView {
  data: Exercise;
  noteNumbers: ReadonlyMap<string, number>;
}

/** The data view for `article`, whose notes have `noteNumbers`, if it is an exercise's article. */
export async function exerciseView(article: Article, noteNumbers: Readonly<Record<string, number>>): Promise<ExerciseView | undefined> {
  const series = await exerciseForArticle(article.id);
  return series && { data: series.data, noteNumbers: new Map(Object.entries(noteNumbers)) };
}
