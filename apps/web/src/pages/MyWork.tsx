import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { labelOf, useCatalog } from '../api/catalog';
import { api, type Schemas, unwrap } from '../api/client';
import { articleText } from '../components/article';
import { DeadlineTag, toneOf } from '../components/DeadlineStatus';
import { Page } from '../components/Page';
import { QueryState } from '../components/QueryState';
import { formatDue } from '../format';

type WorkItem = Schemas['WorkItem'];

/** The prosecutor's home: their open acts, soonest deadline first (the API's order). */
export default function MyWork() {
  const { t } = useTranslation();
  const catalog = useCatalog().data;
  const work = useQuery({ queryKey: ['me', 'work'], queryFn: async () => unwrap(await api.GET('/api/v1/me/work')) });
  return (
    <Page title={t('work.title')}>
      <Typography.Paragraph type="secondary">{t('work.intro')}</Typography.Paragraph>
      <QueryState query={work}>
        {(data) => (
          <Table<WorkItem>
            rowKey="actId"
            dataSource={data.items}
            pagination={false}
            scroll={{ x: 800 }}
            locale={{ emptyText: t('work.empty') }}
            columns={[
              {
                title: t('work.act'),
                key: 'act',
                render: (_, item) => (
                  <>
                    <Link to={`/acts/${item.actId}`}>{item.title}</Link>
                    <br />
                    <Typography.Text type="secondary">{labelOf(catalog?.actTypes, item.type)}</Typography.Text>
                  </>
                ),
              },
              { title: t('work.case'), key: 'case', render: (_, item) => <Link to={`/cases/${item.caseId}`}>{item.caseNumber}</Link> },
              { title: t('work.addressee'), dataIndex: 'addresseeName' },
              { title: t('work.state'), key: 'state', render: (_, item) => labelOf(catalog?.states, item.state) },
              {
                title: t('work.deadline'),
                key: 'deadline',
                render: (_, item) =>
                  item.nextDeadline ? (
                    <>
                      {formatDue(item.nextDeadline.dueAt)}
                      <br />
                      <Typography.Text type="secondary">
                        {labelOf(catalog?.termRules.map((rule) => ({ code: rule.kind, label: rule.label })), item.nextDeadline.kind)} · {articleText(t, item.nextDeadline.article)}
                      </Typography.Text>
                    </>
                  ) : (
                    '—'
                  ),
              },
              { title: t('work.status'), key: 'status', render: (_, item) => <DeadlineTag tone={toneOf(item.nextDeadline ? { ...item.nextDeadline, status: 'OPEN' } : null)} /> },
            ]}
          />
        )}
      </QueryState>
    </Page>
  );
}
