import { useQuery } from '@tanstack/react-query';
import { Input, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, type Schemas, unwrap } from '../api/client';
import { KeysetPager } from '../components/KeysetPager';
import { Page } from '../components/Page';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../format';

const PAGE_SIZE = 20;

/** Cases within the caller's reach, searched by number, subject or addressee (the API's `q`). The URL holds the search and the page. */
export default function Cases() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const history = params.getAll('after');
  const cursor = history.at(-1);
  const cases = useQuery({
    queryKey: ['cases', q, cursor],
    queryFn: async () => unwrap(await api.GET('/api/v1/cases', { params: { query: { limit: PAGE_SIZE, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) } } })),
  });
  const go = (next: { q?: string; history?: string[] }) => {
    const search = new URLSearchParams();
    const query = next.q ?? q;
    if (query) search.set('q', query);
    for (const after of next.history ?? []) search.append('after', after);
    setParams(search);
  };
  return (
    <Page title={t('cases.title')} crumbs={[{ label: t('nav.cases') }]}>
      <Input.Search
        aria-label={t('cases.search')}
        placeholder={t('cases.search')}
        defaultValue={q}
        enterButton={t('cases.searchButton')}
        allowClear
        onSearch={(value) => go({ q: value.trim(), history: [] })}
        style={{ maxWidth: 560, marginBottom: 16 }}
        data-testid="case-search"
      />
      <QueryState query={cases}>
        {(data) => (
          <>
            <Table<Schemas['Case']>
              rowKey="id"
              dataSource={data.items}
              pagination={false}
              scroll={{ x: 800 }}
              locale={{ emptyText: t('cases.empty') }}
              columns={[
                { title: t('cases.number'), key: 'number', render: (_, item) => <Link to={`/cases/${item.id}`}>{item.number}</Link> },
                { title: t('cases.subject'), dataIndex: 'subject' },
                { title: t('cases.addressee'), dataIndex: 'addresseeName' },
                { title: t('cases.status'), key: 'status', render: (_, item) => <Tag>{t(`caseStatus.${item.status}`)}</Tag> },
                { title: t('cases.updated'), key: 'updated', render: (_, item) => formatDateTime(item.updatedAt) },
              ]}
            />
            <KeysetPager history={history} nextCursor={data.nextCursor} onChange={(next) => go({ history: next })} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
