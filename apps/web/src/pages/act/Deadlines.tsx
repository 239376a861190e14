import { Button, Drawer, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../api/catalog';
import type { Schemas } from '../../api/client';
import { DeadlineTag, toneOf } from '../../components/DeadlineStatus';
import { articleText } from '../../components/article';
import { formatDue } from '../../format';
import { isLanguage } from '../../i18n';

type Deadline = Schemas['Deadline'];

/** The act's deadlines: statutory due and internal target, each with "why this date" — the rule, article, skipped days and roll the API explains. */
export function Deadlines({ deadlines, catalog }: { deadlines: Deadline[]; catalog: Catalog | undefined }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Deadline | null>(null);
  const language = isLanguage(i18n.language) ? i18n.language : 'kk';
  const kindLabel = (kind: string) => catalog?.termRules.find((rule) => rule.kind === kind)?.label ?? kind;
  return (
    <>
      <Table<Deadline>
        rowKey="id"
        dataSource={deadlines}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: t('act.noDeadlines') }}
        columns={[
          { title: t('act.kind'), key: 'kind', render: (_, d) => kindLabel(d.kind) },
          { title: t('act.statutoryDue'), key: 'due', render: (_, d) => <span data-testid="due-at">{formatDue(d.dueAt)}</span> },
          { title: t('act.internalTarget'), key: 'target', render: (_, d) => formatDue(d.internalTargetAt) },
          { title: t('act.article'), key: 'article', render: (_, d) => articleText(t, d.article) },
          { title: t('act.status'), key: 'status', render: (_, d) => <DeadlineTag tone={toneOf(d)} /> },
          {
            title: '',
            key: 'why',
            render: (_, d) => (
              <Button size="small" onClick={() => setOpen(d)} data-testid="why-this-date">
                {t('act.why')}
              </Button>
            ),
          },
        ]}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} title={t('act.whyTitle')} width={Math.min(560, window.innerWidth)}>
        {open && (
          <div data-testid="explanation">
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {kindLabel(open.kind)} · {articleText(t, open.article)}
            </Typography.Title>
            <Typography.Paragraph>
              {t('act.statutoryDue')}: <strong>{formatDue(open.dueAt)}</strong>
            </Typography.Paragraph>
            {open.explanation[language].split('\n').map((line, index) => (
              <Typography.Paragraph key={index} style={{ marginBottom: 6 }}>
                {line}
              </Typography.Paragraph>
            ))}
          </div>
        )}
      </Drawer>
    </>
  );
}
