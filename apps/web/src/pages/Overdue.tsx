import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { labelOf, useCatalog } from '../api/catalog';
import { api, type Schemas, unwrap } from '../api/client';
import { session } from '../api/session';
import { currentLanguage, isLanguage } from '../i18n';
import { articleText } from '../components/article';
import { DeadlineTag } from '../components/DeadlineStatus';
import { KeysetPager } from '../components/KeysetPager';
import { Page } from '../components/Page';
import { QueryState } from '../components/QueryState';
import { formatDue } from '../format';

type Query = NonNullable<NonNullable<import('@app/api-client').operations['listOverdue']['parameters']['query']>>;
const FILTERS = ['officeId', 'type', 'deadlineKind', 'minDaysOverdue', 'sort'] as const;

/** The filters as the URL holds them (deep links from the dashboard land here filtered). */
function filtersOf(params: URLSearchParams): Omit<Query, 'limit' | 'cursor'> {
  const query: Record<string, string | number> = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) query[name] = name === 'minDaysOverdue' ? Number(value) : value;
  }
  return query as Omit<Query, 'limit' | 'cursor'>;
}

/** The CSV export needs the bearer token, which a plain link cannot carry: fetch it, then save the file. */
async function downloadCsv(filters: Record<string, unknown>) {
  const search = new URLSearchParams(Object.entries(filters).map(([key, value]) => [key, String(value)]));
  const send = () => fetch(`/api/v1/supervision/overdue.csv?${search}`, { headers: { Authorization: `Bearer ${session.token()}`, 'Accept-Language': currentLanguage() } });
  let response = await send();
  if (response.status === 401 && (await session.refresh())) response = await send();
  if (!response.ok) throw new Error(`CSV export failed: ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'overdue.csv';
  link.click();
  URL.revokeObjectURL(url);
}

export default function Overdue() {
  const { t, i18n } = useTranslation();
  const catalog = useCatalog().data;
  const language = isLanguage(i18n.language) ? i18n.language : 'kk';
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const history = params.getAll('after');
  const cursor = history.at(-1);
  const [officesWanted, setOfficesWanted] = useState(Boolean(filters.officeId));
  // The office list is loaded when the filter is opened (or already set), to keep the screen at three calls.
  const offices = useQuery({ queryKey: ['offices'], queryFn: async () => unwrap(await api.GET('/api/v1/offices')), enabled: officesWanted, staleTime: 300_000 });
  const overdue = useQuery({
    queryKey: ['overdue', filters, cursor],
    queryFn: async () => unwrap(await api.GET('/api/v1/supervision/overdue', { params: { query: { ...filters, limit: 25, ...(cursor ? { cursor } : {}) } } })),
  });
  const apply = (values: Record<string, unknown>, after: string[] = []) => {
    const search = new URLSearchParams();
    for (const name of FILTERS) if (values[name] !== undefined && values[name] !== null && values[name] !== '') search.set(name, String(values[name]));
    for (const a of after) search.append('after', a);
    setParams(search);
  };
  const kinds = [...new Map((catalog?.termRules ?? []).map((rule) => [rule.kind, rule.label])).entries()];
  const any = { value: '', label: t('overdue.any') };
  return (
    <Page
      title={t('overdue.title')}
      crumbs={[{ label: t('nav.supervision'), to: '/supervision' }, { label: t('nav.overdue') }]}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void downloadCsv(filters)} data-testid="csv-download">
          {t('overdue.csv')}
        </Button>
      }
    >
      <Form layout="inline" initialValues={{ officeId: '', type: '', deadlineKind: '', sort: 'most_overdue', ...filters }} onFinish={(values) => apply(values)} style={{ rowGap: 12, marginBottom: 16 }}>
        <Form.Item name="officeId" label={t('overdue.office')}>
          <Select
            style={{ width: 220 }}
            onDropdownVisibleChange={(open) => open && setOfficesWanted(true)}
            options={[any, ...(offices.data ?? []).map((office) => ({ value: office.id, label: `${'  '.repeat(office.depth)}${office.name[language]}` }))]}
          />
        </Form.Item>
        <Form.Item name="type" label={t('overdue.type')}>
          <Select style={{ width: 200 }} options={[any, ...(catalog?.actTypes ?? []).map((type) => ({ value: type.code, label: type.label }))]} />
        </Form.Item>
        <Form.Item name="deadlineKind" label={t('overdue.kind')}>
          <Select style={{ width: 240 }} options={[any, ...kinds.map(([value, label]) => ({ value, label }))]} />
        </Form.Item>
        <Form.Item name="minDaysOverdue" label={t('overdue.minDays')}>
          <InputNumber min={0} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name="sort" label={t('overdue.sort')}>
          <Select
            style={{ width: 240 }}
            options={[
              { value: 'most_overdue', label: t('overdue.sortMost') },
              { value: 'least_overdue', label: t('overdue.sortLeast') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('overdue.apply')}
        </Button>
      </Form>
      <QueryState query={overdue}>
        {(data) => (
          <>
            <Table<Schemas['OverdueItem']>
              rowKey="deadlineId"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 900 }}
              locale={{ emptyText: t('overdue.empty') }}
              data-testid="overdue-table"
              columns={[
                { title: t('overdue.act'), key: 'act', render: (_, item) => <Link to={`/acts/${item.act.id}`}>{item.act.title}</Link> },
                { title: t('overdue.type'), key: 'type', render: (_, item) => labelOf(catalog?.actTypes, item.act.type) },
                { title: t('overdue.kind'), key: 'kind', render: (_, item) => `${labelOf(kinds.map(([code, label]) => ({ code, label })), item.kind)} · ${articleText(t, item.article)}` },
                { title: t('overdue.office'), key: 'office', render: (_, item) => item.office.code },
                { title: t('overdue.dueAt'), key: 'due', render: (_, item) => formatDue(item.dueAt) },
                { title: t('supervision.daysOverdue'), dataIndex: 'daysOverdue', align: 'right' },
                { title: t('act.status'), key: 'status', render: (_, item) => <DeadlineTag tone={item.status === 'MISSED' ? 'missed' : 'overdue'} /> },
                { title: t('overdue.responsible'), key: 'responsible', render: (_, item) => item.responsible.fullName },
              ]}
            />
            <Space>
              <KeysetPager history={history} nextCursor={data.nextCursor} onChange={(after) => apply(filters, after)} />
            </Space>
          </>
        )}
      </QueryState>
    </Page>
  );
}
