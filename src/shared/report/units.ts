/**
 * Lead-unit cells. Reports write several units in one cell, separated by spaces, and a
 * narrow column wraps long names, so "市委人才 工作局 市人力资源 社会保障局" is two units.
 * A token joins the next one while it does not yet end like a unit (局, 委, 办 …), when
 * the next one is only a suffix (管委会, 政府 …), or when the join spells a name the city
 * already knows; a parenthesised remark (（外办）) stays with the unit before it.
 */
import { compact, stripTags } from './text.js'

// Longer endings are listed for readability; endsWith makes their order irrelevant.
const UNIT_ENDINGS = [
  '局', '委', '办', '会', '府', '中心', '集团', '公司', '支行', '分行', '银行', '分局', '管委会', '政府', '办公室', '室',
  '联', '协', '部', '院', '队', '所', '站', '处', '厅', '馆', '校', '社', '署', '海关', '台', '组', '班', '行署', '法院', '检察院',
]

// Tokens that are only the tail of a name: they always belong to the token before.
const BARE_SUFFIXES = new Set([
  '局', '委', '办', '会', '府', '中心', '集团', '公司', '支行', '分局', '管委会', '政府', '办公室', '委员会', '委会', '员会',
  '区政府', '县政府', '区管委会', '管理局', '管理中心', '服务中心', '事务局', '有限公司', '集团公司', '分公司',
  '领导小组办公室', '小组办公室', '小组办', '工作领导小组办公室', '室', '部', '院', '队', '管理委员会',
])

// A token starting like this that is itself a whole unit begins a new unit.
const NEW_UNIT_PREFIXES = ['市', '省', '各', '中共', '团市委']

// Words a unit name does not contain but a sentence about a unit does.
const NOT_IN_UNIT_NAMES = ['已', '正在', '了', '的', '均']

const SENTENCE_PUNCTUATION = /[。，,；;：:！？!?“”"《》%]/
const SEPARATORS = new Set(['、', '，', ',', '；', ';', '/', '／', '|'])
const OPENING = new Set(['（', '('])
const CLOSING = new Set(['）', ')'])
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])

export interface KnownUnits {
  names: ReadonlySet<string>
  prefixes: ReadonlySet<string>
}

const NO_KNOWN_UNITS: KnownUnits = { names: new Set(), prefixes: new Set() }

/** Index the city's unit names and aliases once per document. */
export function knownUnits(names: readonly string[] | undefined): KnownUnits {
  if (!names || names.length === 0) return NO_KNOWN_UNITS
  const known = new Set<string>()
  const prefixes = new Set<string>()
  for (const raw of names) {
    if (typeof raw !== 'string') continue
    const name = compact(raw)
    if (name === '' || name.length > 60) continue
    known.add(name)
    for (let end = 1; end < name.length; end++) prefixes.add(name.slice(0, end))
  }
  return { names: known, prefixes }
}

/** The name without trailing parenthesised remarks: 市政府办（外办） → 市政府办. */
function core(name: string): string {
  let end = name.length
  while (end > 0 && CLOSING.has(name[end - 1]!)) {
    let open = end - 2
    while (open >= 0 && !OPENING.has(name[open]!)) open--
    if (open <= 0) break
    end = open
  }
  return name.slice(0, end)
}

// Units below the city that lead tasks too: districts, counties, development zones, a
// free-trade-zone area, a sub-district (贵池区, 东至县, 经济开发区, 自贸试验区芜湖片区, 秋浦街道). Such a
// name is short; a longer phrase ending in 区 is a task's text (建设长三角一体化发展示范区).
const PLACE_ENDINGS = ['区', '县', '街道']
const LONGEST_PLACE_NAME = 12

export function hasUnitEnding(name: string): boolean {
  const stem = core(name)
  return UNIT_ENDINGS.some((ending) => stem.endsWith(ending)) ||
    (stem.length >= 2 && stem.length <= LONGEST_PLACE_NAME && PLACE_ENDINGS.some((ending) => stem.endsWith(ending)))
}

function isRemark(token: string): boolean {
  return OPENING.has(token[0] ?? '')
}

function startsNewUnit(token: string): boolean {
  return NEW_UNIT_PREFIXES.some((prefix) => token.startsWith(prefix))
}

// No unit name is longer; a run of fragments past this is not a name that wrapped.
const LONGEST_NAME = 40

