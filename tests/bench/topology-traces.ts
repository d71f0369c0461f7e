/**
 * Two synthetic days of a province's traffic, deterministic (seeded), for the topology benchmark:
 * an ordinary working day (a few officials at a time) and a deadline day (hundreds of users at
 * the review deadline). A user's session is a run of screens with 10–60 s of thinking between
 * them; a screen calls 1–4 routes at once, as the web app does.
 */

/** One screen of the web app and the routes it calls together when it opens. */
export interface Screen {
  readonly name: string;
  readonly routes: readonly string[];
}

/** What each kind of user opens, with how often (weights). */
const UNIT_OFFICER: readonly (readonly [Screen, number])[] = [
  [{ name: 'home', routes: ['get-me', 'list-unit-nominations', 'list-campaigns'] }, 3],
  [{ name: 'new draft', routes: ['create-nomination-draft'] }, 2],
  [{ name: 'draft saved', routes: ['update-nomination-draft'] }, 6],
  [{ name: 'draft page', routes: ['get-nomination', 'list-dossier-files', 'list-persons'] }, 3],
  [{ name: 'upload a file', routes: ['request-file-upload', 'record-dossier-file'] }, 4],
  [{ name: 'send', routes: ['submit-nomination'] }, 2],
  [{ name: 'list proposal', routes: ['list-persons', 'list-units'] }, 1],
  [{ name: 'list check', routes: ['preview-nomination-list'] }, 1],
  [{ name: 'list send', routes: ['submit-nomination-list'] }, 0.5],
  [{ name: 'shared document', routes: ['request-unit-file-upload', 'record-unit-file'] }, 1],
  [{ name: 'campaign progress', routes: ['get-campaign-progress'] }, 0.5],
  [{ name: 'person', routes: ['get-person'] }, 1],
  [{ name: 'timeline', routes: ['get-nomination-timeline'] }, 0.5],
];

const SECRETARY: readonly (readonly [Screen, number])[] = [
  [{ name: 'home', routes: ['get-me', 'list-secretariat-queue'] }, 2],
  [{ name: 'queue', routes: ['list-secretariat-queue', 'list-units'] }, 3],
  [
    {
      name: 'dossier',
      routes: ['get-nomination', 'list-dossier-files', 'get-nomination-timeline'],
    },
    4,
  ],
  [{ name: 'open a file', routes: ['get-dossier-file-link'] }, 3],
  [{ name: 'accept', routes: ['accept-nomination'] }, 3],
  [{ name: 'return', routes: ['return-nomination'] }, 1],
  [{ name: 'quota', routes: ['list-quota-use'] }, 0.5],
  [{ name: 'meetings', routes: ['list-meetings', 'get-council'] }, 0.5],
  [{ name: 'decisions', routes: ['list-decisions', 'list-council-queue'] }, 0.5],
];

const COUNCIL_MEMBER: readonly (readonly [Screen, number])[] = [
  [{ name: 'home', routes: ['get-me', 'list-meetings'] }, 1],
  [{ name: 'meeting', routes: ['get-meeting'] }, 2],
  [{ name: 'vote', routes: ['cast-vote'] }, 3],
];

const PROVINCE_OFFICER: readonly (readonly [Screen, number])[] = [
  [{ name: 'home', routes: ['get-me', 'list-province-queue'] }, 2],
  [{ name: 'dossier', routes: ['get-nomination', 'list-dossier-files', 'get-nomination-timeline'] }, 3],
  [{ name: 'receive', routes: ['receive-nomination'] }, 2],
  [{ name: 'appraise', routes: ['appraise-nomination'] }, 2],
  [{ name: 'meetings', routes: ['list-province-meetings', 'get-province-meeting'] }, 0.5],
];

const ADMIN: readonly (readonly [Screen, number])[] = [
  [{ name: 'users', routes: ['get-me', 'list-users'] }, 2],
  [{ name: 'directory', routes: ['list-organisations', 'list-units', 'list-persons'] }, 2],
  [{ name: 'person', routes: ['get-person', 'list-registry-changes'] }, 1],
];

