import type { TFunction } from 'i18next';

type Citation = { article: string; paragraph?: string; subparagraph?: string };

/** A citation in the reader's language: "ст. 19.3", "19.3-бап", "art. 19.3". */
export function citationText(t: TFunction, citation: Citation): string {
  return t('file.article', { ref: [citation.article, citation.paragraph, citation.subparagraph].filter(Boolean).join('.') });
}

/** The API writes articles as "art. 19.3" (its problem documents are English); shown in the reader's language. */
export function articleText(t: TFunction, article: string | null | undefined): string {
  if (!article) return '';
  const match = /^art\.\s*(.+)$/.exec(article.trim());
  return match ? t('file.article', { ref: match[1] }) : article;
}
