/** Portal roles (procedure.md §1.1). */
export const ROLES = [
  'citizen',
  'business_user',
  'business_admin',
  'officer',
  'supervisor',
  'legal_reviewer',
  'administrator',
  'system',
] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ['officer', 'supervisor', 'legal_reviewer'];
export const BUSINESS_ROLES: readonly Role[] = ['business_user', 'business_admin'];

export const isStaffRole = (role: Role): boolean => STAFF_ROLES.includes(role);
export const isBusinessRole = (role: Role): boolean => BUSINESS_ROLES.includes(role);
