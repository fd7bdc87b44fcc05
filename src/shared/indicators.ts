/**
 * Numeric targets in a task's title ("地区生产总值增长6.5%以上"), the matching
 * figure in a lead unit's progress text ("一季度,增长6.4%,增速居全省第6位"), and
 * a conservative comparison of the two.
 *
 * Everything here reads text that people typed into reports, so the rule
 * throughout is: when a construction cannot be read safely, return nothing
 * rather than a figure that might be wrong. A missing target or actual only
 * costs a suggestion; an invented one puts a false claim into a government report.
 */
import type { ProgressStatus } from './values.js'

export type Comparator = 'gte' | 'lte' | 'approx' | 'eq'

export interface Target {
  metric: string
  /** the change the value measures (增长, 下降, 提升, 涨幅 …); null for a level or a count */
  measure: string | null
  comparator: Comparator
  /** false when the title writes no 以上/以下/左右/不少于 … and the comparator is our reading */
  comparatorWritten: boolean
  value: number
  unit: string
  text: string
}

export interface Actual {
  /** the subject the progress text gives the figure; null when the figure stands alone ("一季度,增长6.4%") */
  metric: string | null
  /** the measure `value` is expressed in: the target's when one was given, else 增长 for a change */
  measure: string | null
  value: number
  unit: string
  text: string
}

export interface Rank { position: number | 'last', scope: string, text: string }

// ---------------------------------------------------------------------------
// Text normalisation

const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0E\uFF0D\uFF0B]/g

/**
 * Strips HTML remnants, folds full-width digits and signs, and drops the stray
 * spaces reports put around numbers ("增长 8%左右", "第 13 位"). A space between
 * two ASCII tokens is kept ("PM2.5 59.4") except inside a broken integer
 * ("1 00" is 100), which is joined.
 */
function normalize(raw: string): string {
  const s = raw
    .replace(/<[^>]*>/g, '')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
    .replace(/[\u2212\u2013]/g, '-')
  return s.replace(/[\s\u00a0\u3000]+/g, (gap, offset: number) => {
    const before = s.slice(0, offset)
    const after = s[offset + gap.length] ?? ''
    const last = before.at(-1) ?? ''
    // "2. 520公里": a list marker, not 2.520.
    if (last === '.' && /\d\.$/.test(before) && /\d/.test(after)) return ' '
    if (!/[A-Za-z0-9]/.test(last) || !/[A-Za-z0-9]/.test(after)) return ''
    const brokenInteger = /(?:^|[^A-Za-z0-9.])\d+$/.test(before) && /\d/.test(after)
    return brokenInteger ? '' : ' '
  })
}

/**
 * normalize, keeping where each character came from in the raw text: the text and, for each of
 * its characters, its index in `raw`. What a span found in the text covers in the raw one.
 */
function normalizeMapped(raw: string): { text: string, origin: number[] } {
  const chars: string[] = []
  const from: number[] = []
  for (let i = 0; i < raw.length; i++) {
    const close = raw[i] === '<' ? raw.indexOf('>', i + 1) : -1
    if (close >= 0 && !raw.slice(i + 1, close).includes('<')) { i = close; continue }
    let c = raw[i]!
    if (FULL_WIDTH_CHAR.test(c)) c = String.fromCharCode(c.charCodeAt(0) - 0xFEE0)
    else if (c === '\u2212' || c === '\u2013') c = '-'
    chars.push(c)
    from.push(i)
  }
  const s = chars.join('')
  const out: string[] = []
  const origin: number[] = []
  for (let k = 0; k < s.length; k++) {
    if (!SPACE_CHAR.test(s[k]!)) { out.push(s[k]!); origin.push(from[k]!); continue }
    let end = k
    while (end < s.length && SPACE_CHAR.test(s[end]!)) end++
    const before = s.slice(0, k)
    const after = s[end] ?? ''
    const last = before.at(-1) ?? ''
    let keep: boolean
    if (last === '.' && /\d\.$/.test(before) && /\d/.test(after)) keep = true
    else if (!/[A-Za-z0-9]/.test(last) || !/[A-Za-z0-9]/.test(after)) keep = false
    else keep = !(/(?:^|[^A-Za-z0-9.])\d+$/.test(before) && /\d/.test(after))
    if (keep) { out.push(' '); origin.push(from[k]!) }
    k = end - 1
  }
  return { text: out.join(''), origin }
}
const FULL_WIDTH_CHAR = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0E\uFF0D\uFF0B]/
const SPACE_CHAR = /[\s\u00a0\u3000]/

