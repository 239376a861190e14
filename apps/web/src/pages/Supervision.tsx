import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { labelOf, useCatalog } from '../api/catalog';
import { api, type Schemas, unwrap } from '../api/client';
import { Chart, type ChartOption } from '../components/Chart';
import { Page } from '../components/Page';
import { QueryState } from '../components/QueryState';
import { formatDate, formatDateTime, formatDue } from '../format';
import { isLanguage } from '../i18n';

type Cell = Schemas['DashboardCell'];

/** The supervisor's view of their subtree: open and overdue by office × act type, the trend, the worst ten. */
export default function Supervision() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const catalog = useCatalog().data;
  const language = isLanguage(i18n.language) ? i18n.language : 'kk';
  const dashboard = useQuery({ queryKey: ['dashboard'], queryFn: async () => unwrap(await api.GET('/api/v1/supervision/dashboard', { params: { query: { days: 90 } } })) });
  const cells = dashboard.data?.cells;
  const chart = useMemo(() => {
    if (!cells) return null;
    const offices = [...new Map(cells.map((cell) => [cell.office.id, cell.office])).values()];
    const types = [...new Set(cells.map((cell) => cell.type))];
    const option: ChartOption = {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: offices.map((office) => office.name[language]), axisLabel: { interval: 0, width: 110, overflow: 'break', lineHeight: 14 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: types.map((type) => ({
        name: `${labelOf(catalog?.actTypes, type)} · ${t('supervision.overdue')}`,
        type: 'bar',
        stack: 'overdue',
        data: offices.map((office) => cells.find((cell) => cell.office.id === office.id && cell.type === type)?.overdue ?? 0),
      })),
    };
    return { option, offices, types };
  }, [cells, catalog, language, t]);
  const series = dashboard.data?.overdueSeries;
  const seriesOption = useMemo<ChartOption | null>(
    () =>
      series
        ? {
            tooltip: { trigger: 'axis' },
            grid: { left: 8, right: 8, bottom: 8, top: 16, containLabel: true },
            xAxis: { type: 'category', data: series.map((point) => formatDate(point.day)) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'line', name: t('supervision.overdue'), data: series.map((point) => point.overdue), areaStyle: {} }],
          }
        : null,
    [series, t],
  );
  const filtered = (officeId: string, type?: string) => `/supervision/overdue?officeId=${officeId}${type ? `&type=${type}` : ''}`;
  return (
    <Page title={t('supervision.title')} crumbs={[{ label: t('nav.supervision') }]}>
      <QueryState query={dashboard}>
        {(data) => (
          <>
            <Typography.Paragraph type="secondary">{t('supervision.asOf', { date: formatDateTime(data.asOf) })}</Typography.Paragraph>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card title={<h2 style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>{t('supervision.chart')}</h2>} size="small">
                  {chart && (
                    <Chart
                      option={chart.option}
                      label={t('supervision.chart')}
                      onClick={({ seriesIndex = 0, dataIndex }) => navigate(filtered(chart.offices[dataIndex].id, chart.types[seriesIndex]))}
                    />
                  )}
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card title={<h2 style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>{t('supervision.series')}</h2>} size="small">
                  {seriesOption && <Chart option={seriesOption} label={t('supervision.series')} />}
                </Card>
              </Col>
            </Row>
            <h2 style={{ fontSize: 18, marginTop: 24 }}>{t('supervision.chart')}</h2>
            <Table<Cell>
              rowKey={(cell) => `${cell.office.id}-${cell.type}`}
              dataSource={data.cells}
              size="small"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 600 }}
              data-testid="dashboard-table"
              columns={[
                { title: t('supervision.office'), key: 'office', render: (_, cell) => cell.office.name[language] },
                { title: t('supervision.type'), key: 'type', render: (_, cell) => labelOf(catalog?.actTypes, cell.type) },
                { title: t('supervision.open'), dataIndex: 'open', align: 'right' },
                {
                  title: t('supervision.overdue'),
                  key: 'overdue',
                  align: 'right',
                  render: (_, cell) => (cell.overdue > 0 ? <Link to={filtered(cell.office.id, cell.type)}>{cell.overdue}</Link> : 0),
                },
              ]}
            />
            <h2 style={{ fontSize: 18, marginTop: 24 }}>{t('supervision.mostOverdue')}</h2>
            <Table<Schemas['OverdueItem']>
              rowKey="deadlineId"
              dataSource={data.mostOverdue}
              size="small"
              pagination={false}
              scroll={{ x: 700 }}
              locale={{ emptyText: t('supervision.empty') }}
              data-testid="most-overdue"
              columns={[
                { title: t('overdue.act'), key: 'act', render: (_, item) => <Link to={`/acts/${item.act.id}`}>{item.act.title}</Link> },
                { title: t('supervision.office'), key: 'office', render: (_, item) => item.office.code },
                { title: t('overdue.dueAt'), key: 'due', render: (_, item) => formatDue(item.dueAt) },
                { title: t('supervision.daysOverdue'), dataIndex: 'daysOverdue', align: 'right' },
                { title: t('overdue.responsible'), key: 'responsible', render: (_, item) => item.responsible.fullName },
              ]}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
