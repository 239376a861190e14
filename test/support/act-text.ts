/**
 * An act's text with every part any act type requires (facts: 19.1, 24.2, 25.1; violated norms:
 * 19.1, 24.2; demands: 19.4, 24.2, 25.1), for suites whose subject is not the text itself.
 */
export const ACT_TEXT = {
  ru: {
    facts: 'Постановлением акимата № 7 земельный участок предоставлен без проведения торгов.',
    violatedNorms: ['Земельный кодекс Республики Казахстан, статья 43'],
    demands: ['Отменить постановление акимата № 7', 'Восстановить нарушенные права'],
  },
};