// ---------------------------------------------------------------------------
// Numbers with units

const SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 }
const PERCENT_UNITS = ['个百分点', '百分点', '%']
const BASE_UNITS = [
  '微克/立方米', '平方公里', '平方米', '立方米', '千瓦时', '千瓦', '公里', '千米', '人民币', '美元', '元',
  '人次', '户次', '家次', '人', '户', '家', '个', '项', '件', '所', '座', '亩', '吨', '台', '套', '辆',
  '场', '次', '条', '批', '名', '款', '张', '床', '间', '栋', '处', '部',
]
const UNIT = `(?:${PERCENT_UNITS.join('|')}|[十百千万亿]*(?:${BASE_UNITS.map(escapeSlash).join('|')}))`
// A number is not one when it is part of a code (S63, PM2.5, 5G), a range (1-5月) or a rank (第6位).
const NUMBER = '(?<![\\dA-Za-z.\\-第])(-?\\d+(?:\\.\\d+)?)'

function escapeSlash(s: string): string { return s.replace(/[/]/g, '\\/') }

interface UnitScale { base: string, factor: number }

export function unitScale(unit: string): UnitScale {
  if (unit === '%') return { base: '%', factor: 1 }
  if (unit === '个百分点' || unit === '百分点') return { base: 'pp', factor: 1 }
  let factor = 1
  let i = 0
  // 千瓦 and 千米 are units of their own, not 千 × 瓦.
  while (i < unit.length && SCALES[unit[i]!] !== undefined && !BASE_UNITS.includes(unit.slice(i))) {
    factor *= SCALES[unit[i]!]!
    i++
  }
  return { base: unit.slice(i), factor }
}

export function isRate(unit: string): boolean {
  const { base } = unitScale(unit)
  return base === '%' || base === 'pp'
}

// ---------------------------------------------------------------------------
// Measures and comparators

const RISING = ['增长', '增加', '提高', '提升', '上升', '涨幅', '增幅', '增速']
const FALLING = ['下降', '减少', '降低', '回落', '下滑', '降幅']
const MEASURES = [...RISING, ...FALLING]
const GTE_PREFIXES = ['不少于', '不低于', '突破', '超过', '至少']
const LTE_PREFIXES = ['不超过', '不高于', '控制在']
// Words that introduce a level without saying which side of it is wanted.
const LEVEL_PREFIXES = ['提高到', '提升到', '提高至', '提升至', '降低到', '下降到', '降至', '稳定在', '保持在', '达到', '达', '为']
const PREFIXES = [...GTE_PREFIXES, ...LTE_PREFIXES, ...LEVEL_PREFIXES].sort((a, b) => b.length - a.length)
const SUFFIXES = ['以上', '以下', '以内', '左右']

/** +1 for a measure of rise, -1 for one of fall, 0 for a level */
export function direction(measure: string | null): number {
  if (measure === null) return 0
  if (RISING.includes(measure)) return 1
  if (FALLING.includes(measure)) return -1
  return 0
}

// Metrics where more is worse: with no comparator written, their figure reads as a ceiling.
const LOWER_IS_BETTER = /失业率|价格|物价|CPI|能耗|排放|浓度|事故|死亡|发案|负债率|空置/

