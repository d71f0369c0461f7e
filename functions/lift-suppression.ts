import { clock, councils, organisations, suppressions } from '../shared/adapters';
import { makeLiftSuppression } from '../shared/app/reports/suppressed-addresses';
import { idempotentHandler } from '../shared/http/idempotent-handler';
import { liftSuppression } from '../shared/http/routes/reports';
import { compose } from '../shared/runtime';

const lift = compose(makeLiftSuppression, { organisations, councils, suppressions, clock });

export const handler = idempotentHandler(liftSuppression, ({ principal, body }) => lift(principal, body));
