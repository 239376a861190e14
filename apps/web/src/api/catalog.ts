import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from './client';

export type Catalog = Schemas['ActTypeCatalog'];

/** The statute's labels (act types, states, events, refusals) in the caller's language; cached per language. */
export function useCatalog() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['catalog', i18n.language],
    queryFn: async () => unwrap(await api.GET('/api/v1/act-types')),
    staleTime: Infinity,
  });
}

/** A label finder over a catalog list; falls back to the code while the catalog loads. */
export function labelOf(entries: ReadonlyArray<{ code: string; label: string }> | undefined, code: string | null | undefined): string {
  if (!code) return '—';
  return entries?.find((entry) => entry.code === code)?.label ?? code;
}
