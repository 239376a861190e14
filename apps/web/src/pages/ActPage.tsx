import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { labelOf, useCatalog } from '../api/catalog';
import { api, type Schemas, unwrap } from '../api/client';
import { Page } from '../components/Page';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../format';
import { isLanguage } from '../i18n';
import { Deadlines } from './act/Deadlines';
import { EventForm } from './act/EventForm';
import { History } from './act/History';

/** The act: its facts, deadlines (with why), history, and exactly the events the API allows this caller now. */
export default function ActPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const catalog = useCatalog().data;
  const [event, setEvent] = useState<Schemas['ActEvent'] | null>(null);
  const act = useQuery({ queryKey: ['act', id], queryFn: async () => unwrap(await api.GET('/api/v1/acts/{id}', { params: { path: { id } } })) });
  const language = isLanguage(i18n.language) ? i18n.language : 'kk';
  return (
    <QueryState query={act}>
      {(item) => (
        <Page title={item.title} crumbs={[{ label: t('nav.cases'), to: '/cases' }, { label: t('act.case'), to: `/cases/${item.caseId}` }, { label: item.title }]}>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Descriptions bordered size="small" column={1} data-testid="act-facts">
                <Descriptions.Item label={t('act.type')}>{labelOf(catalog?.actTypes, item.type)}</Descriptions.Item>
                <Descriptions.Item label={t('act.state')}>
                  <span data-testid="act-state">{labelOf(catalog?.states, item.state)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('act.registration')}>{item.registrationNumber}</Descriptions.Item>
                <Descriptions.Item label={t('act.office')}>{item.office.name[language]}</Descriptions.Item>
                <Descriptions.Item label={t('act.author')}>{item.author.fullName}</Descriptions.Item>
                <Descriptions.Item label={t('act.responsible')}>{item.responsible.fullName}</Descriptions.Item>
                <Descriptions.Item label={t('act.addressee')}>{item.addresseeName}</Descriptions.Item>
                <Descriptions.Item label={t('act.issuedAt')}>{formatDateTime(item.issuedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('act.case')}>
                  <Link to={`/cases/${item.caseId}`}>{t('act.case')}</Link>
                </Descriptions.Item>
              </Descriptions>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('act.actions')}</h2>} size="small">
                {item.state === 'DRAFT' && item.allowedEvents.includes('ISSUE') && (
                  <Link to={`/acts/${item.id}/edit`} style={{ display: 'inline-block', marginBottom: 12 }} data-testid="edit-draft">
                    {t('act.edit')}
                  </Link>
                )}
                {item.allowedEvents.length === 0 ? (
                  <Typography.Text type="secondary">{t('act.noActions')}</Typography.Text>
                ) : (
                  <Space wrap data-testid="allowed-events">
                    {item.allowedEvents.map((allowed) => (
                      <Button
                        key={allowed}
                        type={allowed === 'ISSUE' ? 'primary' : 'default'}
                        onClick={() => setEvent(allowed)}
                        data-event={allowed}
                        // Kazakh and Russian event names run long: wrap inside the card, never past it.
                        style={{ whiteSpace: 'normal', height: 'auto', minHeight: 32, padding: '4px 15px', textAlign: 'left', maxWidth: '100%' }}
                      >
                        {labelOf(catalog?.events, allowed)}
                      </Button>
                    ))}
                  </Space>
                )}
              </Card>
            </Col>
          </Row>
          <h2 style={{ fontSize: 18, marginTop: 24 }}>{t('act.deadlines')}</h2>
          <Deadlines deadlines={item.deadlines} catalog={catalog} />
          <h2 style={{ fontSize: 18, marginTop: 24 }}>{t('act.history')}</h2>
          <History act={item} catalog={catalog} />
          {event && <EventForm act={item} event={event} catalog={catalog} onClose={() => setEvent(null)} />}
        </Page>
      )}
    </QueryState>
  );
}
