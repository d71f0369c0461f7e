import { sessionStore } from '../../auth/session';
import { useStore } from '../../lib/store';
import { Notice } from '../../ui/notice';
import { SignInForm } from './sign-in-form';

export function SignInScreen({ provinceName }: { provinceName?: string | undefined }) {
  const { notice } = useStore(sessionStore);
  return (
    <main id="main" class="signin">
      <h1>Hệ thống thi đua, khen thưởng{provinceName ? ` tỉnh ${provinceName}` : ''}</h1>
      <p>Đơn vị đề nghị, Hội đồng xét, tỉnh quyết định.</p>
      {notice ? <Notice tone="ok">{notice}</Notice> : null}
      <SignInForm {...(provinceName ? { issuer: `Thi đua khen thưởng ${provinceName}` } : {})} />
    </main>
  );
}
