import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '../api/session';
import { LanguageSwitch } from '../layout/LanguageSwitch';

/** Problem codes of POST /auth/session the page explains in its own words (signIn.<code>). */
const EXPLAINED = new Set(['INVALID_CREDENTIALS', 'ACCOUNT_DEACTIVATED', 'LOGIN_BUSY', 'RATE_LIMITED']);

export default function SignIn() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: { login: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/v1/auth/session', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(values),
      });
      const body = (await response.json().catch(() => ({}))) as { accessToken?: string; code?: string };
      if (response.ok && body.accessToken) return session.signedIn(body.accessToken);
      setError(body.code && EXPLAINED.has(body.code) ? body.code : 'failed');
    } catch {
      setError('failed');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f7fa', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, marginBottom: 16 }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('signIn.title')}
        </Typography.Title>
        {error && <Alert type="error" showIcon message={t(`signIn.${error}`)} role="alert" data-testid="sign-in-error" data-code={error} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item label={t('signIn.login')} name="login" rules={[{ required: true, message: t('signIn.required') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('signIn.password')} name="password" rules={[{ required: true, message: t('signIn.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
