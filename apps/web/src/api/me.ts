import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from './client';

export type Me = Schemas['MeUser'];
export type Role = Schemas['UserRole'];

/** Who is signed in: role (the menu), office (the header), language and the unread count. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me> => {
      const me = unwrap(await api.GET('/api/v1/me'));
      if (me.kind !== 'user') throw new Error('the web workspace is for people, not integration clients');
      return me;
    },
  });
}
