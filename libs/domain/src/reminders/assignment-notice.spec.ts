import { ActType } from '../acts/act-type';
import { assignmentNoticeText } from './assignment-notice';

describe('assignmentNoticeText', () => {
  it('tells of a case in three languages, with its number, the open acts, the head, the reason and its page', () => {
    const text = assignmentNoticeText({ work: { what: 'CASE', caseId: 'c-1', caseNumber: '2026-ALA-BOS-000123', openActs: 2 }, assignedBy: 'Ә. Сейітов', reason: 'Отпуск' });
    expect(text.subject).toEqual({ kk: 'Сізге іс тапсырылды: № 2026-ALA-BOS-000123', ru: 'Вам передано дело № 2026-ALA-BOS-000123', en: 'Case No. 2026-ALA-BOS-000123 assigned to you' });
    for (const body of Object.values(text.body)) {
      expect(body).toContain('Ә. Сейітов');
      expect(body).toContain(': 2)');
      expect(body).toContain('Отпуск');
      expect(body.endsWith('/cases/c-1')).toBe(true);
    }
  });

  it('names an act by its type in the reader’s language and links to the act', () => {
    const text = assignmentNoticeText({ work: { what: 'ACT', actId: 'a-1', actType: ActType.PROTEST, actTitle: 'О протесте', caseNumber: 'N-1' }, assignedBy: 'Head', reason: 'Load' });
    expect(text.subject.kk).toBe('Сізге акт тапсырылды: Наразылық «О протесте»');
    expect(text.subject.ru).toBe('Вам передан акт: Протест «О протесте»');
    expect(text.body.en).toContain('the protest “О протесте” (case No. N-1)');
    expect(text.body.ru.endsWith('/acts/a-1')).toBe(true);
  });
});
