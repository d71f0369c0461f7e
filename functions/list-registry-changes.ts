import { changeLog } from '../shared/adapters';
import { makeListRegistryChanges } from '../shared/app/directory/registry-changes';
import { httpHandler } from '../shared/http/http-handler';
import { listRegistryChanges } from '../shared/http/routes/directory';
import { compose } from '../shared/runtime';

const list = compose(makeListRegistryChanges, { changeLog });

export const handler = httpHandler(listRegistryChanges, ({ principal, query }) => {
  const { entity, id, cursor, limit } = query;
  return list(principal, entity, id, { ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) });
});
