/**
 * How many prefecture-level cities a province ranks its cities among, by the first two digits
 * of a city's code (GB/T 2260): a rank of 16 in 安徽 is the last, which reports write 末位.
 * Only provinces whose rankings are of exactly their prefecture-level divisions are listed.
 * Left out: the municipalities (no cities to rank), 河南 (ranked among 18 with 济源), 湖北 (17
 * 市州 with the cities it administers directly), 海南 (ranked by 市县), 陕西 (often with 杨凌)
 * and 新疆; there a rank stays its number.
 */
const PREFECTURES: Record<string, number> = {
  13: 11, // 河北
  14: 11, // 山西
  15: 12, // 内蒙古: 9 市, 3 盟
  21: 14, // 辽宁
  22: 9, // 吉林: 8 市, 延边州
  23: 13, // 黑龙江: 12 市, 大兴安岭地区
  32: 13, // 江苏
  33: 11, // 浙江
  34: 16, // 安徽
  35: 9, // 福建
  36: 11, // 江西
  37: 16, // 山东
  43: 14, // 湖南
  44: 21, // 广东
  45: 14, // 广西
  51: 21, // 四川
  52: 9, // 贵州
  53: 16, // 云南
  54: 7, // 西藏
  62: 14, // 甘肃
  63: 8, // 青海
  64: 5, // 宁夏
}

/** The number of cities the city's province ranks, or null where that is not known for certain. */
export function citiesRankedInProvince(cityCode: string): number | null {
  return PREFECTURES[cityCode.slice(0, 2)] ?? null
}
