import { signOut } from '../auth/session';
import { SignInForm } from '../screens/sign-in/sign-in-form';
import { Dialog } from './dialog';

/**
 * Over the current screen, never instead of it: whatever was typed stays where it is, and the
 * request that met the expired session is sent again once the same user has signed in.
 */
export function SessionExpiredDialog({ open, email }: { open: boolean; email: string }) {
  return (
    <Dialog open={open} title="Phiên làm việc đã hết hạn" onClose={() => undefined} dismissable={false}>
      <p>
        Vì an toàn, vui lòng nhập lại mật khẩu để tiếp tục. Nội dung bạn đang nhập vẫn được giữ nguyên và thao
        tác đang dở sẽ được thực hiện tiếp sau khi đăng nhập.
      </p>
      <SignInForm email={email} />
      <p>
        <button type="button" class="btn-link" onClick={() => void signOut()}>
          Đăng xuất
        </button>
      </p>
    </Dialog>
  );
}
