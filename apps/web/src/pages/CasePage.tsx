import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Dropdown, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FILING_ROUTES } from '../api/act-types';
import { labelOf, useCatalog } from '../api/catalog';
import { api, type Schemas, unwrap } from '../api/client';
import { DeadlineTag, toneOf } from '../components/DeadlineStatus';
import { Page } from '../components/Page';
import { QueryState } from '../components/QueryState';
import { formatDateTime, formatDue } from '../format';

/** A case with its acts, and the way to file the next one. */
export default function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const catalog = useCatalog().data;
  const detail = useQuery({ queryKey: ['case', id], queryFn: async () => unwrap(await api.GET('/api/v1/cases/{id}', { params: { path: { id } } })) });
  const fileMenu = (catalog?.actTypes ?? []).filter((type) => type.code in FILING_ROUTES).map((type) => ({ key: type.code, label: type.label }));
  return (
    <QueryState query={detail}>
      {(item) => (
        <Page
          title={item.number}
          crumbs={[{ label: t('nav.cases'), to: '/cases' }, { label: item.number }]}
          extra={
            item.status === 'OPEN' && (
              <Dropdown menu={{ items: fileMenu, onClick: ({ key }) => navigate(`/cases/${item.id}/file/${key}`) }} trigger={['click']}>
                <Button type="primary" data-testid="file-act">
                  {t('cases.fileAct')}
                </Button>
              </Dropdown>
            )
          }
        >
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('cases.subject')}>{item.subject}</Descriptions.Item>
            <Descriptions.Item label={t('cases.addressee')}>{item.addresseeName}</Descriptions.Item>
            <Descriptions.Item label={t('cases.status')}>
              <Tag>{t(`caseStatus.${item.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.opened')}>{formatDateTime(item.createdAt)}</Descriptions.Item>
          </Descriptions>
          <h2 style={{ fontSize: 18 }}>{t('cases.acts')}</h2>
          <Table<Schemas['CaseAct']>
            rowKey="id"
            dataSource={item.acts}
            pagination={false}
            scroll={{ x: 700 }}
            locale={{ emptyText: t('cases.noActs') }}
            columns={[
              { title: t('work.act'), key: 'title', render: (_, act) => <Link to={`/acts/${act.id}`}>{act.title}</Link> },
              { title: t('act.type'), key: 'type', render: (_, act) => labelOf(catalog?.actTypes, act.type) },
              { title: t('act.state'), key: 'state', render: (_, act) => labelOf(catalog?.states, act.state) },
              {
                title: t('work.deadline'),
                key: 'due',
                render: (_, act) => (
                  <>
                    {formatDue(act.nextDueAt)} {act.nextDueAt && <DeadlineTag tone={toneOf({ dueAt: act.nextDueAt, status: 'OPEN' })} />}
                  </>
                ),
              },
            ]}
          />
        </Page>
      )}
    </QueryState>
  );
}
