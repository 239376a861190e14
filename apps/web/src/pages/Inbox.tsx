import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { KeysetPager } from '../components/KeysetPager';
import { Page } from '../components/Page';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../format';
import { isLanguage } from '../i18n';

/** The caller's notifications, newest first; marking one read lowers the header's badge. */
export default function Inbox() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'kk';
  const queryClient = useQueryClient();
  const [history, setHistory] = useState<string[]>([]);
  const cursor = history.at(-1);
  const inbox = useQuery({
    queryKey: ['inbox', cursor],
    queryFn: async () => unwrap(await api.GET('/api/v1/me/notifications', { params: { query: { limit: 20, ...(cursor ? { cursor } : {}) } } })),
  });
  const markRead = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['inbox'] }), queryClient.invalidateQueries({ queryKey: ['me'], exact: true })]),
  });
  return (
    <Page title={t('inbox.title')} crumbs={[{ label: t('nav.inbox') }]}>
      <QueryState query={inbox}>
        {(data) => (
          <>
            <List
              bordered
              dataSource={data.items}
              locale={{ emptyText: t('inbox.empty') }}
              renderItem={(item) => (
                <List.Item
                  data-testid="notification"
                  actions={[
                    item.actId && (
                      <Link key="act" to={`/acts/${item.actId}`}>
                        {t('inbox.openAct')}
                      </Link>
                    ),
                    !item.readAt && (
                      <Button key="read" size="small" onClick={() => markRead.mutate(item.id)} loading={markRead.isPending && markRead.variables === item.id}>
                        {t('inbox.markRead')}
                      </Button>
                    ),
                  ].filter(Boolean)}
                >
                  <List.Item.Meta
                    title={
                      <span>
                        <Tag style={item.readAt ? undefined : { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' }}>{item.readAt ? t('inbox.read') : t('inbox.unread')}</Tag>
                        {item.subject[language]}
                      </span>
                    }
                    description={
                      <>
                        <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                        <div style={{ whiteSpace: 'pre-wrap', color: '#262626' }}>{item.body[language]}</div>
                      </>
                    }
                  />
                </List.Item>
              )}
            />
            <KeysetPager history={history} nextCursor={data.nextCursor} onChange={setHistory} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
