/** A council seat as people read it: the council's screens, its meeting records. */
export const COUNCIL_SEAT_LABELS = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  secretary: 'Thư ký Hội đồng',
  member: 'Ủy viên',
} as const;
