import { AlertOutlined, ApartmentOutlined, BellOutlined, CalendarOutlined, DashboardOutlined, FolderOpenOutlined, LogoutOutlined, ProfileOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Space, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../api/client';
import { type Role, useMe } from '../api/me';
import { session } from '../api/session';
import { isLanguage, setLanguage } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { Loading } from '../components/Loading';

type Item = { key: string; icon: ReactNode; label: string; roles: Role[] };

/** The side menu shows what the caller's role can use; the API decides anyway (access is never by hiding). */
function menuItems(t: (key: string) => string): Item[] {
  return [
    { key: '/', icon: <ProfileOutlined />, label: t('nav.myWork'), roles: ['PROSECUTOR', 'SUPERVISOR'] },
    { key: '/cases', icon: <FolderOpenOutlined />, label: t('nav.cases'), roles: ['PROSECUTOR', 'SUPERVISOR'] },
    { key: '/supervision', icon: <DashboardOutlined />, label: t('nav.supervision'), roles: ['SUPERVISOR'] },
    { key: '/supervision/overdue', icon: <AlertOutlined />, label: t('nav.overdue'), roles: ['SUPERVISOR'] },
    { key: '/inbox', icon: <BellOutlined />, label: t('nav.inbox'), roles: ['PROSECUTOR', 'SUPERVISOR', 'ADMINISTRATOR'] },
    { key: '/admin/offices', icon: <ApartmentOutlined />, label: t('nav.offices'), roles: ['ADMINISTRATOR'] },
    { key: '/admin/calendar', icon: <CalendarOutlined />, label: t('nav.calendar'), roles: ['ADMINISTRATOR'] },
  ];
}

function selectedKey(path: string, items: Item[]): string {
  const match = items.filter((item) => item.key === path || (item.key !== '/' && path.startsWith(item.key))).sort((a, b) => b.key.length - a.key.length)[0];
  return match?.key ?? (path.startsWith('/acts') ? '/' : path);
}

async function signOut() {
  await fetch('/api/v1/auth/session', { method: 'DELETE', credentials: 'same-origin' });
  session.signedOut();
}

export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const preferred = me.data?.language;
  useEffect(() => {
    // The language the user chose last time, on any browser, wins over this browser's.
    if (isLanguage(preferred) && preferred !== i18n.language) void setLanguage(preferred);
  }, [preferred, i18n.language]);
  useEffect(() => {
    if (me.data && !preferred) void api.PATCH('/api/v1/me', { body: { language: isLanguage(i18n.language) ? i18n.language : 'kk' } });
  }, [me.data, preferred, i18n.language]);

  if (!me.data) return <Loading />;
  const items = menuItems(t).filter((item) => item.roles.includes(me.data.role));
  const officeName = me.data.office.name[isLanguage(i18n.language) ? i18n.language : 'kk'];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={240} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>{t('app.title')}</div>
        <nav aria-label={t('nav.home')}>
          <Menu
            mode="inline"
            selectedKeys={[selectedKey(location.pathname, items)]}
            items={items.map((item) => ({ key: item.key, icon: item.icon, label: <Link to={item.key}>{item.label}</Link> }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 16px', borderBottom: '1px solid #f0f0f0', height: 'auto', lineHeight: 'normal', minHeight: 64 }}>
          <Space wrap style={{ width: '100%', justifyContent: 'flex-end', padding: '12px 0' }} size="middle">
            <Link to="/inbox" aria-label={`${t('nav.inbox')}: ${t('nav.unread', { count: me.data.unreadNotifications })}`} data-testid="inbox-badge">
              <Badge count={me.data.unreadNotifications} overflowCount={99}>
                <BellOutlined style={{ fontSize: 20, color: '#333' }} />
              </Badge>
            </Link>
            <div style={{ lineHeight: 1.3 }}>
              <Typography.Text strong data-testid="user-name">
                {me.data.fullName}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">{officeName}</Typography.Text>
            </div>
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>
              {t('nav.signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: 16, outline: 'none' }}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