function readComparator(metric: string, measure: string | null, prefix: string | undefined, suffix: string | undefined): { comparator: Comparator, comparatorWritten: boolean } {
  if (suffix === '以上') return { comparator: 'gte', comparatorWritten: true }
  if (suffix === '以下' || suffix === '以内') return { comparator: 'lte', comparatorWritten: true }
  if (suffix === '左右') return { comparator: 'approx', comparatorWritten: true }
  if (prefix !== undefined && GTE_PREFIXES.includes(prefix)) return { comparator: 'gte', comparatorWritten: true }
  if (prefix !== undefined && LTE_PREFIXES.includes(prefix)) return { comparator: 'lte', comparatorWritten: true }
  // Nothing written. An annual list states growth and count targets as the
  // figure to reach ("一般公共预算收入增长5%", "新增限上商贸单位130家"), so we
  // read them as minimums, and say so with comparatorWritten = false. A level
  // of something where more is worse (失业率, 价格涨幅, 能耗) reads as a ceiling
  // instead; a fall ("能耗下降3%") is a minimum fall. 'eq' is never inferred.
  if (direction(measure) >= 0 && LOWER_IS_BETTER.test(metric)) return { comparator: 'lte', comparatorWritten: false }
  return { comparator: 'gte', comparatorWritten: false }
}

// ---------------------------------------------------------------------------
// Targets

const alt = (words: string[]): string => words.join('|')
const TARGET_CLAUSE = new RegExp(
  `^(.+?)(${alt(MEASURES)})?(${alt(PREFIXES)})?(?<![\\dA-Za-z.\\-])(-?\\d+(?:\\.\\d+)?)(${UNIT})(${alt(SUFFIXES)})?(?:的?目标(?:任务)?)?$`,
)
const VALUE_ITEM = new RegExp(`^(-?\\d+(?:\\.\\d+)?)(${UNIT})(${alt(SUFFIXES)})?$`)
const LIST_CONNECTOR = new RegExp(`(分别|均)(?=(?:${alt(MEASURES)}|${alt(PREFIXES)}|-?\\d))`)
const LEADING_FILLER = /^(?:其中|全年|年内|力争|确保|完成|实现|累计|全市|我市)+/

function cleanMetric(metric: string): string {
  return metric.replace(LEADING_FILLER, '').replace(/的$/, '')
}

function isWordOnly(metric: string): boolean {
  return metric === '' || MEASURES.includes(metric) || PREFIXES.includes(metric)
}

/**
 * The numeric targets a task's title sets. A clause yields a target only when
 * it ends in the figure ("…产业规模突破1000亿元"); a number in mid-clause
 * ("加快推进…等60个项目建设") is a scope, not a target, and is left alone.
 */
export function extractTargets(taskTitle: string): Target[] {
  const targets: Target[] = []
  for (const sentence of normalize(taskTitle).split(/[。；;！!？?\n]/)) {
    for (const clause of sentence.split(/[，,：:]/)) {
      if (clause === '') continue
      if (LIST_CONNECTOR.test(clause) && clause.slice(0, clause.search(LIST_CONNECTOR)).includes('、')) {
        targets.push(...listTargets(clause))
        continue
      }
      targets.push(...enumerationTargets(clause.split('、')))
    }
  }
  return targets
}

/**
 * "城镇新增就业1.3万人、调查失业率控制在5.5%以内" is two targets. In
 * "新建口袋公园、街头游园15个" the figure counts both items, so items without a
 * figure of their own join the metric of the next item that has one.
 */
function enumerationTargets(parts: string[]): Target[] {
  const targets: Target[] = []
  let pending: string[] = []
  for (const part of parts) {
    const target = clauseTarget(part)
    if (target === null) {
      pending = /\d/.test(part) ? [] : [...pending, part]
      continue
    }
    if (pending.length > 0) {
      const metric = cleanMetric([...pending, target.metric].join('、'))
      targets.push({ ...target, metric, text: [...pending, part].join('、') })
    } else {
      targets.push(target)
    }
    pending = []
  }
  return targets
}

function clauseTarget(text: string): Target | null {
  const m = TARGET_CLAUSE.exec(text)
  if (!m) return null
  const [, rawMetric = '', measure, prefix, value = '', unit = '', suffix] = m
  const metric = cleanMetric(rawMetric)
  if (isWordOnly(metric)) return null
  return { metric, measure: measure ?? null, ...readComparator(metric, measure ?? null, prefix, suffix), value: Number(value), unit, text }
}

/**
 * "进出口总额、外商直接投资分别增长15%以上、20%以上" and "项目数、资金额均增长15%以上":
 * several metrics sharing one sentence. Each value is paired with its metric
 * only when the counts line up and every value reads cleanly.
 */
