import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import kkKZ from 'antd/locale/kk_KZ';
import ruRU from 'antd/locale/ru_RU';
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { ApiProblem } from './api/client';
import { session } from './api/session';
import { Loading } from './components/Loading';

// The first paint needs neither: a reload with a live session skips the sign-in form, and the
// sign-in form does not need the workspace's layout and menus.
const SignIn = lazy(() => import('./pages/SignIn'));
const Workspace = lazy(() => import('./Routes'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx answer will not change on a retry (403, 404 and refusals are answers, not failures).
      retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const ANTD_LOCALES = { kk: kkKZ, ru: ruRU, en: enUS } as const;

/** Ant Design's greys are too light for WCAG AA on white (axe flags them): darker secondary text. */
const GREY = '#595959';
const THEME = {
  token: { colorPrimary: '#0b5394', colorLink: '#0b5394', colorLinkHover: '#063a6b', colorLinkActive: '#063a6b', colorInfo: '#0b5394', colorError: '#cf1322', colorTextSecondary: GREY, colorTextTertiary: GREY, colorTextDescription: GREY, colorTextPlaceholder: '#6e6e6e' },
  components: { Breadcrumb: { itemColor: GREY, linkColor: GREY, separatorColor: GREY, lastItemColor: '#262626' } },
};

export function App() {
  const { i18n } = useTranslation();
  const state = useSyncExternalStore(session.subscribe, session.state);
  useEffect(() => {
    // A reload keeps the session through the refresh cookie; the access token was only in memory.
    if (session.state() === 'unknown') void session.refresh();
  }, []);
  useEffect(() => {
    if (state === 'signed-out') queryClient.clear();
  }, [state]);
  const language = (i18n.language in ANTD_LOCALES ? i18n.language : 'kk') as keyof typeof ANTD_LOCALES;
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={THEME}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Suspense fallback={<Loading />}>{state === 'unknown' ? <Loading /> : state === 'signed-in' ? <Workspace /> : <SignIn />}</Suspense>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
