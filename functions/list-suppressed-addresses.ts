import { councils, organisations, suppressions } from '../shared/adapters';
import { makeListSuppressedAddresses } from '../shared/app/reports/suppressed-addresses';
import { httpHandler } from '../shared/http/http-handler';
import { listSuppressedAddresses } from '../shared/http/routes/reports';
import { compose } from '../shared/runtime';

const list = compose(makeListSuppressedAddresses, { organisations, councils, suppressions });

export const handler = httpHandler(listSuppressedAddresses, ({ principal }) => list(principal));