function listTargets(text: string): Target[] {
  const at = text.search(LIST_CONNECTOR)
  const connector = text.slice(at, at + (text.startsWith('分别', at) ? 2 : 1))
  const items = text.slice(0, at).split('、')
  const rest = text.slice(at + connector.length)
  const head = new RegExp(`^(${alt(MEASURES)})?(${alt(PREFIXES)})?`).exec(rest)
  const measure = head?.[1]
  const prefix = head?.[2]
  const values = rest.slice(head?.[0].length ?? 0).split(/、|和|及/).map((v) => VALUE_ITEM.exec(v))
  if (values.some((v) => v === null)) return []
  if (connector === '分别' ? values.length !== items.length : values.length !== 1) return []
  const metrics = listMetrics(items)
  if (metrics === null) return []
  return metrics.map((metric, i) => {
    const [, value = '', unit = '', suffix] = values[connector === '分别' ? i : 0]!
    return { metric, measure: measure ?? null, ...readComparator(metric, measure ?? null, prefix, suffix), value: Number(value), unit, text }
  })
}

// "引进亿元以上、50亿元以上、100亿元以上工业项目": the verb belongs to every item
// and so does the noun after the last qualifier.
const QUALIFIER = /^(.*?)((?:\d+(?:\.\d+)?)?[十百千万亿]*元以(?:上|下))(.*)$/

function listMetrics(items: string[]): string[] | null {
  if (items.every((item) => !/\d/.test(item))) {
    const metrics = items.map(cleanMetric)
    return metrics.some(isWordOnly) ? null : metrics
  }
  const parts = items.map((item) => QUALIFIER.exec(item))
  if (parts.some((p) => p === null)) return null
  const verb = parts[0]![1]!
  const noun = parts.at(-1)![3]!
  const shapeOk = noun !== '' && parts.every((p, i) => (i === 0 || p![1] === '') && (i === parts.length - 1 || p![3] === ''))
  if (!shapeOk) return null
  return parts.map((p) => cleanMetric(verb + p![2] + noun))
}

// ---------------------------------------------------------------------------
// Figures in progress text

interface Figure {
  index: number
  value: number
  unit: string
  /** the change word right before the number (同比增长 16.7%), null for a level */
  measure: string | null
  text: string
  /** the figure's subject ("一般公共预算收入"), '' when the figure stands alone */
  subject: string
  /** how many characters of text come before the number (the change word) */
  prefix: number
  sentenceEnd: number
}

const FIGURE = new RegExp(`${NUMBER}(${UNIT})(?!以上|以下)`, 'g')
const FIRST_FIGURE = new RegExp(FIGURE.source)
const MEASURE_BEFORE = new RegExp(`(${alt(MEASURES)})(?:了|为|达到|达|约|分别)?$`)
const SENTENCE_END = /[。；;！!？?\n]/
const CLAUSE_BREAK = /[，,、：:]/
const TIME_OR_FILLER = /^(?:(?:今年)?[一二三四1-4]季度|上半年|下半年|前三季度|全年|今年以来|年初以来|目前|截至|截止|至今|\d+(?:-\d+)?月份?(?:底|末)?|\d+日|以来|累计|全市|我市|全县|其中|共|实现|完成)+/
// Words between a subject and its figure: "收入同比增长", "指数累计涨幅为", "收入完成".
const SUBJECT_TAIL = new RegExp(`(?:${alt([...MEASURES, '同比', '环比', '累计', '预计', '较上年同期', '较上年', '较去年同期', '较去年', '较年初', '分别', '约', '达到', '达', '为', '是', '完成', '实现', '共', '已', '了', '合计', '总计'])})$`)

function subjectOf(clauseBeforeFigure: string): string {
  let s = clauseBeforeFigure.replace(TIME_OR_FILLER, '')
  for (let prev = ''; prev !== s;) {
    prev = s
    s = s.replace(SUBJECT_TAIL, '')
  }
  return s
}

