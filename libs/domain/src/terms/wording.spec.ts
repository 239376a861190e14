import { citationText, countWithUnit, ruPlural } from './wording';

describe('wording', () => {
  it('agrees Russian nouns with numbers', () => {
    const forms = ['день', 'дня', 'дней'] as const;
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 30, 101, 111].map((n) => ruPlural(n, forms))).toEqual([
      'день', 'дня', 'дня', 'дней', 'дней', 'дней', 'дней', 'день', 'дня', 'дней', 'дней', 'день', 'дней',
    ]);
    expect(countWithUnit(3, 'WORKING_DAY')).toEqual({ en: '3 working days', ru: '3 рабочих дня', kk: '3 жұмыс күні' });
    expect(countWithUnit(1, 'MONTH')).toEqual({ en: '1 month', ru: '1 месяц', kk: '1 ай' });
  });

  it('cites articles the way each language writes them', () => {
    expect(citationText({ edition: 'e', article: '26-1', paragraph: '2' })).toEqual({ en: 'art. 26-1.2', ru: 'ст. 26-1 п. 2', kk: '26-1-бап 2-тармақ' });
    expect(citationText({ edition: 'e', article: '22' })).toEqual({ en: 'art. 22', ru: 'ст. 22', kk: '22-бап' });
  });
});