function shouldJoin(unit: string, next: string, known: KnownUnits): boolean {
  if (unit.length + next.length > LONGEST_NAME) return false
  if (isRemark(next)) return true
  const joined = unit + next
  if (known.names.has(joined) || known.prefixes.has(joined)) return true
  if (known.names.has(unit)) return false
  if (next.length === 1 || BARE_SUFFIXES.has(next)) return true
  if (unit.length === 1) return true
  if (!hasUnitEnding(unit)) {
    return !(startsNewUnit(next) && (hasUnitEnding(next) || known.names.has(next)))
  }
  return false
}

interface Token { text: string, hard: boolean }

/**
 * Tokens of a cell: whitespace is a soft boundary (maybe a wrapped name), punctuation
 * such as 、 is a hard one; nothing splits inside parentheses.
 */
function tokens(text: string, parentheses = true): Token[] {
  const found: Token[] = []
  let current = ''
  let currentHard = false
  let pending: 'soft' | 'hard' | null = null
  let depth = 0
  const flush = () => {
    if (current !== '') found.push({ text: current, hard: currentHard })
    current = ''
  }
  for (const char of text) {
    if (INVISIBLE.has(char)) continue
    const space = SPACE.test(char)
    if (depth > 0) {
      if (!space) current += char
      if (OPENING.has(char)) depth++
      else if (CLOSING.has(char) && --depth === 0) {
        flush()
        pending = 'soft'
      }
      continue
    }
    if (space || SEPARATORS.has(char)) {
      flush()
      if (!space) pending = 'hard'
      else if (pending === null) pending = 'soft'
      continue
    }
    if (current === '') {
      currentHard = pending === 'hard' && found.length > 0
      pending = null
    }
    // A remark written without a space still starts inside the unit it qualifies.
    if (parentheses && OPENING.has(char)) depth = 1
    current += char
  }
  // An unclosed parenthesis would swallow the rest of the cell: read it again without them.
  if (depth > 0) return tokens(text, false)
  flush()
  return found
}

export interface LeadUnitReading {
  units: string[]
  /** Units that neither end like a unit nor are known to the city. */
  unrecognised: string[]
}

export function readLeadUnits(cell: string | undefined, known: KnownUnits = NO_KNOWN_UNITS): LeadUnitReading {
  if (cell === undefined || cell === '') return { units: [], unrecognised: [] }
  const units: string[] = []
  let unit: string | null = null
  for (const token of tokens(stripTags(cell))) {
    if (unit !== null && !token.hard && shouldJoin(unit, token.text, known)) {
      unit += token.text
      continue
    }
    if (unit !== null) units.push(unit)
    unit = token.text
  }
  if (unit !== null) units.push(unit)
  const distinct = [...new Set(units.map(compact).filter((name) => name !== ''))]
  return {
    units: distinct,
    unrecognised: distinct.filter((name) => !hasUnitEnding(name) && !known.names.has(name)),
  }
}

/** The unit names in a lead-unit cell, rejoined where line wrapping split them. */
export function splitLeadUnits(cell: string, knownUnitNames?: string[]): string[] {
  return readLeadUnits(cell, knownUnits(knownUnitNames)).units
}

/**
 * Whether a paragraph (cleaned by cleanCell) reads as lead units, one or more per line,
 * rather than as text: short lines, no sentence punctuation, every unit ends like one or is known.
 */
export function looksLikeUnits(cleaned: string, known: KnownUnits): boolean {
  if (cleaned === '' || cleaned.length > 1000) return false
  for (const line of cleaned.split('\n')) {
    const flat = compact(line)
    if (flat.length > 40 || SENTENCE_PUNCTUATION.test(flat) || /^[0-9０-９]/.test(flat)) return false
    if (NOT_IN_UNIT_NAMES.some((word) => flat.includes(word)) && !known.names.has(flat)) return false
  }
  const { units, unrecognised } = readLeadUnits(cleaned, known)
  return units.length > 0 && unrecognised.length === 0 && units.every((unit) => unit.length >= 3 || known.names.has(unit))
}

/** A weaker test for a cleaned cell in the unit position: short lines without sentence punctuation. */
export function couldBeUnits(cleaned: string): boolean {
  if (cleaned === '' || cleaned.length > 1000) return false
  return cleaned.split('\n').every((line) => {
    const flat = compact(line)
    return flat.length <= 40 && !SENTENCE_PUNCTUATION.test(flat) && !/[0-9０-９]/.test(flat)
  })
}
