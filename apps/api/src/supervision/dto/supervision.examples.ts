/** GET /api/v1/supervision/overdue?limit=1 of the head of the Almaty city office on 02.04.2026 (captured from the API). */
export const OVERDUE_PAGE_EXAMPLE = {
  "items": [
    {
      "deadlineId": "a33cd586-12ed-48e2-8be8-4c4a533bc1fa",
      "kind": "PROTEST_CONSIDERATION",
      "status": "OPEN",
      "dueAt": "2026-03-26T19:00:00.000Z",
      "daysOverdue": 6,
      "article": "art. 19.3",
      "explanation": {
        "en": "10 calendar days from receipt on 12.03.2026 → 22.03.2026, a non-working day (Nauryz) → rolls to the next working day 26.03.2026 (23.03.2026 – Nauryz; 24.03.2026 – day off moved from 21.03.2026 (Nauryz); 25.03.2026 – day off moved from 22.03.2026 (Nauryz): not working days either), 24:00 Asia/Almaty; art. 19.3, Law No. 2709 ed. 28.12.2016",
        "kk": "12.03.2026 алынған күннен бастап күнтізбелік 10 күн → 22.03.2026, жұмыс емес күн (Наурыз мейрамы) → келесі жұмыс күніне ауысады 26.03.2026 (23.03.2026 – Наурыз мейрамы; 24.03.2026 – 21.03.2026 күнінен ауыстырылған демалыс күні (Наурыз мейрамы); 25.03.2026 – 22.03.2026 күнінен ауыстырылған демалыс күні (Наурыз мейрамы) — бұлар да жұмыс емес күндер), Asia/Almaty уақытымен 24:00; 19-бап 3-тармақ, № 2709 Заң, 28.12.2016 ред.",
        "ru": "10 календарных дней со дня получения 12.03.2026 → 22.03.2026, нерабочий день (Наурыз мейрамы) → переносится на ближайший следующий рабочий день 26.03.2026 (23.03.2026 – Наурыз мейрамы; 24.03.2026 – выходной день, перенесённый с 21.03.2026 (Наурыз мейрамы); 25.03.2026 – выходной день, перенесённый с 22.03.2026 (Наурыз мейрамы) — также нерабочие дни), 24:00 по времени Asia/Almaty; ст. 19 п. 3, Закон № 2709 в ред. от 28.12.2016"
      },
      "act": {
        "id": "f104999a-7c50-44e4-b120-ec1d314ce76f",
        "type": "PROTEST",
        "kind": null,
        "state": "DELIVERED",
        "title": "Protest against the akimat resolution No. 112 of 01.03.2026",
        "addresseeName": "Akimat of Bostandyk district",
        "caseId": "3b3d2233-7a45-46d6-af63-0f74c44ea960"
      },
      "prosecutor": {
        "id": "0ebcd851-5ca0-4bb3-919b-8efd1b62dd6f",
        "fullName": "Помощник прокурора Е. Касымов"
      },
      "responsible": {
        "id": "0ebcd851-5ca0-4bb3-919b-8efd1b62dd6f",
        "fullName": "Помощник прокурора Е. Касымов",
        "absent": true
      },
      "office": {
        "id": "43d77df8-9258-4453-94e3-ba37c30c4cf1",
        "code": "ALA-BOS"
      }
    }
  ],
  "nextCursor": null
};
