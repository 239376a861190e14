import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACT_TEXT } from '../support/act-text';
import { ApiHarness } from '../support/api-harness';
import { asGost, createRootCa, issueSigner, signDetached, TestIdentity, toPem } from '../support/test-pki';

/**
 * The act as a document, end to end against PostgreSQL: a prosecutor files a protest with its
 * text in Kazakh and Russian, gets its PDFs, attaches a scan, signs the PDF with a certificate of
 * a test CA and issues it; a supervisor reads both; another district gets 404 for each file.
 */
const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];
const PROTEST_TEXT = {
  kk: {
    facts: 'Бостандық ауданы әкімдігінің № 7 қаулысымен жер учаскесі сауда-саттықсыз берілген. Һ әрпі тексеру үшін: Һәкім, өңір, шаһар.',
    violatedNorms: ['Қазақстан Республикасының Жер кодексі, 43-бап'],
    demands: ['№ 7 қаулының күшін жою', 'Бұзылған құқықтарды қалпына келтіру', 'Өңірдегі ұқсас шешімдерді қарау'],
  },
  ru: ACT_TEXT.ru,
};
const MAX_BYTES = 64 * 1024;
const pdfBytes = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n% scan of the addressee answer\n'), Buffer.alloc(size, 0x20)]);

function pdfText(pdf: Buffer): string {
  const directory = mkdtempSync(join(tmpdir(), 'pao-pdf-'));
  try {
    writeFileSync(join(directory, 'act.pdf'), pdf);
    // Lines as laid out are joined: a phrase may wrap.
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(directory, 'act.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe('acts as documents: text, PDF, attachments, e-signature', () => {
  let api: ApiHarness;
  let root: TestIdentity;
  let signer: TestIdentity;
  let caseId: string;
  const pki = mkdtempSync(join(tmpdir(), 'pao-pki-'));
  const P = 'bostandyk.prosecutor';

  const binary = (request: ReturnType<ApiHarness['http']['get']>) =>
    request.buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const storedFiles = () => readdirSync(api.fileStoreDir!, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  const count = async (table: string) => Number((await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const fileProtest = async (status: number, text: object = PROTEST_TEXT) =>
    api.http
      .post('/api/v1/acts/protests')
      .set(await api.as(P))
      .send({ caseId, title: 'Protest against akimat resolution No. 7', addresseeName: 'Бостандық ауданының әкімдігі', target: 'NON_NORMATIVE_LEGAL_ACT', termDays: 15, text })
      .expect(status);

  beforeAll(async () => {
    root = createRootCa('Test National CA (RSA)');
    signer = issueSigner(root, 'АХМЕТОВ СЕРІК');
    writeFileSync(join(pki, 'roots.pem'), toPem(root));
    api = await ApiHarness.start({
      config: { SIGNATURE_REQUIRED_ACT_TYPES: 'PROTEST,ORDER', SIGNATURE_TRUST_ANCHORS_FILE: join(pki, 'roots.pem'), ATTACHMENT_MAX_BYTES: String(MAX_BYTES) },
    });
    caseId = await api.openCase(P, '2026-ALA-BOS-DOC-1');
  });
  afterAll(async () => {
    await api?.stop();
    rmSync(pki, { recursive: true, force: true });
  });

  it('refuses a protest whose text demands nothing, citing art. 19.4, and stores nothing', async () => {
    const acts = await count('acts');
    const response = await fileProtest(422, { ru: { ...ACT_TEXT.ru, demands: [] } });
    expect(response.body).toMatchObject({ code: 'ACT_TEXT_INCOMPLETE', article: 'art. 19.4', errors: [expect.objectContaining({ field: 'text.ru.demands' })] });
    const none = await fileProtest(422, {});
    expect(none.body).toMatchObject({ code: 'ACT_TEXT_MISSING', errors: [expect.objectContaining({ field: 'text' })] });
    expect(await count('acts')).toBe(acts);
  });

  it('files, renders, attaches, signs, issues — and the supervisor and another district see what they may', async () => {
    const prosecutor = await api.as(P);
    const filed = await fileProtest(201);
    const actId = filed.body.id as string;
    expect(filed.body).toMatchObject({ state: 'DRAFT', text: PROTEST_TEXT, documents: [], signatures: [] });
    expect(filed.body.registrationNumber).toMatch(/^\d+$/);

    // The PDFs, in Kazakh and in Russian, with every Kazakh letter as text (the font is embedded).
    const kk = await binary(api.http.get(`/api/v1/acts/${actId}/document`).query({ lang: 'kk' }).set(prosecutor)).expect(200);
    expect(kk.headers['content-type']).toBe('application/pdf');
    expect(kk.headers['content-disposition']).toMatch(/^attachment; filename="protest-\d+-kk\.pdf"/);
    const kkPdf = kk.body as Buffer;
    expect(kk.headers['x-document-sha256']).toBe(createHash('sha256').update(kkPdf).digest('hex'));
    const kkText = pdfText(kkPdf);
    for (const letter of KAZAKH_LETTERS) expect(kkText).toContain(letter);
    expect(kkText).toContain('НАРАЗЫЛЫҚ');
    expect(kkText).toContain(`ALA-BOS/${filed.body.registrationNumber}`);
    expect(kkText).toContain('15 (он бес) күнтізбелік күн');
    expect(kkText).toContain('БОСТАНДЫҚ');
    const ru = await binary(api.http.get(`/api/v1/acts/${actId}/document`).query({ lang: 'ru' }).set(prosecutor)).expect(200);
    const ruText = pdfText(ru.body as Buffer);
    expect(ruText).toContain('ПРОТЕСТ');
    expect(ruText).toContain('Отменить постановление акимата № 7');
    expect(ruText).toContain('15 (пятнадцать) календарных дней');
    // The same bytes on every download of the same draft: what is signed is what is issued.
    const again = await binary(api.http.get(`/api/v1/acts/${actId}/document`).query({ lang: 'kk' }).set(prosecutor)).expect(200);
    expect((again.body as Buffer).equals(kkPdf)).toBe(true);

    // The office requires a signature for protests: no issue before it.
    const unsigned = await api.http.post(`/api/v1/acts/${actId}/events`).set(prosecutor).send({ event: 'ISSUE', payload: {} }).expect(409);
    expect(unsigned.body).toMatchObject({ code: 'DOCUMENT_NOT_SIGNED', article: 'art. 19.1', state: 'DRAFT', event: 'ISSUE' });

    // A scan of the addressee's answer.
    const scanName = 'Жауап «әкімдік» 7.pdf';
    const uploaded = await api.http.post(`/api/v1/acts/${actId}/attachments`).set(prosecutor).attach('file', pdfBytes(2048), { filename: scanName, contentType: 'application/pdf' }).expect(201);
    expect(uploaded.body).toMatchObject({ actId, caseId, fileName: scanName, mediaType: 'application/pdf', sizeBytes: pdfBytes(2048).length, sha256: createHash('sha256').update(pdfBytes(2048)).digest('hex') });
    expect(uploaded.headers.location).toBe(`/api/v1/acts/${actId}/attachments/${uploaded.body.id}`);
    const [audited] = await api.dataSource.query(`SELECT after FROM audit_log WHERE action = 'attachment.uploaded' AND entity_id = $1`, [uploaded.body.id]);
    expect(audited.after).toMatchObject({ sha256: uploaded.body.sha256, fileName: scanName });

    // Signatures the server refuses, each with its reason; nothing recorded.
    const sign = (cms: string, language = 'kk') => api.http.post(`/api/v1/acts/${actId}/signatures`).set(prosecutor).send({ language, cms });
    expect((await sign(asGost(signDetached(signer, kkPdf))).expect(422)).body.code).toBe('SIGNATURE_GOST_NOT_SUPPORTED');
    const stranger = issueSigner(createRootCa('Some other CA'), 'UNTRUSTED SIGNER');
    expect((await sign(signDetached(stranger, kkPdf)).expect(422)).body.code).toBe('SIGNATURE_CERTIFICATE_UNTRUSTED');
    expect((await sign(signDetached(signer, Buffer.from('another document'))).expect(422)).body.code).toBe('SIGNATURE_DOCUMENT_MISMATCH');
    const expired = issueSigner(root, 'EXPIRED SIGNER', { notBefore: new Date(Date.now() - 400 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000) });
    expect((await sign(signDetached(expired, kkPdf)).expect(422)).body.code).toBe('SIGNATURE_CERTIFICATE_NOT_VALID');
    const encipherer = issueSigner(root, 'ENCRYPTION ONLY', { keyUsage: { keyEncipherment: true } });
    expect((await sign(signDetached(encipherer, kkPdf)).expect(422)).body.code).toBe('SIGNATURE_KEY_USAGE_NOT_ALLOWED');
    expect((await sign(Buffer.from('not a cms').toString('base64')).expect(422)).body.code).toBe('SIGNATURE_MALFORMED');
    expect(await count('act_signatures')).toBe(0);

    // The signature over the Kazakh PDF, verified and shown on the act.
    const signed = await sign(signDetached(signer, kkPdf)).expect(200);
    expect(signed.headers.etag).toBe(`"${filed.body.version + 1}"`);
    expect(signed.body.signatures).toEqual([
      expect.objectContaining({
        language: 'kk',
        current: true,
        documentSha256: createHash('sha256').update(kkPdf).digest('hex'),
        signerName: expect.any(String),
        algorithm: 'SHA-256 with RSA',
        certificate: expect.objectContaining({ subject: 'CN=АХМЕТОВ СЕРІК,SERIALNUMBER=IIN800101300123,C=KZ', issuer: 'CN=Test National CA (RSA),C=KZ' }),
      }),
    ]);
    expect(signed.body.history.at(-1)).toMatchObject({ event: 'DOCUMENT_SIGNED', fromState: 'DRAFT', toState: 'DRAFT' });

    // Issued: the PDFs prepared from the draft are frozen, their SHA-256 audited.
    const issued = await api.http.post(`/api/v1/acts/${actId}/events`).set(prosecutor).send({ event: 'ISSUE', payload: {} }).expect(200);
    expect(issued.body.state).toBe('ISSUED');
    expect(issued.body.documents).toEqual([
      expect.objectContaining({ language: 'kk', sha256: createHash('sha256').update(kkPdf).digest('hex') }),
      expect.objectContaining({ language: 'ru', sha256: createHash('sha256').update(ru.body as Buffer).digest('hex') }),
    ]);
    const [issueAudit] = await api.dataSource.query(`SELECT after FROM audit_log WHERE action = 'act.transitioned' AND entity_id = $1`, [actId]);
    expect(issueAudit.after.documents).toEqual([
      { language: 'kk', sha256: createHash('sha256').update(kkPdf).digest('hex'), sizeBytes: kkPdf.length },
      { language: 'ru', sha256: createHash('sha256').update(ru.body as Buffer).digest('hex'), sizeBytes: (ru.body as Buffer).length },
    ]);
    await expect(api.dataSource.query(`UPDATE act_documents SET sha256 = 'x' WHERE act_id = $1`, [actId])).rejects.toThrow(/final/);

    // The change feed tells the signature and the issue.
    const feed = await api.http.get('/api/v1/changes').set(await api.as('almaty.head')).expect(200);
    expect((feed.body.items as Array<{ entityId: string; action: string }>).filter((item) => item.entityId === actId).map((item) => item.action)).toEqual([
      'act.filed',
      'act.document_signed',
      'act.transitioned',
    ]);

    // The supervisor of the city reads both files; the issued PDF is the very one signed.
    const head = await api.as('almaty.head');
    const headPdf = await binary(api.http.get(`/api/v1/acts/${actId}/document`).query({ lang: 'kk' }).set(head)).expect(200);
    expect((headPdf.body as Buffer).equals(kkPdf)).toBe(true);
    const scan = await binary(api.http.get(`/api/v1/acts/${actId}/attachments/${uploaded.body.id}`).set(head)).expect(200);
    expect((scan.body as Buffer).equals(pdfBytes(2048))).toBe(true);
    expect(scan.headers['content-type']).toBe('application/octet-stream');
    expect(scan.headers['content-disposition']).toBe(`attachment; filename="_____ _________ 7.pdf"; filename*=UTF-8''${encodeURIComponent(scanName)}`);
    const listed = await api.http.get(`/api/v1/acts/${actId}/attachments`).set(head).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: uploaded.body.id })]);

    // A prosecutor of another district: 404 for every file, as for nothing at all.
    const medeu = await api.as('medeu.prosecutor');
    await api.http.get(`/api/v1/acts/${actId}/document`).query({ lang: 'kk' }).set(medeu).expect(404);
    await api.http.get(`/api/v1/acts/${actId}/document`).query({ lang: 'ru' }).set(medeu).expect(404);
    await api.http.get(`/api/v1/acts/${actId}/attachments`).set(medeu).expect(404);
    await api.http.get(`/api/v1/acts/${actId}/attachments/${uploaded.body.id}`).set(medeu).expect(404);

    // An issued act's files are part of its record.
    expect((await api.http.delete(`/api/v1/acts/${actId}/attachments/${uploaded.body.id}`).set(prosecutor).expect(409)).body.code).toBe('ATTACHMENT_LOCKED');
  });

  it('refuses an oversized file (413) and a disguised one (415), storing nothing', async () => {
    const prosecutor = await api.as(P);
    const actId = (await fileProtest(201)).body.id as string;
    const [rows, files, audits] = [await count('attachments'), storedFiles(), await count('audit_log')];
    const tooLarge = await api.http.post(`/api/v1/acts/${actId}/attachments`).set(prosecutor).attach('file', pdfBytes(MAX_BYTES + 1), { filename: 'big.pdf', contentType: 'application/pdf' }).expect(413);
    expect(tooLarge.body.code).toBe('ATTACHMENT_TOO_LARGE');
    // An executable named like a PDF and declared as one: judged by its content.
    const disguised = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary'), Buffer.alloc(512, 1)]);
    const refused = await api.http.post(`/api/v1/acts/${actId}/attachments`).set(prosecutor).attach('file', disguised, { filename: 'scan.pdf', contentType: 'application/pdf' });
    if (refused.status !== 415) throw new Error(JSON.stringify(refused.body));
    expect(refused.body.code).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    const json = await api.http.post(`/api/v1/acts/${actId}/attachments`).set(prosecutor).send({ file: 'x' }).expect(415);
    expect(json.body.code).toBe('MULTIPART_REQUIRED');
    expect([await count('attachments'), storedFiles(), await count('audit_log')]).toEqual([rows, files, audits]);

    // A PNG scan is welcome, and may be removed while the act is a draft.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]);
    const uploaded = await api.http.post(`/api/v1/acts/${actId}/attachments`).set(prosecutor).attach('file', png, { filename: 'answer.png', contentType: 'application/octet-stream' }).expect(201);
    expect(uploaded.body.mediaType).toBe('image/png');
    await api.http.delete(`/api/v1/acts/${actId}/attachments/${uploaded.body.id}`).set(await api.as('almaty.head')).expect(403);
    await api.http.delete(`/api/v1/acts/${actId}/attachments/${uploaded.body.id}`).set(prosecutor).expect(204);
    expect([await count('attachments'), storedFiles()]).toEqual([rows, files]);
  });

  it('a correction of the draft makes its PDFs and signatures stale: it is signed again before it is issued', async () => {
    const prosecutor = await api.as(P);
    const filed = (await fileProtest(201)).body as { id: string; version: number };
    const kk = await binary(api.http.get(`/api/v1/acts/${filed.id}/document`).query({ lang: 'kk' }).set(prosecutor)).expect(200);
    const signed = await api.http.post(`/api/v1/acts/${filed.id}/signatures`).set(prosecutor).send({ language: 'kk', cms: signDetached(signer, kk.body as Buffer) });
    if (signed.status !== 200) throw new Error(JSON.stringify(signed.body));
    const corrected = await api.http
      .patch(`/api/v1/acts/${filed.id}`)
      .set({ ...prosecutor, 'If-Match': signed.headers.etag as string })
      .send({ text: { kk: { ...PROTEST_TEXT.kk, demands: ['№ 7 қаулыны заңға сәйкес келтіру'] } } })
      .expect(200);
    expect(corrected.body.signatures).toEqual([expect.objectContaining({ current: false })]);
    expect((await api.http.post(`/api/v1/acts/${filed.id}/events`).set(prosecutor).send({ event: 'ISSUE', payload: {} }).expect(409)).body.code).toBe('DOCUMENT_NOT_SIGNED');
    const fresh = await binary(api.http.get(`/api/v1/acts/${filed.id}/document`).query({ lang: 'kk' }).set(prosecutor)).expect(200);
    expect((fresh.body as Buffer).equals(kk.body as Buffer)).toBe(false);
    expect(pdfText(fresh.body as Buffer)).toContain('заңға сәйкес келтіру');
    // The Russian text went with the correction: the act is Kazakh only now.
    expect((await api.http.get(`/api/v1/acts/${filed.id}/document`).query({ lang: 'ru' }).set(prosecutor).expect(409)).body.code).toBe('ACT_TEXT_LANGUAGE_MISSING');
    await api.http.post(`/api/v1/acts/${filed.id}/signatures`).set(prosecutor).send({ language: 'kk', cms: signDetached(signer, fresh.body as Buffer) }).expect(200);
    const issued = await api.http.post(`/api/v1/acts/${filed.id}/events`).set(prosecutor).send({ event: 'ISSUE', payload: {} }).expect(200);
    expect(issued.body.documents).toEqual([expect.objectContaining({ language: 'kk', sha256: createHash('sha256').update(fresh.body as Buffer).digest('hex') })]);
    expect((await api.http.post(`/api/v1/acts/${filed.id}/signatures`).set(prosecutor).send({ language: 'kk', cms: signDetached(signer, fresh.body as Buffer) }).expect(409)).body.code).toBe('ACT_NOT_A_DRAFT');
  });

  it('files of a case: its own office adds them, the city reads them, another district gets 404', async () => {
    const prosecutor = await api.as(P);
    const uploaded = await api.http.post(`/api/v1/cases/${caseId}/attachments`).set(prosecutor).attach('file', pdfBytes(300), { filename: 'materials.pdf', contentType: 'application/pdf' });
    if (uploaded.status !== 201) throw new Error(JSON.stringify(uploaded.body));
    expect(uploaded.body).toMatchObject({ caseId, actId: null });
    const listed = await api.http.get(`/api/v1/cases/${caseId}/attachments`).set(await api.as('almaty.head')).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([uploaded.body.id]);
    await api.http.get(`/api/v1/cases/${caseId}/attachments/${uploaded.body.id}`).set(await api.as('medeu.prosecutor')).expect(404);
    await api.http.delete(`/api/v1/cases/${caseId}/attachments/${uploaded.body.id}`).set(prosecutor).expect(204);
    await api.http.get(`/api/v1/cases/${caseId}/attachments/${uploaded.body.id}`).set(prosecutor).expect(404);
  });
});
