import { makeListSuppressedAddresses } from '../shared/app/reports/suppressed-addresses';
import { httpHandler } from '../shared/http/http-handler';
import { listSuppressedAddresses } from '../shared/http/routes/reports';
import { makeDynamoSuppressionList } from '../shared/mail/dynamo/suppression-list';
import { runtime } from '../shared/runtime';

const { ports, dynamodb, env } = runtime();
const list = makeListSuppressedAddresses({
  ...ports,
  suppressions: makeDynamoSuppressionList({ client: dynamodb, tableName: env.TABLE_NAME }),
});

export const handler = httpHandler(listSuppressedAddresses, ({ principal }) => list(principal));
