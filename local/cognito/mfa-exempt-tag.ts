/**
 * A local-only pool tag listing who may sign in without MFA in a pool that requires it: `*`, an
 * exact email, or `*@domain`, comma-separated. `npm start` puts the demo domain there unless
 * TDKT_DEMO_MFA=required (README); AWS pools never carry it, so deployed MFA stays required.
 */
export const MFA_EXEMPT_TAG = 'tdkt-local:mfa-exempt';
