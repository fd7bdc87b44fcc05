/**
 * How many prefecture-level cities a province ranks its cities among, by the first two digits
 * of a city's code (GB/T 2260): a rank of 16 in 安徽 is the last, which reports write 末位.
 * Only provinces whose rankings are of exactly their prefecture-level divisions are listed.
 * Left out: the municipalities (no cities to rank), 河南 (ranked among 18 with 济源), 湖北 (17
 * 市州 with the cities it administers directly), 海南 (ranked by 市县), 陕西 (often with 杨凌)
 * and 新疆; there a rank stays its number.
 */
const PROVINCES: Record<string, { name: string, cities: number }> = {
  13: { name: '河北省', cities: 11 },
  14: { name: '山西省', cities: 11 },
  15: { name: '内蒙古自治区', cities: 12 }, // 9 市, 3 盟
  21: { name: '辽宁省', cities: 14 },
  22: { name: '吉林省', cities: 9 }, // 8 市, 延边州
  23: { name: '黑龙江省', cities: 13 }, // 12 市, 大兴安岭地区
  32: { name: '江苏省', cities: 13 },
  33: { name: '浙江省', cities: 11 },
  34: { name: '安徽省', cities: 16 },
  35: { name: '福建省', cities: 9 },
  36: { name: '江西省', cities: 11 },
  37: { name: '山东省', cities: 16 },
  43: { name: '湖南省', cities: 14 },
  44: { name: '广东省', cities: 21 },
  45: { name: '广西壮族自治区', cities: 14 },
  51: { name: '四川省', cities: 21 },
  52: { name: '贵州省', cities: 9 },
  53: { name: '云南省', cities: 16 },
  54: { name: '西藏自治区', cities: 7 },
  62: { name: '甘肃省', cities: 14 },
  63: { name: '青海省', cities: 8 },
  64: { name: '宁夏回族自治区', cities: 5 },
}

/** A province of the list by its code (340000), with the number of cities it ranks; undefined for one left out. */
export function provinceByCode(code: string): { code: string, name: string, cities: number } | undefined {
  const province = /^[1-9][0-9]0000$/.test(code) ? PROVINCES[code.slice(0, 2)] : undefined
  return province && { code, ...province }
}

/** The number of cities the city's province ranks, or null where that is not known for certain. */
export function citiesRankedInProvince(cityCode: string): number | null {
  return PROVINCES[cityCode.slice(0, 2)]?.cities ?? null
}
