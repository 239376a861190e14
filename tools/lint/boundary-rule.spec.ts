import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface LintVerdict {
  filePath: string;
  messages: string[];
}

/**
 * Lints code snippets as if they stood at the given paths, with the repository's real ESLint
 * config. Runs ESLint in a child process: its flat config is loaded with import(), which jest's
 * module sandbox does not allow.
 */
function lint(samples: Array<{ filePath: string; code: string }>): LintVerdict[] {
  const script = `
    const { ESLint } = require('eslint');
    const samples = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const s of samples) {
        const [result] = await eslint.lintText(s.code, { filePath: s.filePath });
        out.push({ filePath: s.filePath, messages: result.messages.map((m) => m.ruleId + ': ' + m.message) });
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });
  `;
  const output = execFileSync(process.execPath, ['-e', script, JSON.stringify(samples)], { cwd: join(__dirname, '..', '..'), encoding: 'utf8' });
  return JSON.parse(output) as LintVerdict[];
}

const sample = (filePath: string, specifier: string) => ({ filePath, code: `import { x } from '${specifier}';\nexport const y = x;\n` });

describe('ESLint library boundaries', () => {
  const verdicts = lint([
    { filePath: 'libs/domain/src/violation-nest.ts', code: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n" },
    { filePath: 'libs/domain/src/violation-typeorm.ts', code: "import { Entity } from 'typeorm';\nexport const x = Entity;\n" },
    { filePath: 'libs/domain/src/violation-bullmq.ts', code: "import { Queue } from 'bullmq';\nexport const x = Queue;\n" },
    sample('libs/domain/src/violation-node-fs.ts', 'node:fs'),
    sample('libs/domain/src/violation-bare-builtin.ts', 'crypto'),
    // a relative path into another library that does not spell `libs/`
    sample('libs/domain/src/acts/violation-relative-lib.ts', '../../../persistence/src/entities'),
    sample('libs/persistence/src/violation-upward.ts', '@app/workflow'),
    sample('libs/persistence/src/violation-upward-relative.ts', '../../workflow/src/act-effects'),
    sample('libs/workflow/src/violation-queue.ts', '@app/queue'),
    sample('libs/queue/src/violation-persistence.ts', '@app/persistence'),
    sample('libs/config/src/violation-domain.ts', '@app/domain'),
    sample('libs/observability/src/violation-workflow.ts', '@app/workflow'),
    sample('apps/api/src/violation-other-app.ts', '../../worker/src/deadlines/deadline-engine.service'),
    sample('apps/worker/src/violation-other-app.ts', '../../api/src/acts/acts.service'),
    sample('apps/worker/src/violation-web.ts', '../../web/src/main'),
    sample('apps/api/src/violation-typeorm.ts', 'typeorm'),
    sample('apps/api/src/violation-nest-typeorm.ts', '@nestjs/typeorm'),
    { filePath: 'apps/api/src/violation-deep.ts', code: "import { x } from '@app/domain/acts';\nexport const y = x;\n" },
    { filePath: 'apps/worker/src/violation-relative.ts', code: "import { x } from '../../../libs/domain/src/acts';\nexport const y = x;\n" },
    { filePath: 'apps/api/src/allowed.ts', code: "import { Injectable } from '@nestjs/common';\nimport { DeadlineKind } from '@app/domain';\nimport { ActTransitions } from '@app/workflow';\nexport const x = [Injectable, DeadlineKind, ActTransitions];\n" },
    { filePath: 'libs/domain/src/allowed.ts', code: "import { OK } from './shared';\nexport const x = OK;\n" },
    // The web workspace: the generated API types as types only, nothing else of the server, no Node.
    { filePath: 'apps/web/src/violation-api-client-value.ts', code: "import { createApiClient } from '@app/api-client';\nexport const x = createApiClient;\n" },
    sample('apps/web/src/violation-domain.ts', '@app/domain'),
    sample('apps/web/src/violation-relative-api.ts', '../../api/src/acts/acts.service'),
    sample('apps/web/src/violation-bare-builtin.ts', 'fs'),
    sample('apps/web/src/violation-node-builtin.ts', 'node:path'),
    { filePath: 'apps/web/src/allowed.ts', code: "import type { Schemas } from '@app/api-client';\nexport type X = Schemas['ActDetail'];\n" },
    { filePath: 'libs/workflow/src/allowed.ts', code: "import { DeadlineKind } from '@app/domain';\nimport { Tx } from '@app/persistence';\nexport type X = [DeadlineKind, Tx];\n" },
  ]);
  const messagesOf = (filePath: string) => verdicts.find((v) => v.filePath === filePath)!.messages;

  it.each(['violation-nest', 'violation-typeorm', 'violation-bullmq'])('fails libs/domain/src/%s.ts (framework import in the pure domain)', (name) => {
    expect(messagesOf(`libs/domain/src/${name}.ts`)).toEqual([expect.stringMatching(/^no-restricted-imports: .*libs\/domain must stay free/)]);
  });

  it.each(['violation-node-fs', 'violation-bare-builtin'])('fails libs/domain/src/%s.ts (a Node built-in in the pure domain)', (name) => {
    expect(messagesOf(`libs/domain/src/${name}.ts`)).toEqual([expect.stringMatching(/free of Node built-ins/)]);
  });

  it('fails a relative import from the domain into another library, even one that does not spell libs/', () => {
    expect(messagesOf('libs/domain/src/acts/violation-relative-lib.ts')).toEqual([expect.stringMatching(/may not reach into libs\/persistence/)]);
  });

  it.each([
    ['libs/persistence/src/violation-upward.ts', /libs\/persistence may not import @app\/workflow/],
    ['libs/persistence/src/violation-upward-relative.ts', /libs\/persistence may not reach into libs\/workflow/],
    ['libs/workflow/src/violation-queue.ts', /libs\/workflow may not import @app\/queue/],
    ['libs/queue/src/violation-persistence.ts', /libs\/queue may not import @app\/persistence/],
    ['libs/config/src/violation-domain.ts', /libs\/config may not import @app\/domain/],
    ['libs/observability/src/violation-workflow.ts', /libs\/observability may not import @app\/workflow/],
  ])('fails %s (outside its row of the "may import" table)', (filePath, message) => {
    expect(messagesOf(filePath)).toEqual([expect.stringMatching(message)]);
  });

  it.each(['apps/api/src/violation-other-app.ts', 'apps/worker/src/violation-other-app.ts', 'apps/worker/src/violation-web.ts'])('fails %s (apps never import each other)', (filePath) => {
    expect(messagesOf(filePath)).toEqual([expect.stringMatching(/apps never import each other/)]);
  });

  it.each(['apps/api/src/violation-typeorm.ts', 'apps/api/src/violation-nest-typeorm.ts'])('fails %s (only libs/persistence talks to PostgreSQL)', (filePath) => {
    expect(messagesOf(filePath)).toEqual([expect.stringMatching(/Only libs\/persistence talks to PostgreSQL/)]);
  });

  it('fails a deep import through an alias', () => {
    expect(messagesOf('apps/api/src/violation-deep.ts')).toEqual([expect.stringMatching(/through its index/)]);
  });

  it('fails a relative import into another library', () => {
    expect(messagesOf('apps/worker/src/violation-relative.ts')).toEqual([expect.stringMatching(/not a relative path into it/)]);
  });

  it('lets the web workspace import the generated API types, as types only', () => {
    expect(messagesOf('apps/web/src/violation-api-client-value.ts')).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*as types only/)]);
    expect(messagesOf('apps/web/src/allowed.ts')).toEqual([]);
  });

  it.each([
    ['violation-domain', /browser app/],
    ['violation-relative-api', /browser app/],
    ['violation-bare-builtin', /no Node built-ins/],
    ['violation-node-builtin', /no Node built-ins/],
  ])('fails apps/web/src/%s.ts, once, with its reason', (name, reason) => {
    expect(messagesOf(`apps/web/src/${name}.ts`)).toEqual([expect.stringMatching(reason)]);
  });

  it('passes the imports the architecture allows', () => {
    expect(messagesOf('apps/api/src/allowed.ts')).toEqual([]);
    expect(messagesOf('libs/domain/src/allowed.ts')).toEqual([]);
    expect(messagesOf('libs/workflow/src/allowed.ts')).toEqual([]);
  });
});
