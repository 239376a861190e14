import { useQuery } from '@tanstack/react-query';
import { Col, Row, Table, Tag, Tree, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../api/client';
import { Page } from '../components/Page';
import { QueryState } from '../components/QueryState';
import { isLanguage } from '../i18n';

type Office = Schemas['Office'];
type TreeNode = { key: string; title: string; children: TreeNode[] };

/** The office hierarchy as a tree (parentId links), roots first. */
function officeTree(offices: Office[], language: 'kk' | 'ru' | 'en'): TreeNode[] {
  const nodes = new Map(offices.map((office) => [office.id, { key: office.id, title: `${office.name[language]} (${office.code})`, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const office of offices) {
    const node = nodes.get(office.id);
    const parent = office.parentId ? nodes.get(office.parentId) : undefined;
    if (node) (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Administrators: the office tree and the users in it (read-only here; changes go through the API). */
export default function AdminDirectory() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'kk';
  const offices = useQuery({ queryKey: ['admin', 'offices'], queryFn: async () => unwrap(await api.GET('/api/v1/admin/offices')) });
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: async () => unwrap(await api.GET('/api/v1/admin/users')) });
  return (
    <Page title={t('admin.officesTitle')} crumbs={[{ label: t('nav.admin') }, { label: t('nav.offices') }]}>
      <Typography.Paragraph>{t('admin.officesIntro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <QueryState query={offices}>{(data) => <Tree treeData={officeTree(data, language)} defaultExpandAll selectable={false} data-testid="office-tree" />}</QueryState>
        </Col>
        <Col xs={24} xl={15}>
          <h2 style={{ fontSize: 18, marginTop: 0 }}>{t('admin.usersTitle')}</h2>
          <QueryState query={users}>
            {(data) => (
              <Table<Schemas['User']>
                rowKey="id"
                dataSource={data}
                size="small"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                scroll={{ x: 600 }}
                columns={[
                  { title: t('admin.login'), dataIndex: 'login' },
                  { title: t('admin.fullName'), dataIndex: 'fullName' },
                  { title: t('admin.role'), key: 'role', render: (_, user) => t(`admin.role_${user.role}`) },
                  { title: t('admin.office'), dataIndex: 'officeCode' },
                  { title: t('admin.active'), key: 'active', render: (_, user) => <Tag>{user.isActive ? t('common.yes') : t('common.no')}</Tag> },
                ]}
              />
            )}
          </QueryState>
        </Col>
      </Row>
    </Page>
  );
}
