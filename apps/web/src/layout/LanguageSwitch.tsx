import { useQueryClient } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { session } from '../api/session';
import { type Language, LANGUAGES, setLanguage } from '../i18n';

/** kk / ru / en; remembered on the user's profile when signed in (PATCH /me), and on this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const change = async (language: Language) => {
    await setLanguage(language);
    // Labels, states and explanations come from the API in the caller's language.
    await queryClient.invalidateQueries();
    if (session.state() === 'signed-in') await api.PATCH('/api/v1/me', { body: { language } });
  };
  return (
    <Select<Language>
      aria-label={t('lang.label')}
      value={i18n.language as Language}
      onChange={(value) => void change(value)}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`lang.${language}`) }))}
      style={{ width: 120 }}
      data-testid="language-switch"
    />
  );
}
