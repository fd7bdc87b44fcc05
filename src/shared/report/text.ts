/**
 * Text clean-up shared by every layout. All patterns here are constants with no nested
 * quantifiers, so they run in linear time on any input.
 */

// Line breaks that HTML writes as tags; everything else tag-shaped is dropped.
const BREAK_TAG = /<br\s*\/?>|<\/p\s*>\s*<p(?:\s[^<>]*)?>/gi
const TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/g
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,8}));/g
const NAMED_ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', ensp: ' ', emsp: ' ', ldquo: '“', rdquo: '”', middot: '·', mdash: '—' }
// Characters with no width that web pages leave behind.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
// Every kind of horizontal space: NBSP, ideographic space (U+3000), en/em spaces, tabs.
const HSPACE = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
const HSPACE_RUN = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g
const ALL_SPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b-\u200d\u2060\ufeff\u00ad]+/g
const NOT_SPACE = /[^\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b-\u200d\u2060\ufeff\u00ad]/
const HAS_INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/
const FULLWIDTH_DIGIT = /[０-９]/g

export function stripTags(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text
  return withoutComments(text).replace(BREAK_TAG, '\n').replace(TAG, '').replace(ENTITY, decodeEntity)
}

// A loop rather than a lazy pattern: many unclosed "<!--" would make the pattern quadratic.
function withoutComments(text: string): string {
  let start = text.indexOf('<!--')
  if (start < 0) return text
  let kept = ''
  let from = 0
  while (start >= 0) {
    const end = text.indexOf('-->', start + 4)
    if (end < 0) break
    kept += text.slice(from, start)
    from = end + 3
    start = text.indexOf('<!--', from)
  }
  return kept + text.slice(from)
}

function decodeEntity(whole: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
}

export function toAsciiDigits(text: string): string {
  if (!/[０-９]/.test(text)) return text
  return text.replace(FULLWIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
}

/** The text with tags and every kind of whitespace removed: for comparing names and headers. */
export function compact(text: string): string {
  return stripTags(text).replace(ALL_SPACE, '')
}

/** True when a line holds nothing but whitespace (NBSP and U+3000 included). */
export function isBlank(text: string): boolean {
  if (!NOT_SPACE.test(text)) return true
  return (text.includes('<') || text.includes('&')) && compact(text) === ''
}

/**
 * A cell's text as a caller should store it: tags removed, NBSP and U+3000 turned into
 * plain spaces, each line's indentation and trailing space removed, blank lines dropped.
 * Everything else, numbered sub-paragraphs and spaces between words included, is kept.
 */
export function cleanCell(raw: string | undefined): string {
  if (raw === undefined || raw === '') return ''
  let text = stripTags(raw)
  if (HAS_INVISIBLE.test(text)) text = text.replace(INVISIBLE, '')
  text = text.replace(HSPACE, ' ')
  const lines: string[] = []
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim()
    if (trimmed !== '') lines.push(trimmed)
  }
  return lines.join('\n')
}

/** One line with its whitespace variants collapsed, for messages. */
export function oneLine(text: string, max = 60): string {
  const flat = cleanCell(text.length > max * 4 + 200 ? text.slice(0, max * 4 + 200) : text).replace(/\n/g, ' ').replace(HSPACE_RUN, ' ')
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

/**
 * The number in a 序号 cell, or null when the cell is not one. Spaces inside the number
 * are stray ("1 0 2" is 102); a trailing 、 or . is allowed.
 */
export function parseSeq(cell: string): number | null {
  if (cell.length > 80) return null
  const digits = toAsciiDigits(compact(cell)).replace(/[.、．。]$/, '')
  if (digits.length === 0 || digits.length > 6) return null
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i)
    if (code < 48 || code > 57) return null
  }
  const seq = Number(digits)
  return seq > 0 ? seq : null
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}

// 一、 二、 … 十二、 or （一） headings between the rows of a table.
const SECTION = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部分章节类]+)/

/** A short heading like "一、推动经济高质量发展" that groups rows, or null. */
export function sectionHeading(text: string): string | null {
  if (text.length > 400) return null
  const flat = cleanCell(text).replace(/\n/g, ' ')
  if (flat.length === 0 || flat.length > 40) return null
  if (!SECTION.test(flat)) return null
  if (/[。；;]/.test(flat.slice(0, -1))) return null
  return flat
}

// What a web page puts under its content: print/close links, sources, editors, cc lines.
const FOOTER = /^[【[（(]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|分享到|扫一扫|责任编辑|来源[:：]|信息来源|抄送|主办单位|版权所有|网站标识码|相关链接|上一篇|下一篇|附件[:：])/

/** A line that ends a web page's content rather than continuing the table. */
export function isFooter(text: string): boolean {
  return FOOTER.test(compact(text.length > 200 ? text.slice(0, 200) : text))
}
