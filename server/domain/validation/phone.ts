/** Phone rule of procedure.md §2.2: mobile, landline or international. */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const INTERNATIONAL = /^\+\d{6,15}$/;

export const phoneValid = (v: string): boolean => {
  const s = v.trim();
  return MOBILE.test(s) || LANDLINE.test(s) || INTERNATIONAL.test(s);
};