function findFigures(text: string): Figure[] {
  const figures: Figure[] = []
  for (const m of text.matchAll(FIGURE)) {
    const index = m.index
    const end = index + m[0].length
    const sentenceStart = lastIndexOf(text, SENTENCE_END, index) + 1
    const nextStop = text.slice(end).search(SENTENCE_END)
    const sentenceEnd = nextStop === -1 ? text.length : end + nextStop
    const before = text.slice(sentenceStart, index)
    const measureMatch = MEASURE_BEFORE.exec(before)
    const measure = measureMatch?.[1] ?? null
    figures.push({
      index, value: Number(m[1]), unit: m[2]!, measure,
      text: (measureMatch?.[0] ?? '') + m[0],
      prefix: measureMatch?.[0].length ?? 0,
      subject: resolveSubject(text, sentenceStart, index),
      sentenceEnd,
    })
  }
  return figures
}

function lastIndexOf(text: string, re: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (re.test(text[i]!)) return i
  return -1
}

/**
 * Walks back from a figure through the clauses of its sentence to the first
 * that names a subject: "一般公共预算收入完成51.36亿元、增长4%" gives 增长4% the
 * subject 一般公共预算收入; "一季度,增长6.4%" gives none.
 */
function resolveSubject(text: string, sentenceStart: number, figureIndex: number): string {
  const clauses = text.slice(sentenceStart, figureIndex).split(CLAUSE_BREAK)
  const own = subjectOf(clauses.pop() ?? '')
  if (own !== '') return own
  while (clauses.length > 0) {
    const clause = clauses.pop()!
    const first = FIRST_FIGURE.exec(clause)
    const subject = subjectOf(first ? clause.slice(0, first.index) : clause)
    if (subject !== '') return subject
  }
  return ''
}

