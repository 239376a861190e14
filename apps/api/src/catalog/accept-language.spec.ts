import { negotiateLanguage } from './accept-language';

describe('Accept-Language negotiation', () => {
  it.each([
    ['no header', undefined, 'ru'],
    ['an empty header', '', 'ru'],
    ['Kazakh', 'kk', 'kk'],
    ['English', 'en', 'en'],
    ['a region subtag', 'kk-KZ', 'kk'],
    ['upper case', 'EN-GB', 'en'],
    ['a language we do not speak, then one we do', 'de, en;q=0.5', 'en'],
    ['only languages we do not speak', 'de, fr;q=0.9', 'ru'],
    ['q-values over order', 'en;q=0.3, kk;q=0.9, ru;q=0.5', 'kk'],
    ['order among equal q-values', 'en;q=0.8, kk;q=0.8', 'en'],
    ['a browser header', 'ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['q=0 refusing a language', 'kk;q=0, en;q=0.1', 'en'],
    ['a wildcard', '*', 'ru'],
    ['a wildcard ranked below a language', 'en;q=0.5, *;q=0.1', 'en'],
    ['a malformed q-value', 'kk;q=2, en;q=0.5', 'en'],
    ['spaces and stray commas', ' , kk ; q=0.7 ,, ', 'kk'],
  ])('%s → %s', (_name, header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});
