import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, Clock } from '@app/config';
import { DEMO_PASSWORD, seedDemoData } from '../../tools/demo-data/seed-demo';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api.app';
import { webDistDir } from '../../apps/api/src/web/web-app';
import { contractRequest } from './api-contract';
import { createTestContext, TestContext } from './test-context';

/**
 * The API booted in-process on this test file's own database (demo offices and users seeded),
 * with helpers to call it as a given demo user.
 */
export class ApiHarness {
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly context: TestContext,
    readonly app: INestApplication,
    /** This file's own local file store (FILE_STORE_DIR), removed at stop; null for an API alongside, which shares its first one's. */
    readonly fileStoreDir: string | null,
  ) {}

  /**
   * `config`: settings of this file's API beside the test defaults (createTestContext), e.g. a rate limit, SIGNATURE_REQUIRED_ACT_TYPES or STATUTE_EDITIONS.
   * `web`: serve the built web workspace at / (the browser tests); the API's suites run without it, whether or not it is built.
   */
  static async start(options: { clock?: Clock; config?: Record<string, string>; web?: boolean } = {}): Promise<ApiHarness> {
    const fileStoreDir = mkdtempSync(join(tmpdir(), 'pao-files-'));
    const context = await createTestContext({ FILE_STORE_DIR: fileStoreDir, ...options.config });
    const app = await createApiApp(context.config, options.clock, options.web ? { webDist: webDistDir() } : {});
    await app.init();
    await seedDemoData(app.get(DataSource));
    return new ApiHarness(context, app, fileStoreDir);
  }

  /**
   * Another API on this file's database, with other settings (e.g. more statute editions
   * installed) — a redeployment of the same data. Nothing is seeded again; stop it before this one.
   */
  async alongside(options: { clock?: Clock; config?: Partial<AppConfig> } = {}): Promise<ApiHarness> {
    const config = Object.assign(new AppConfig(), this.context.config, options.config ?? {});
    const app = await createApiApp(config, options.clock);
    await app.init();
    return new ApiHarness({ ...this.context, config, dispose: async () => undefined }, app, null);
  }

  /** supertest against the app; every answer is checked against openapi.json (api-contract.ts). */
  get http() {
    return contractRequest(this.app.getHttpServer());
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /** An access token for a demo user (logged in once per file). */
  async tokenFor(login: string): Promise<string> {
    let token = this.tokens.get(login);
    if (!token) {
      const response = await this.http.post('/api/v1/auth/login').send({ login, password: DEMO_PASSWORD });
      if (response.status !== 200) throw new Error(`login as ${login} failed: ${response.status} ${JSON.stringify(response.body)}`);
      token = response.body.accessToken as string;
      this.tokens.set(login, token);
    }
    return token;
  }

  /** `Authorization` header for a demo user. */
  async as(login: string): Promise<{ Authorization: string }> {
    return { Authorization: `Bearer ${await this.tokenFor(login)}` };
  }

  async officeId(code: string): Promise<string> {
    const [row] = await this.dataSource.query('SELECT id FROM offices WHERE code = $1', [code]);
    if (!row) throw new Error(`no office ${code}`);
    return row.id as string;
  }

  async userId(login: string): Promise<string> {
    const [row] = await this.dataSource.query('SELECT id FROM users WHERE login = $1', [login]);
    if (!row) throw new Error(`no user ${login}`);
    return row.id as string;
  }

  /** Opens a case as `login` (a prosecutor or supervisor) and returns its id. */
  async openCase(login: string, number: string): Promise<string> {
    const response = await this.http
      .post('/api/v1/cases')
      .set(await this.as(login))
      .send({ number, subject: 'Legality of land allocation decisions', addresseeName: 'Akimat of the district' });
    if (response.status !== 201) throw new Error(`open case failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.context.dispose();
    if (this.fileStoreDir) rmSync(this.fileStoreDir, { recursive: true, force: true });
  }
}