function canonical(name: string): string {
  return name
    .replace(/[“”"‘’'《》\s]/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/规模以上/g, '规上')
    .replace(/限额以上/g, '限上')
    .replace(TIME_OR_FILLER, '')
}

/** Same metric, allowing the text to add a qualifier ("居民消费价格指数") or drop a leading one ("增减挂钩" for "城乡建设用地增减挂钩"). */
export function sameMetric(subject: string, metric: string): boolean {
  const s = canonical(subject)
  const m = canonical(metric)
  if (s === '' || m === '') return false
  // Short names are too loose to match on containment ("竣工" is in "已竣工项目").
  return s === m || (s.includes(m) && m.length >= 4) || (m.endsWith(s) && s.length >= 4)
}

export function unitsCompatible(a: string, b: string): boolean {
  return unitScale(a).base === unitScale(b).base
}

// ---------------------------------------------------------------------------
// Ranks

const RANK = /(?:(增速|增幅|总量|排名)?(?:位居|位列|居|列|排名|排在|排))(全省|全国|全市|全区|全县|省内|皖北|长三角)(?:第(\d+|[一二三四五六七八九十]+)(?:位|名)?|(末位|最后一位|倒数第一))/g
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 16, 十六 → 16; NaN for what is not a number. */
export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  const ten = s.indexOf('十')
  if (ten === -1) return CHINESE_DIGITS[s] ?? NaN
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[s.slice(0, ten)] ?? NaN
  const ones = ten === s.length - 1 ? 0 : CHINESE_DIGITS[s.slice(ten + 1)] ?? NaN
  return tens * 10 + ones
}

function findRanks(text: string): (Rank & { index: number })[] {
  return [...text.matchAll(RANK)].map((m) => ({
    index: m.index,
    position: m[4] !== undefined ? 'last' as const : chineseNumber(m[3]!),
    scope: m[2]!,
    text: m[0],
  })).filter((r) => r.position === 'last' || Number.isInteger(r.position))
}

// ---------------------------------------------------------------------------
// Actuals

/**
 * The figure in a progress text that reports on `target`, with the rank the
 * same sentence gives it. A percent growth target takes the number after
 * 增长/下降 with '%' (so "完成51.36亿元、增长4%" gives 4), 下降 counting as a
 * negative rise. A figure counts when its subject is the target's metric or
 * for a change target, when it stands alone in the sentence ("一季度,增长6.4%");
 * a figure about something else ("规上服务业营业收入预计增长6%" against
 * 服务业增加值) does not. A count or amount must name its subject: a bare
 * "520公里" may be the plan as easily as the result.
 *
 * Without a target, the first percent change is taken. The rank is the first
 * one after the actual in its sentence, so a rank given for another figure is
 * not borrowed; with neither target nor actual, the text's first rank.
 */
export function extractActual(progressText: string, target?: Target): { actual: Actual | null, rank: Rank | null } {
  const text = normalize(progressText)
  const figures = findFigures(text)
  const ranks = findRanks(text)

  let chosen: Figure | undefined
  if (target === undefined) {
    chosen = figures.find((f) => direction(f.measure) !== 0 && f.unit === '%')
  } else {
    const targetDirection = direction(target.measure)
    const candidates = figures.filter((f) => unitsCompatible(f.unit, target.unit) &&
      (targetDirection === 0 ? f.measure === null : direction(f.measure) !== 0))
    chosen = candidates.find((f) => sameMetric(f.subject, target.metric)) ??
      (targetDirection !== 0 ? candidates.find((f) => f.subject === '') : undefined)
  }

  if (chosen === undefined) {
    const general = target === undefined && ranks.length > 0 ? stripIndex(ranks[0]!) : null
    return { actual: null, rank: general }
  }

  const rank = ranks.find((r) => r.index > chosen.index && r.index < chosen.sentenceEnd)
  return { actual: toActual(chosen, target), rank: rank ? stripIndex(rank) : null }
}

function toActual(figure: Figure, target: Target | undefined): Actual {
  const metric = figure.subject === '' ? null : figure.subject
  const signed = direction(figure.measure) === 0 ? figure.value : direction(figure.measure) * figure.value
  if (target !== undefined && direction(target.measure) !== 0) {
    // Expressed in the target's own measure: against 增长, "下降0.7%" is -0.7.
    return { metric, measure: target.measure, value: direction(target.measure) * signed, unit: figure.unit, text: figure.text }
  }
  if (figure.measure !== null && direction(figure.measure) !== 0) {
    return { metric, measure: '增长', value: signed, unit: figure.unit, text: figure.text }
  }
  return { metric, measure: null, value: figure.value, unit: figure.unit, text: figure.text }
}

function stripIndex({ position, scope, text }: Rank & { index: number }): Rank {
  return { position, scope, text }
}

// ---------------------------------------------------------------------------
// Assessment

/**
 * Whether `actual` meets `target`, on the numbers alone. 'unknown' when they
 * are not the same kind of figure (a growth rate against a level, % against
 * 亿元) and for 左右 targets, which carry no agreed tolerance.
 */
export function assessAgainstTarget(target: Target, actual: Actual): 'met' | 'short' | 'unknown' {
  if (!unitsCompatible(target.unit, actual.unit)) return 'unknown'
  const targetDirection = direction(target.measure)
  const actualDirection = direction(actual.measure)
  if ((targetDirection === 0) !== (actualDirection === 0)) return 'unknown'
  const inTargetMeasure = targetDirection === 0 ? actual.value : targetDirection * actualDirection * actual.value
  const a = inTargetMeasure * unitScale(actual.unit).factor
  const t = target.value * unitScale(target.unit).factor
  const epsilon = 1e-9 * Math.max(1, Math.abs(t))
  switch (target.comparator) {
    case 'gte': return a >= t - epsilon ? 'met' : 'short'
    case 'lte': return a <= t + epsilon ? 'met' : 'short'
    case 'eq': return Math.abs(a - t) <= epsilon ? 'met' : 'short'
    case 'approx': return 'unknown'
  }
}

/**
 * Suggests 'behind' when a person rated a task on_track, ahead or completed but the
 * actual falls short of a minimum the title sets. It only suggests; the
 * status a person set is never changed here.
 *
 * Only rates are compared (% growth, %, percentage points). Counts and amounts
 * are period-to-date against an annual figure: 新增就业6598人 by May against
 * 1.3万人 for the year is progress, not a shortfall, and nothing in the text
 * says what share of the year's figure was due by now. A standalone actual
 * (no subject) is matched only when exactly one rate target could take it.
 */
export function suggestStatus(
  targets: Target[],
  actual: Actual | null,
  status: ProgressStatus,
): { suggestedStatus: 'behind' | null, reason: string | null } {
  const none = { suggestedStatus: null, reason: null }
  if (actual === null || (status !== 'on_track' && status !== 'ahead' && status !== 'completed')) return none
  const candidates = targets.filter((t) => t.comparator === 'gte' && isRate(t.unit) &&
    assessAgainstTarget(t, actual) !== 'unknown' &&
    (actual.metric === null || sameMetric(actual.metric, t.metric)))
  if (actual.metric === null && candidates.length !== 1) return none
  const short = candidates.find((t) => assessAgainstTarget(t, actual) === 'short')
  if (short === undefined) return none
  return { suggestedStatus: 'behind', reason: shortfallReason(short, actual) }
}

function shortfallReason(target: Target, actual: Actual): string {
  const label = target.measure ?? target.metric
  const targetDirection = direction(target.measure)
  let actualText: string
  if (targetDirection === 0) {
    actualText = `${formatNumber(actual.value)}${actual.unit}`
  } else {
    // In the target's own measure; a negative value is the opposite movement.
    const moved = targetDirection * direction(actual.measure) * actual.value
    const opposite = targetDirection > 0 ? '下降' : '增长'
    actualText = moved < 0 ? `${opposite}${formatNumber(-moved)}${actual.unit}` : `${target.measure}${formatNumber(moved)}${actual.unit}`
  }
  return `目标${label}≥${formatNumber(target.value)}${target.unit},实际${actualText}`
}

export function formatNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6)
}

