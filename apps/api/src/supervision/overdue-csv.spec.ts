import { csvField, csvRecord, localDue } from './overdue-csv';

describe('overdue CSV', () => {
  it('quotes fields per RFC 4180 and leaves plain ones alone', () => {
    expect(csvRecord(['plain', 'a,b', 'say "no"', 'two\nlines', 7])).toBe('plain,"a,b","say ""no""","two\nlines",7\r\n');
  });

  it.each(['=HYPERLINK("http://x")', '+7 700', '-1', '@SUM(A1)', '\tTAB'])('defuses a cell starting like a formula: %j', (value) => {
    expect(csvField(value).replace(/^"/, '')).toMatch(/^'/);
  });

  // A leading carriage return is dropped by some importers, leaving what follows as the cell's
  // start (OWASP "CSV injection" lists it beside the tab); the field is also quoted, holding a line break.
  it('defuses a cell starting with a carriage return, and quotes it', () => {
    expect(csvField('\rcmd|calc')).toBe(`"'\rcmd|calc"`);
    expect(csvField('\r=cmd')).toBe(`"'\r'=cmd"`);
  });

  it('quotes a field holding a lone carriage return', () => {
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('quotes a field holding ";" — ru and kk Excel split cells on it', () => {
    expect(csvField('Akimat; Department of Land')).toBe('"Akimat; Department of Land"');
  });

  it.each([
    ['Akimat;=HYPERLINK("http://x")', `"Akimat;'=HYPERLINK(""http://x"")"`],
    ['a,+1', `"a,'+1"`],
    ['a\t@SUM(A1)', "a\t'@SUM(A1)"],
    ['line\n-2', `"line\n'-2"`],
    ['line\r=2', `"line\r'=2"`],
    ['a;@SUM(A1)', `"a;'@SUM(A1)"`],
  ])('defuses a formula after a separator: %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves numbers as numbers (a negative count is no formula)', () => {
    expect(csvField(-3)).toBe('-3');
  });

  it('writes a day term ending at local midnight as 24:00 of that day', () => {
    expect(localDue(new Date('2026-03-26T19:00:00Z'))).toBe('26.03.2026 24:00');
    expect(localDue(new Date('2026-03-26T10:30:00Z'))).toBe('26.03.2026 15:30');
  });
});
