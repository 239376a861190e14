import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, List, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog } from '../api/catalog';
import { api, ApiProblem, type Schemas, unwrap } from '../api/client';
import { Page } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { formatDate, formatDue } from '../format';
import { isLanguage } from '../i18n';

type Entry = Schemas['CreateCalendarEntryRequest'];
type Values = { date: Dayjs; kk: string; ru: string; en: string; source: string };

function toEntry(values: Values): Entry {
  const date = values.date.format('YYYY-MM-DD');
  return {
    id: `WEB-${date}`,
    kind: 'HOLIDAY',
    date,
    status: 'ADOPTED',
    label: { kk: values.kk, ru: values.ru, en: values.en },
    // The decree is cited by its name; one text for the three languages.
    source: { kk: values.source, ru: values.source, en: values.source },
  };
}

/**
 * A day made non-working, in two steps: the impact preview (which open deadlines move, from when
 * to when), then the save — "check your answers" before a change that moves other people's terms.
 */
export default function AdminCalendar() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const language = isLanguage(i18n.language) ? i18n.language : 'kk';
  const catalog = useCatalog().data;
  const [form] = Form.useForm<Values>();
  const [pending, setPending] = useState<{ entry: Entry; impact: Schemas['CalendarImpact'] } | null>(null);
  const preview = useMutation({
    mutationFn: async (entry: Entry) => ({ entry, impact: unwrap(await api.POST('/api/v1/calendar/impact', { body: { create: entry } })) }),
    onSuccess: setPending,
  });
  const save = useMutation({
    mutationFn: async (entry: Entry) => unwrap(await api.POST('/api/v1/calendar/entries', { body: entry })),
    onSuccess: (result) => {
      setPending(null);
      form.resetFields();
      void message.success(t('admin.saved', { count: result.recount.deadlines }));
    },
  });
  const problem = [preview.error, save.error].find((error): error is ApiProblem => error instanceof ApiProblem);
  const required = [{ required: true, message: t('signIn.required') }];
  return (
    <Page title={t('admin.calendarTitle')} crumbs={[{ label: t('nav.admin') }, { label: t('nav.calendar') }]}>
      <Typography.Paragraph>{t('admin.calendarIntro')}</Typography.Paragraph>
      {problem && <ProblemAlert problem={problem.problem} catalog={catalog} />}
      <Card style={{ maxWidth: 720, marginBottom: 16 }}>
        <Form<Values> form={form} name="calendar" layout="vertical" onFinish={(values) => preview.mutate(toEntry(values))} onValuesChange={() => setPending(null)}>
          <Form.Item label={t('admin.date')} name="date" rules={required}>
            <DatePicker format="DD.MM.YYYY" />
          </Form.Item>
          <Form.Item label={t('admin.labelKk')} name="kk" rules={required}>
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.labelRu')} name="ru" rules={required}>
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.labelEn')} name="en" rules={required}>
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.source')} name="source" rules={required}>
            <Input />
          </Form.Item>
          <Button htmlType="submit" type="primary" loading={preview.isPending} data-testid="preview-impact">
            {t('admin.preview')}
          </Button>
        </Form>
      </Card>
      {pending && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admin.impactTitle')}</h2>} data-testid="impact">
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {t('admin.days')}
          </Typography.Title>
          <List size="small" dataSource={pending.impact.days} renderItem={(day) => <List.Item>{formatDate(day.date)}</List.Item>} />
          {pending.impact.deadlines.length === 0 ? (
            <Alert type="info" showIcon message={t('admin.impactNone')} style={{ margin: '12px 0' }} />
          ) : (
            <Table<Schemas['DeadlineImpact']>
              rowKey="deadlineId"
              dataSource={pending.impact.deadlines}
              pagination={false}
              size="small"
              scroll={{ x: 600 }}
              style={{ margin: '12px 0' }}
              data-testid="impact-deadlines"
              columns={[
                { title: t('overdue.act'), key: 'act', render: (_, row) => <Link to={`/acts/${row.actId}`}>{row.explanation[language].split('\n')[0].slice(0, 80) || row.kind}</Link> },
                { title: t('admin.oldDue'), key: 'old', render: (_, row) => formatDue(row.oldDueAt) },
                { title: t('admin.newDue'), key: 'new', render: (_, row) => formatDue(row.newDueAt) },
              ]}
            />
          )}
          {pending.impact.conflicts.length > 0 && <Alert type="warning" showIcon message={t('admin.conflicts')} description={pending.impact.conflicts.map((conflict) => conflict.message).join('; ')} />}
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" danger onClick={() => save.mutate(pending.entry)} loading={save.isPending} data-testid="save-calendar">
              {t('admin.save')}
            </Button>
          </Space>
        </Card>
      )}
    </Page>
  );
}
