/**
 * Whom a transition notifies, as categories: the notifier resolves them to addresses (the unit's
 * officers, the nominee's email when known, the council's members, the Sở secretariat, the
 * province's TĐKT officers). The domain never handles addresses.
 */
export const NOTIFY_CATEGORIES = [
  'submitting_unit',
  'nominee',
  'council_members',
  'secretariat',
  'province_officers',
] as const;
export type NotifyCategory = (typeof NOTIFY_CATEGORIES)[number];
