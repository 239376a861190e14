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

describe('ESLint library boundaries', () => {
  const verdicts = lint([
    { filePath: 'libs/domain/src/violation-nest.ts', code: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n" },
    { filePath: 'libs/domain/src/violation-typeorm.ts', code: "import { Entity } from 'typeorm';\nexport const x = Entity;\n" },
    { filePath: 'libs/domain/src/violation-bullmq.ts', code: "import { Queue } from 'bullmq';\nexport const x = Queue;\n" },
    { filePath: 'apps/api/src/violation-deep.ts', code: "import { x } from '@app/domain/acts';\nexport const y = x;\n" },
    { filePath: 'apps/worker/src/violation-relative.ts', code: "import { x } from '../../../libs/domain/src/acts';\nexport const y = x;\n" },
    { filePath: 'apps/api/src/allowed.ts', code: "import { Injectable } from '@nestjs/common';\nimport { DeadlineKind } from '@app/domain';\nexport const x = [Injectable, DeadlineKind];\n" },
    { filePath: 'libs/domain/src/allowed.ts', code: "import { OK } from './shared';\nexport const x = OK;\n" },
  ]);
  const messagesOf = (filePath: string) => verdicts.find((v) => v.filePath === filePath)!.messages;

  it.each(['violation-nest', 'violation-typeorm', 'violation-bullmq'])('fails libs/domain/src/%s.ts (framework import in the pure domain)', (name) => {
    expect(messagesOf(`libs/domain/src/${name}.ts`)).toEqual([expect.stringMatching(/^no-restricted-imports: .*libs\/domain must stay free/)]);
  });

  it('fails a deep import through an alias', () => {
    expect(messagesOf('apps/api/src/violation-deep.ts')).toEqual([expect.stringMatching(/through its index/)]);
  });

  it('fails a relative import into another library', () => {
    expect(messagesOf('apps/worker/src/violation-relative.ts')).toEqual([expect.stringMatching(/not a relative path into it/)]);
  });

  it('passes the imports the architecture allows', () => {
    expect(messagesOf('apps/api/src/allowed.ts')).toEqual([]);
    expect(messagesOf('libs/domain/src/allowed.ts')).toEqual([]);
  });
});
