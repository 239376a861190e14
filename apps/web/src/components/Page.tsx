import { Breadcrumb, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type Crumb = { label: string; to?: string };

/** A screen's title and its breadcrumbs (home first); the title is the page's one h1. */
export function Page({ title, crumbs = [], extra, children }: { title: ReactNode; crumbs?: Crumb[]; extra?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const items = [{ label: t('nav.home'), to: '/' }, ...crumbs];
  return (
    <>
      <Breadcrumb items={items.map((crumb) => ({ title: crumb.to ? <Link to={crumb.to}>{crumb.label}</Link> : crumb.label }))} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center', margin: '12px 0 16px' }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </div>
      {children}
    </>
  );
}
