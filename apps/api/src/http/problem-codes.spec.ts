import { DOMAIN_REFUSAL_CODES } from '@app/domain';
import { refusalStatus } from '../acts/refusal-problem';
import { API_ERROR_CODES } from './error-codes';
import { PROBLEM_CODES } from './problem-codes';

describe('the problem-code reference', () => {
  it('documents every code once, with a status and a meaning', () => {
    expect(Object.keys(PROBLEM_CODES).sort()).toEqual([...API_ERROR_CODES].sort());
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
    for (const [code, { statuses, meaning }] of Object.entries(PROBLEM_CODES)) {
      expect([code, statuses.length > 0 && statuses.every((status) => status >= 400 && status < 600), meaning.length > 10]).toEqual([code, true, true]);
    }
  });

  it('gives each refusal of the domain the status the API answers it with', () => {
    for (const code of DOMAIN_REFUSAL_CODES) expect([code, PROBLEM_CODES[code].statuses]).toEqual([code, [refusalStatus(code)]]);
  });
});
