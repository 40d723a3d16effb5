/**
 * Finnish: the default language and the source of the keys. sv.ts and en.ts must have exactly
 * these keys (the type checks it, and a test checks it at run time too).
 */
import { fiFirstScreen } from './fi-first-screen';
import { fiLater } from './fi-later';

export const fi = {
  ...fiFirstScreen,
  ...fiLater,
  // The later strings add write errors and grade words of their own; loading them merges them.
  error: { ...fiFirstScreen.error, ...fiLater.error },
  grade: { ...fiFirstScreen.grade, ...fiLater.grade },
} as const;

/** Same keys as the Finnish source, any text. */
export type Resource<T = typeof fi> = {
  [K in keyof T]: T[K] extends string ? string : Resource<T[K]>;
};
