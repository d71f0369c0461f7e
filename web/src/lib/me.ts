import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Role } from '../../../shared/domain/vocabulary';
import type { Me } from '../api/types';

export interface CurrentUser extends Me {
  /** The person's name from the ID token (`name` claim), for the header and confirmations. */
  readonly name: string;
}

export const MeContext = createContext<CurrentUser | null>(null);

export function useMe(): CurrentUser {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside a signed-in screen');
  return me;
}

export const hasRole = (me: Pick<Me, 'roles'>, ...roles: Role[]) =>
  roles.some((role) => me.roles.includes(role));
