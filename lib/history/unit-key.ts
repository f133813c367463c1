/**
 * Which saved documents are of the same unit. Titles name a unit in several ways: "XX中心" and
 * "XX中心（本级）", "XX局部门决算" and "XX局单位预算" (detect.ts already strips the kind words), with or
 * without spaces, full-width or half-width brackets, with or without the province-level prefix
 * ("重庆市綦江区XX" and "綦江区XX"). The key keeps everything else: two units that differ in any other
 * character are different units (a false match would compare unrelated figures).
 */

/** Province-level names that may be dropped before a lower-level region ("重庆市綦江区…" → "綦江区…"). */
const PROVINCE_PREFIX = /^(北京市|天津市|上海市|重庆市|[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,8}?自治区)(?=[\u4e00-\u9fff]{2,6}?(市|区|县|旗|州|盟))/;
const SCOPE_SUFFIX = /(\(本级\)|本级|\(部门\)|部门|单位|\(汇总\)|汇总)$/;

export function unitKey(name: string | null | undefined): string {
  if (!name) return '';
  let key = name
    .normalize('NFKC')
    .replace(/[\s\u3000“”"'‘’《》〈〉·•]/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
  for (let i = 0; i < 4; i++) {
    const before = key;
    key = key.replace(SCOPE_SUFFIX, '');
    if (key === before) break;
  }
  key = key.replace(PROVINCE_PREFIX, '');
  return key.length >= 2 ? key : '';
}

export function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = unitKey(a);
  return x !== '' && x === unitKey(b);
}