export type Role = 'unit' | 'secretary' | 'member' | 'province' | 'admin';
const SCREENS: Readonly<Record<Role, readonly (readonly [Screen, number])[]>> = {
  unit: UNIT_OFFICER,
  secretary: SECRETARY,
  member: COUNCIL_MEMBER,
  province: PROVINCE_OFFICER,
  admin: ADMIN,
};

/** Every route a screen calls, to check the traces against the route table. */
export const TRACE_ROUTES: ReadonlySet<string> = new Set(
  Object.values(SCREENS).flatMap((screens) => screens.flatMap(([s]) => s.routes)),
);

/** A screen opened at `at` (ms from the day's start): its routes are called together. */
export interface ScreenVisit {
  readonly at: number;
  readonly user: number;
  readonly screen: Screen;
}

export interface Day {
  readonly name: string;
  readonly description: string;
  readonly visits: readonly ScreenVisit[];
}

/** mulberry32: a small seeded generator, so every run simulates the very same day. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function pick<T>(rand: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let x = rand() * total;
  for (const [item, w] of weighted) {
    x -= w;
    if (x <= 0) return item;
  }
  return (weighted.at(-1) as readonly [T, number])[0];
}

interface SessionPlan {
  readonly role: Role;
  /** When the session starts, ms from the day's start. */
  readonly start: number;
  readonly screens: number;
}

function visitsOf(rand: () => number, plans: readonly SessionPlan[]): ScreenVisit[] {
  const visits: ScreenVisit[] = [];
  plans.forEach((plan, user) => {
    let at = plan.start;
    for (let i = 0; i < plan.screens; i++) {
      visits.push({ at, user, screen: pick(rand, SCREENS[plan.role]) });
      at += (10 + rand() * 50) * 1000; // 10–60 s of thinking
    }
  });
  return visits.sort((a, b) => a.at - b.at);
}

/**
 * An ordinary working day, 08:00–17:00: officials come and go, 2–3 at a time on average — unit
 * officers drafting, the Sở's secretary working the queue, now and then a council member, the
 * province's officer, the admin.
 */
export function ordinaryDay(seed = 2026): Day {
  const rand = random(seed);
  const plans: SessionPlan[] = [];
  const roles: readonly (readonly [Role, number])[] = [
    ['unit', 6],
    ['secretary', 2],
    ['member', 1],
    ['province', 1],
    ['admin', 0.5],
  ];
  for (let i = 0; i < 40; i++)
    plans.push({ role: pick(rand, roles), start: rand() * 9 * HOUR, screens: 4 + Math.floor(rand() * 12) });
  return {
    name: 'ordinary day',
    description: '40 sessions over 9 hours (2–3 users at a time), 4–15 screens each',
    visits: visitsOf(rand, plans),
  };
}

/**
 * A province's deadline day: 300 unit officers send their dossiers between 08:00 and 17:00, most
 * of them in two waves (before lunch, before closing); the Sở's secretaries and councils work
 * alongside.
 */
export function deadlineDay(seed = 1512): Day {
  const rand = random(seed);
  const plans: SessionPlan[] = [];
  const wave = () => {
    // Two waves: 09:00–11:30 and 14:00–16:30, a few early and late ones around them.
    const r = rand();
    if (r < 0.45) return (1 + rand() * 2.5) * HOUR;
    if (r < 0.9) return (6 + rand() * 2.5) * HOUR;
    return rand() * 9 * HOUR;
  };
  for (let i = 0; i < 300; i++)
    plans.push({ role: 'unit', start: wave(), screens: 10 + Math.floor(rand() * 21) });
  for (let i = 0; i < 30; i++)
    plans.push({ role: 'secretary', start: rand() * 8 * HOUR, screens: 20 + Math.floor(rand() * 20) });
  for (let i = 0; i < 40; i++)
    plans.push({ role: 'member', start: rand() * 8 * HOUR, screens: 5 + Math.floor(rand() * 10) });
  for (let i = 0; i < 10; i++)
    plans.push({ role: 'province', start: rand() * 8 * HOUR, screens: 10 + Math.floor(rand() * 20) });
  return {
    name: 'deadline day',
    description: '300 unit officers in two waves, 30 secretaries, 40 council members, 10 province officers',
    visits: visitsOf(rand, plans),
  };
}
