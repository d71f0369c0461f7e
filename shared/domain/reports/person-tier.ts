/**
 * The groups the sector's statistical forms count individuals in (Biểu 0602.N, 0603.N of Thông tư
 * 02/2023/TT-BNV): by the post the person holds. The directory keeps a position as written
 * ("Phó Giám đốc Sở", "Trưởng phòng Tổ chức cán bộ") and whether it is a leadership post, so the
 * group is read from those two facts; a person with neither counts as working directly
 * (người trực tiếp công tác), the form's last group.
 */
import { fold } from '../imports/fold';

export const PERSON_TIERS = [
  'province_leader',
  'department_leader',
  'entrepreneur',
  'other_leader',
  'worker',
] as const;
export type PersonTier = (typeof PERSON_TIERS)[number];

export const PERSON_TIER_LABELS: Readonly<Record<PersonTier, string>> = {
  province_leader: 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên',
  department_leader: 'Lãnh đạo cấp vụ, sở, ngành và tương đương',
  entrepreneur: 'Doanh nhân',
  other_leader: 'Các cấp lãnh đạo khác từ phó phòng trở lên',
  worker:
    'Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân,...)',
};

/** Chủ tịch / Phó Chủ tịch UBND, HĐND tỉnh; Bí thư, Phó Bí thư tỉnh ủy: the province's leaders. */
const PROVINCE_LEADER =
  /^(pho )?(chu tich (ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan) (tinh|thanh pho)|bi thu (tinh uy|thanh uy))\b/;
/** Giám đốc / Phó Giám đốc Sở, Trưởng / Phó Trưởng ban of the province, and their equals. */
const DEPARTMENT_LEADER =
  /^(pho )?(giam doc|truong ban|chanh thanh tra tinh|chanh van phong (ubnd|uy ban nhan dan) tinh)\b(?!.*\b(trung tam|chi cuc|phong)\b)/;
/** Chủ doanh nghiệp, Giám đốc công ty, Chủ tịch HĐQT: the form's entrepreneurs. */
const ENTREPRENEUR =
  /^(chu doanh nghiep|doanh nhan|(pho )?(tong )?giam doc (cong ty|doanh nghiep)|chu tich (hoi dong quan tri|hdqt|cong ty))\b/;
/** From Phó phòng up: trưởng, phó, chánh, giám đốc, chủ tịch of a lower body. */
const OTHER_LEADER =
  /^(pho |truong |chanh |giam doc|chu tich|chi cuc truong|pho chi cuc truong|ke toan truong)/;

/**
 * The group of a person holding `position` (`holdsLeadershipPost` as the directory records it).
 * Read from the position's words, diacritics and case aside; a leadership post whose words name
 * no level counts from Phó phòng up.
 */
export function personTier(
  position: string | undefined,
  holdsLeadershipPost: boolean | undefined,
): PersonTier {
  const words = fold(position ?? '');
  if (ENTREPRENEUR.test(words)) return 'entrepreneur';
  if (PROVINCE_LEADER.test(words)) return 'province_leader';
  if (DEPARTMENT_LEADER.test(words)) return 'department_leader';
  if (OTHER_LEADER.test(words) || holdsLeadershipPost === true) return 'other_leader';
  return 'worker';
}
