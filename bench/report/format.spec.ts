import { escapeMarkdown, escapeXml, formatNumber, formatRunDate } from './format';

describe('formatNumber', () => {
  it('rounds large figures, keeps two decimals in the middle and two significant digits for small ratios', () => {
    expect([54314.153064, 1429, 80.41, 11, 1.4916, 0.12469, 0.0061457, 0].map(formatNumber)).toEqual(['54,314', '1,429', '80.41', '11', '1.49', '0.12', '0.0061', '0']);
  });
});

describe('formatRunDate', () => {
  it('shortens an ISO timestamp to the minute and keeps anything else as written', () => {
    expect(formatRunDate('2026-11-22T02:37:06.430Z')).toBe('2026-11-22 02:37 UTC');
    expect(formatRunDate('yesterday')).toBe('yesterday');
  });
});

describe('escaping', () => {
  it('escapes every XML special character', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('keeps table cells whole and markup inert, but leaves identifiers with underscores readable', () => {
    expect(escapeMarkdown('p50 | p99 *bold* <b> `code` [link]')).toBe('p50 \\| p99 \\*bold\\* \\<b\\> \\`code\\` \\[link\\]');
    expect(escapeMarkdown('office_path _emphasis_')).toBe('office_path \\_emphasis\\_');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });
});
