import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { api } from './api/client';
import type { Me } from './api/types';
import { sessionStore, signOut } from './auth/session';
import type { WebConfig } from './config';
import { roleLabel } from './lib/labels';
import { type CurrentUser, MeContext } from './lib/me';
import { Link, matchPath, useLocation } from './lib/router';
import { useStore } from './lib/store';
import { useLoad } from './lib/use-load';
import { navFor } from './nav';
import { ROUTES } from './routes';
import { SignInScreen } from './screens/sign-in/sign-in-screen';
import { ApiErrorNotice } from './ui/api-error';
import { SessionExpiredDialog } from './ui/session-expired';

function NotFound() {
  return (
    <>
      <h1>Không tìm thấy trang</h1>
      <p>
        Địa chỉ này không có trong hệ thống. <Link href="/">Về trang chính</Link>
      </p>
    </>
  );
}

function resolveScreen(path: string): {
  Screen: ComponentType<{ params: Record<string, string> }>;
  params: Record<string, string>;
  title: string;
} {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { Screen: route.screen, params, title: route.title };
  }
  return { Screen: NotFound, params: {}, title: 'Không tìm thấy trang' };
}

function Shell({ me, config }: { me: CurrentUser; config: WebConfig }) {
  const { path } = useLocation();
  const { Screen, params, title } = resolveScreen(path);
  const items = navFor(me.roles);
  useEffect(() => {
    document.title = `${title} – Thi đua, khen thưởng`;
  }, [title]);
  const current = (href: string) =>
    href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
  return (
    <MeContext.Provider value={me}>
      <a class="skip-link" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <header class="masthead">
        <div class="masthead-inner">
          <Link href="/" class="brand">
            <span aria-hidden="true">★</span>
            <span>
              Thi đua – Khen thưởng
              <small>{config.provinceName ? `Tỉnh ${config.provinceName}` : 'Hệ thống quản lý'}</small>
            </span>
          </Link>
          <div class="who">
            <span>
              <strong>{me.name}</strong> · {me.roles.map(roleLabel).join(', ')}
            </span>
            <Link href="/tai-khoan/mat-khau" class="btn">
              Đổi mật khẩu
            </Link>
            <button type="button" class="btn" onClick={() => void signOut()}>
              Đăng xuất
            </button>
          </div>
        </div>
      </header>
      <nav class="mainnav" aria-label="Chức năng chính">
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={current(item.href) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <Screen params={params} />
      </main>
      <footer>
        Dữ liệu cá nhân được xử lý theo Luật Bảo vệ dữ liệu cá nhân 2025. Mọi thao tác đều được ghi nhật ký.
      </footer>
    </MeContext.Provider>
  );
}

function SignedIn({ config, email, name }: { config: WebConfig; email: string; name: string }) {
  const me = useLoad((signal) => api.get<Me>('/me', { signal }), [email]);
  if (me.error) {
    return (
      <main id="main">
        <ApiErrorNotice error={me.error} />
        <button type="button" class="btn" onClick={me.reload}>
          Thử lại
        </button>
      </main>
    );
  }
  if (!me.data) return <p class="boot">Đang tải…</p>;
  return <Shell me={{ ...me.data, name }} config={config} />;
}

export function App({ config }: { config: WebConfig }) {
  const { session, expired } = useStore(sessionStore);
  if (!session) return <SignInScreen provinceName={config.provinceName} />;
  return (
    <>
      <SignedIn config={config} email={session.email} name={session.name ?? session.email} />
      <SessionExpiredDialog open={expired} email={session.email} />
    </>
  );
}
