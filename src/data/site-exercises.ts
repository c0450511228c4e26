/** The exercise series, sorted by name, and those an article is about. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Exercise } from '../schemas/exercise.ts';
import type { Article } from './published-articles.ts';

export type ExerciseEntry = CollectionEntry<'exercises'>;

export async function getExercises(): Promise<ExerciseEntry[]> {
  const exercises = await getCollection('exercises');
  return exercises.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}

/** The series whose article is `articleId`: none, one, or several that share it (each in a section). */
export async function exercisesForArticle(articleId: string): Promise<ExerciseEntry[]> {
  return (await getExercises()).filter((exercise) => exercise.data.article === articleId);
}

/** What an exercise article shows from the data: the series, and its notes' numbers. */
export interface ExerciseView {
  /** The exercise file's name: what an MDX article's component names (series="…"). */
  id: string;
  data: Exercise;
  noteNumbers: ReadonlyMap<string, number>;
}

/** The data views for `article`, whose notes have `noteNumbers`: one per series it covers. */
export async function exerciseViews(article: Article, noteNumbers: Readonly<Record<string, number>>): Promise<ExerciseView[]> {
  const numbers = new Map(Object.entries(noteNumbers));
  return (await exercisesForArticle(article.id)).map((series) => ({ id: series.id, data: series.data, noteNumbers: numbers }));
}
