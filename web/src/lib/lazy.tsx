import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../ui/notice';

type ScreenProps = { params: Record<string, string> };
type Loader = () => Promise<ComponentType<ScreenProps>>;

/**
 * A screen whose code is fetched when first opened (authoring and admin screens most people never
 * see): it stays out of the initial JavaScript, and a failed fetch says so with a retry.
 */
export function lazyScreen(load: Loader): ComponentType<ScreenProps> {
  let loaded: ComponentType<ScreenProps> | undefined;
  let pending: Promise<ComponentType<ScreenProps>> | undefined;
  return function LazyScreen(props: ScreenProps) {
    const [Screen, setScreen] = useState<ComponentType<ScreenProps> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      pending ??= load();
      pending.then(
        (component) => {
          loaded = component;
          if (live) setScreen(() => component);
        },
        () => {
          pending = undefined;
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    if (Screen) return <Screen {...props} />;
    if (failed) {
      return (
        <Notice tone="error" title="Không tải được màn hình này">
          <p>Kiểm tra kết nối mạng rồi thử lại.</p>
          <button
            type="button"
            class="btn"
            onClick={() => {
              setFailed(false);
              setAttempt((n) => n + 1);
            }}
          >
            Thử lại
          </button>
        </Notice>
      );
    }
    return <p>Đang tải…</p>;
  };
}
