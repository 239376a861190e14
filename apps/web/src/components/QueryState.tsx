import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, isNotFound } from '../api/client';
import NotFound from '../pages/NotFound';
import { Loading } from './Loading';

/** The three states of a screen's main query: loading, failed (404 → the not-found page), ready. */
export function QueryState<T>({ query, children }: { query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown }; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.error) {
    if (isNotFound(query.error)) return <NotFound />;
    const problem = query.error instanceof ApiProblem ? query.error.problem : null;
    return (
      <Alert
        type="error"
        showIcon
        message={t('error.title')}
        description={problem ? `${problem.code}${problem.article ? ` · ${problem.article}` : ''}` : String(query.error)}
        action={<Button onClick={() => query.refetch()}>{t('error.retry')}</Button>}
      />
    );
  }
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}
