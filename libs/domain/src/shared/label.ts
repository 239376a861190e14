/** A user-facing name in the three languages the system speaks. */
export interface Label {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

export type Language = keyof Label;

export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];
