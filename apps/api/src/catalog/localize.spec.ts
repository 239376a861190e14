import { exportDomainModel } from '@app/domain';
import { localize } from './localize';

describe('localize', () => {
  it('replaces labels by one language and keeps codes and other objects', () => {
    const value = { code: 'PROTEST', label: { kk: 'Наразылық', ru: 'Протест', en: 'Protest' }, citation: { article: '19', paragraph: '3' } };
    expect(localize(value, 'en')).toEqual({ code: 'PROTEST', label: 'Protest', citation: { article: '19', paragraph: '3' } });
    expect(localize([value], 'kk')[0].label).toBe('Наразылық');
  });

  it('leaves an object with more than the three languages alone', () => {
    expect(localize({ kk: 'a', ru: 'b', en: 'c', note: 'd' }, 'ru')).toEqual({ kk: 'a', ru: 'b', en: 'c', note: 'd' });
  });

  it('leaves no label of the domain export unresolved', () => {
    const localized = JSON.stringify(localize(exportDomainModel(), 'kk'));
    expect(localized).not.toMatch(/"kk":/);
    expect(localized).toContain('"code":"PROTEST","label":"Наразылық"');
  });
});
