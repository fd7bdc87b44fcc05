// Rendering an exported workbook or document to PDF with LibreOffice, and reading the PDF back
// with poppler's pdftotext and pdfinfo: what a person printing the export would get.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export const SOFFICE = '/usr/bin/soffice'
export const officeRequired = process.env.DUBAN_REQUIRE_OFFICE === '1'
// The pages are laid out with the CJK fonts and Carlito (Calibri's metrics, which a workbook's
// column widths are measured in): without them LibreOffice lays them out otherwise.
const tools = [SOFFICE, '/usr/bin/pdftotext', '/usr/bin/pdfinfo',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf']

/** The tools and fonts that are missing; none: the rendering tests can run. */
export const missingOfficeTools = () => tools.filter((tool) => !existsSync(tool))

/**
 * false when the tools are there or DUBAN_REQUIRE_OFFICE=1 (then a missing tool fails the
 * test), else why the test is skipped.
 */
export function officeSkip(): string | false {
  const missing = missingOfficeTools()
  if (missing.length === 0 || officeRequired) return false
  return `no ${missing.join(', ')} (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui fonts-noto-cjk fonts-crosextra-carlito poppler-utils; ` +
    'DUBAN_REQUIRE_OFFICE=1 makes this a failure)'
}

/**
 * The file converted to PDF by LibreOffice headless, in a folder and a user profile of this
 * call's own (two test processes converting at once do not share a profile, which LibreOffice
 * cannot do). Takes seconds: convert once per file and format.
 */
export async function renderPdf(data: Buffer, extension: 'xlsx' | 'docx'): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'duban-office-'))
  try {
    const input = join(dir, `report.${extension}`)
    await writeFile(input, data)
    await run(SOFFICE, [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
      '--convert-to', 'pdf', '--outdir', dir, input,
    ], { timeout: 180_000, env: { ...process.env, HOME: dir } })
    return await readFile(join(dir, 'report.pdf'))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function withPdf<T>(pdf: Buffer, read: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'duban-pdf-'))
  try {
    const path = join(dir, 'report.pdf')
    await writeFile(path, pdf)
    return await read(path)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export interface PdfWord { text: string, xMin: number, yMin: number, xMax: number, yMax: number }
export interface PdfPage { width: number, height: number, words: PdfWord[] }

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&')

/** Every page with its size (points) and its words with their boxes (pdftotext -bbox). */
export async function pdfPages(pdf: Buffer): Promise<PdfPage[]> {
  const { stdout } = await withPdf(pdf, (path) => run('pdftotext', ['-bbox', path, '-'], { maxBuffer: 64 << 20 }))
  const pages: PdfPage[] = []
  for (const match of stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: PdfWord[] = []
    for (const word of match[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
      words.push({ text: unescape(word[5]!), xMin: Number(word[1]), yMin: Number(word[2]), xMax: Number(word[3]), yMax: Number(word[4]) })
    }
    pages.push({ width: Number(match[1]), height: Number(match[2]), words })
  }
  return pages
}

/** The text of each page in content order (pdftotext -raw): a cell's lines come out together. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const { stdout } = await withPdf(pdf, (path) => run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { maxBuffer: 64 << 20 }))
  return stdout.split('\f').slice(0, -1)
}

/** pdfinfo's fields (Pages, Page size …). */
export async function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  const { stdout } = await withPdf(pdf, (path) => run('pdfinfo', [path]))
  return Object.fromEntries(stdout.split('\n').flatMap((line) => {
    const at = line.indexOf(':')
    return at > 0 ? [[line.slice(0, at).trim(), line.slice(at + 1).trim()]] : []
  }))
}

/** Text with every kind of white space taken out, to compare what wrapping broke into lines. */
// The joiners that keep a number whole on a line (shared/typography.ts) are invisible, and out too.
export const squeeze = (text: string) => text.replace(/[\s\u3000]|\u200d|\u2060/g, '')

/** Pairs of words on one page whose boxes overlap by more than a sliver: lines printed over each other. */
export function overlappingWords(page: PdfPage, tolerance = 0.5): [PdfWord, PdfWord][] {
  const words = [...page.words].sort((a, b) => a.yMin - b.yMin)
  const found: [PdfWord, PdfWord][] = []
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j]!
      if (b.yMin >= a.yMax - tolerance) break
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
      if (x > tolerance && y > tolerance) found.push([a, b])
    }
  }
  return found
}

/** Words that reach past the page's edges. */
export const wordsOffPage = (page: PdfPage) =>
  page.words.filter((word) => word.xMin < 0 || word.yMin < 0 || word.xMax > page.width + 0.5 || word.yMax > page.height + 0.5)
