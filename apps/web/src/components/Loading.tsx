import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status" aria-live="polite" data-testid="loading">
      <Spin />
      <div style={{ marginTop: 8 }}>{t('common.loading')}</div>
    </div>
  );
}
