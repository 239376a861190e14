/**
 * Where in the law a rule comes from. Every rule the system enforces carries one, so errors,
 * deadline records and reminders can show the article to the user.
 */
export interface Citation {
  /** Statute edition id, e.g. 'KZ-2709@2016-12-28' (see terms/statute-editions). */
  readonly edition: string;
  /** Article number as written in the law: '19', '25-1', '26-1'. */
  readonly article: string;
  /** Paragraph (тармақ), when the rule sits in one: '3'. */
  readonly paragraph?: string;
  /** Sub-paragraph (тармақша), when needed. */
  readonly subparagraph?: string;
}

/** 'art. 19.3' — the short form used in messages and explanations. */
export function formatCitation(c: Citation): string {
  const para = c.paragraph ? `.${c.paragraph}` : '';
  const sub = c.subparagraph ? `(${c.subparagraph})` : '';
  return `art. ${c.article}${para}${sub}`;
}
