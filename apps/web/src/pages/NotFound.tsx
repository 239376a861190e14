import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a URL outside the caller's reach shows — the same as one that does not exist, as the API answers 404 for both. */
export default function NotFound() {
  const { t } = useTranslation();
  return (
    <div data-testid="not-found">
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('notFound.title')}</h1>}
        subTitle={t('notFound.text')}
        extra={
          <Link to="/">
            <Button type="primary">{t('notFound.back')}</Button>
          </Link>
        }
      />
    </div>
  );
}