// ---------------------------------------------------------------------------
// Every figure of a text, where it stands

export const FIGURE_KINDS = ['amount', 'growth', 'share', 'rank', 'date'] as const
export type FigureKind = typeof FIGURE_KINDS[number]

export interface FigureSpan {
  kind: FigureKind
  /** The figure as the text writes it, and where: text.slice(start, end) of the raw progress. */
  text: string
  start: number
  end: number
  /** The number and its unit (amount, growth, share); null for a rank or a date. */
  value: number | null
  unit: string | null
}

const DATE = /(?:\d{4}年)?(?:\d{1,2}[-—~至])?\d{1,2}月份?(?:\d{1,2}日)?(?:底|末|初|中旬|上旬|下旬)?|\d{4}年(?:底|末|初)?/g

/**
 * Every figure a progress text gives, by kind, with its span in the raw text (tags, full-width
 * digits and stray spaces are read through, as extractActual reads them): an amount or count
 * (51.36亿元, 6598人), a change (增长6.4%, 下降0.7个百分点), a share (占全年的38.2%), a rank
 * (居全省第6位), a date (5月底, 2025年3月31日). In text order; no two overlap.
 */
export function figuresIn(raw: string): FigureSpan[] {
  const { text, origin } = normalizeMapped(raw)
  const spanOf = (start: number, end: number) => ({ start: origin[start]!, end: origin[end - 1]! + 1 })
  const found: FigureSpan[] = []
  for (const figure of findFigures(text)) {
    // The change word before the number (增长) is part of the figure.
    const span = spanOf(figure.index - figure.prefix, figure.index - figure.prefix + figure.text.length)
    const kind: FigureKind = isRate(figure.unit) ? (direction(figure.measure) !== 0 ? 'growth' : 'share') : 'amount'
    found.push({ kind, text: raw.slice(span.start, span.end), ...span, value: figure.value, unit: figure.unit })
  }
  for (const rank of findRanks(text)) {
    const span = spanOf(rank.index, rank.index + rank.text.length)
    found.push({ kind: 'rank', text: raw.slice(span.start, span.end), ...span, value: null, unit: null })
  }
  for (const match of text.matchAll(DATE)) {
    const span = spanOf(match.index, match.index + match[0].length)
    found.push({ kind: 'date', text: raw.slice(span.start, span.end), ...span, value: null, unit: null })
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  return found.filter((figure, i) => found.slice(0, i).every((other) => other.end <= figure.start || other.start >= figure.end))
}
