import { httpHandler } from '../shared/http/http-handler';
import { getMe } from '../shared/http/routes/session';

export const handler = httpHandler(getMe, async ({ principal }) => principal);
