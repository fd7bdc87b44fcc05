import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import t, { type Test } from 'tap'
import type { Static } from 'typebox'
import { bodyOf, readSeed, seedCity, setup } from '../../../test/helper.js'
import { missingOfficeTools, officeRequired, officeSkip, overlappingWords, pdfInfo, type PdfPage, pdfPages, pdfPageTexts, renderPdf, squeeze, wordsOffPage } from '../../../test/office.js'
import type { PeriodRow } from '../../db/database.js'
import { periodFromText } from '../../shared/report/period.js'
import { ImportResult } from '../imports/imports.schemas.js'
import { chineseDate, reportLetterhead } from './reports.export.js'
import { ReportTable } from './reports.schemas.js'

/**
 * The exports a person prints: the xlsx workbook and the docx report, read back and rendered
 * to PDF by LibreOffice headless, and checked on the PDF as a reader would see it. Rendering
 * takes seconds, so each city's export is rendered once per format, and the assertions look
 * at that one PDF. Without LibreOffice and poppler-utils the rendering tests are skipped,
 * unless DUBAN_REQUIRE_OFFICE=1 (CI), which makes a missing tool a failure.
 */
// LibreOffice renders 淮南's 262 rows in seconds, many more on a busy machine.
t.setTimeout(300_000)
const { app } = await setup(t)

const CITIES = {
  chizhou: { code: '341700', name: '池州市', seed: 'chizhou-2025-jan-may.txt' },
  huainan: { code: '340400', name: '淮南市', seed: 'huainan-2023-q1.txt' },
} as const
type CityKey = keyof typeof CITIES
type Table = Static<typeof ReportTable>

// The titles the exports print: chizhou's kept from its page; huainan's, which has none, as the published reports are titled.
const TITLES: Record<CityKey, string> = { chizhou: '关于1-5月份市政府重点工作责任清单进展情况的报告', huainan: '关于2023年一季度市政府重点工作责任清单进展情况的报告' }

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Imports the city's published report; the report's URL and its JSON table. */
async function importCity(key: CityKey) {
  const city = CITIES[key]
  if (key === 'chizhou') await seedCity(app)
  else await app.inject({ method: 'POST', url: '/v1/cities', payload: { code: city.code, name: city.name, province: '安徽省' } })
  const imported = await app.inject({ method: 'POST', url: `/v1/cities/${city.code}/imports`, payload: { document: readSeed(city.seed), sourceName: city.seed } })
  if (imported.statusCode !== 201) throw new Error(`import ${key}: ${imported.body}`)
  const periodId = bodyOf(imported, ImportResult).period.id
  const url = `/v1/cities/${city.code}/periods/${periodId}/report`
  const table = bodyOf(await app.inject({ url }), ReportTable)
  return { url, table }
}

async function exportOf(url: string, format: 'xlsx' | 'docx') {
  const response = await app.inject({ url, query: { format } })
  if (response.statusCode !== 200) throw new Error(`${format}: ${response.statusCode} ${response.body}`)
  return response
}

const A4 = { long: 841.89, short: 595.28 }
const isA4 = (page: PdfPage) => Math.abs(Math.max(page.width, page.height) - A4.long) < 2 && Math.abs(Math.min(page.width, page.height) - A4.short) < 2
const landscape = (page: PdfPage) => page.width > page.height

/** A page's text with all white space out, to find text that wrapping broke into lines. */
// A page's text without the docx's page number (— 1 —), so a paragraph that runs onto the next page reads whole.
const pageText = (texts: string[], from: number, to = texts.length) =>
  squeeze(texts.slice(from, to).map((text) => text.replace(/—\s*\d+\s*—\s*$/u, '')).join(''))

/** The cells of the table whose text is not on the pages (by row's 序号), or [] when all are. */
function missingCells(rows: string[][], text: string) {
  return rows.flatMap((row) => row.flatMap((cell, i) => (text.includes(squeeze(cell)) ? [] : [`序号 ${row[0]} column ${i + 1}: ${cell.slice(0, 30)}`])))
}

/** What each PDF page shows that a person would call broken: text off the page or printed over other text. */
function layoutFaults(pages: PdfPage[]) {
  return pages.flatMap((page, i) => [
    ...wordsOffPage(page).map((word) => `page ${i + 1}: "${word.text.slice(0, 20)}" reaches past the page (${word.xMin.toFixed(1)}–${word.xMax.toFixed(1)} of ${page.width})`),
    ...overlappingWords(page).map(([a, b]) => `page ${i + 1}: "${a.text.slice(0, 20)}" and "${b.text.slice(0, 20)}" print over each other`),
  ])
}

t.test('the xlsx workbook is laid out for printing', async (t) => {
  const { url, table } = await importCity('chizhou')
  const response = await exportOf(url, 'xlsx')
  t.equal(response.headers['content-type'], XLSX)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
  const [summary, sheet] = [workbook.getWorksheet('汇总'), workbook.getWorksheet('进展情况')]
  if (!summary || !sheet) throw new Error('the workbook has not both sheets')
  t.match(sheet.pageSetup, { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    'the table: A4 landscape, one page wide, the header row on every page')
  t.match(summary.pageSetup, { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 }, 'the narrative: A4, as wide as the page')
  t.match(sheet.headerFooter.oddHeader, /池州市.*关于1-5月份市政府重点工作责任清单进展情况的报告.*\d{4}年\d{1,2}月\d{1,2}日/, 'city, the title kept with the period, and date in the page header')
  t.equal(sheet.getCell('A2').value, 1, '序号 is a number')
  t.equal(sheet.getCell('A2').alignment?.wrapText, true)
  const border = sheet.getCell('E10').border
  t.same([border?.top?.style, border?.left?.style, border?.bottom?.style, border?.right?.style], ['thin', 'thin', 'thin', 'thin'], 'thin borders')
  const heights = table.rows.map((_, i) => sheet.getRow(i + 2).height)
  t.ok(heights.every((height) => height >= 15), 'every row has a height set')
  const longest = table.rows.reduce((best, row, i) => (row[4]!.length > table.rows[best]![4]!.length ? i : best), 0)
  const shortest = table.rows.reduce((best, row, i) => (row.join('').length < table.rows[best]!.join('').length ? i : best), 0)
  t.ok(heights[longest]! > heights[shortest]!, 'a row with more text is higher')
  const widths = table.columns.map((_, i) => sheet.getColumn(i + 1).width ?? 0)
  t.ok(widths[4]! > widths[0]! * 5, 'the progress column is wide, 序号 narrow')
  t.match(String(summary.getCell('A3').value).replace(/\u2060/g, ''), /认真抓好落实。1-5月份，147项市政府重点工作/, 'the narrative on its own sheet')
  t.match(String(sheet.getCell('E2').value), '一季度,增长6\u2060.\u20604\u2060%,增速居全省第\u20606\u2060位。',
    'a number and its unit kept on one line; the entry\'s own punctuation as typed')
})

t.test('the docx document answers with its type and a Chinese file name', async (t) => {
  const { url } = await importCity('chizhou')
  const response = await exportOf(url, 'docx')
  t.equal(response.headers['content-type'], DOCX)
  t.match(decodeURIComponent(String(response.headers['content-disposition'])), `${TITLES.chizhou}.docx`, 'named by the title it prints')
  t.equal(response.rawPayload.subarray(0, 2).toString(), 'PK', 'a zip package')
  const accepted = await app.inject({ url, headers: { accept: DOCX } })
  t.equal(accepted.headers['content-type'], DOCX, 'chosen by the Accept header too')
})

t.test('in the docx a number and its unit are one run, marked Latin, its characters joined', async (t) => {
  const { url } = await importCity('chizhou')
  const zip = await JSZip.loadAsync((await exportOf(url, 'docx')).rawPayload)
  const xml = await zip.file('word/document.xml')!.async('string')
  const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => ({
    lang: /<w:lang [^>]*w:eastAsia="([^"]+)"/.exec(match[1]!)?.[1], text: [...match[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }))
  t.ok(runs.some((run) => run.text === '3\u20601\u2060日' && run.lang === 'en-US'), '31日 (截至5月31日) is a run of its own')
  t.ok(runs.some((run) => run.text === '6\u2060.\u20605\u2060%' && run.lang === 'en-US'), '6.5% too')
  // Marked Chinese, LibreOffice breaks between any two characters: no digit stays in such a run beside its unit.
  t.same(runs.filter((run) => run.lang === 'zh-CN' && /\d[%月日亿万]/.test(run.text)).map((run) => run.text), [], 'no number left with its unit in a Chinese run')
  t.ok(runs.filter((run) => run.lang === 'zh-CN').length > 0, 'the Chinese text is marked Chinese')
  t.match(xml, /<w:t[^>]*>关于<\/w:t>[\s\S]*?<w:br\/>[\s\S]*?<w:t[^>]*>责任清单进展情况的报告<\/w:t>/, 'the title broken between words: 关于1-5月份市政府重点工作 | 责任清单进展情况的报告')
})

t.test('in the docx the figures of a progress are set in bold, its dates and words not', async (t) => {
  const { url } = await importCity('chizhou')
  const zip = await JSZip.loadAsync((await exportOf(url, 'docx')).rawPayload)
  const xml = await zip.file('word/document.xml')!.async('string')
  const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => ({
    bold: /<w:b\/>|<w:b w:val="(?:true|1)"\/>/.test(match[1]!), text: [...match[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/\u2060/g, ''),
  }))
  // Task 4: 1-5月,一般公共预算收入完成51.36亿元、增长4%,增速居全省第3位。
  const at = runs.findIndex((run) => run.text === '51.36亿元')
  t.ok(at > 0 && runs[at]!.bold, 'an amount in bold')
  const after = runs.slice(at, at + 16)
  t.ok(after.some((run) => run.bold && run.text.includes('4%')), 'a change in bold')
  t.ok(after.some((run) => run.bold && run.text.includes('居全省')), 'a rank in bold')
  t.notOk(runs.some((run) => run.bold && run.text === '1-5月,一般公共预算收入完成'), 'the words between are not')
})

const skip = officeSkip()

t.test('the title names the year only when the date no longer says it', async (t) => {
  const period = { year: 2025, label: '1-5月份', endsOn: '2025-05-31', state: 'open' } as PeriodRow
  const at = (date: string) => reportLetterhead('池州市', period, new Date(`${date}T12:00:00+08:00`))
  t.match(at('2025-06-26'), { title: '关于1-5月份市政府重点工作责任清单进展情况的报告', date: '2025-06-26' }, 'as published')
  t.match(at('2026-03-01'), { title: '关于1-5月份市政府重点工作责任清单进展情况的报告' }, 'early next year still reads as 2025')
  t.match(at('2026-06-01'), { title: '关于2025年1-5月份市政府重点工作责任清单进展情况的报告', attachmentTitle: '2025年1-5月份市政府重点工作责任清单进展情况汇总表' })
  t.match(at('2025-05-20'), { title: '关于2025年1-5月份市政府重点工作责任清单进展情况的报告' }, 'before the period ends, a date reads as last year\'s')
  for (const date of ['2025-06-26', '2026-03-01', '2026-06-01', '2025-05-20']) {
    const { title } = at(date)
    t.same(periodFromText(`${title}\n${chineseDate(date)}`).year, 2025, `the import reads the year back (dated ${date})`)
  }
})

t.test('LibreOffice and poppler are there when DUBAN_REQUIRE_OFFICE=1', { skip: officeRequired ? false : 'DUBAN_REQUIRE_OFFICE is not set' }, async (t) => {
  t.same(missingOfficeTools(), [], 'LibreOffice, poppler-utils and the fonts are installed')
})

/** A rendered PDF read back: its pages with their words, each page's text, pdfinfo's fields. */
async function readPdf(pdf: Buffer) {
  const [pages, texts, info] = await Promise.all([pdfPages(pdf), pdfPageTexts(pdf), pdfInfo(pdf)])
  return { pages, texts, info }
}

for (const key of Object.keys(CITIES) as CityKey[]) {
  // One import, each format rendered once, the two at the same time (each in a LibreOffice
  // profile of its own); the subtests look at those PDFs.
  t.test(`${key}: the xlsx and docx exports printed to PDF`, { skip }, async (t) => {
    const { url, table } = await importCity(key)
    const [xlsx, docx] = await Promise.all([exportOf(url, 'xlsx'), exportOf(url, 'docx')])
    const [xlsxPdf, docxPdf] = await Promise.all([renderPdf(xlsx.rawPayload, 'xlsx'), renderPdf(docx.rawPayload, 'docx')])
    const printed = { xlsx: await readPdf(xlsxPdf), docx: await readPdf(docxPdf) }
    t.test('xlsx', async (t) => checkXlsx(t, key, table, printed.xlsx))
    t.test('docx', async (t) => checkDocx(t, key, table, printed.docx))
  })
}

type Printed = Awaited<ReturnType<typeof readPdf>>

function checkXlsx(t: Test, key: CityKey, table: Table, { pages, texts, info }: Printed) {
  t.comment(`${key} xlsx: ${info.Pages} pages`)
  t.equal(pages.length, Number(info.Pages))
  t.ok(pages.every(isA4), 'every page is A4')
  // The narrative takes the first page (it is a paragraph or two), the table the others.
  const tablePages = pages.slice(1).map((_, i) => i + 1)
  t.ok(!landscape(pages[0]!), 'the narrative sheet first, portrait')
  t.ok(tablePages.length > 0 && tablePages.every((i) => landscape(pages[i]!)), 'the table on landscape pages after it')
  t.ok(pageText(texts, 0, 1).includes(squeeze(TITLES[key])), 'the title kept with the period on the first page')
  for (const paragraph of table.narrative.split('\n')) t.ok(pageText(texts, 0, 1).includes(squeeze(paragraph)), `the narrative: ${paragraph.slice(0, 20)}…`)
  // One page wide: each table page holds the whole header row, first column to last.
  const headerless = tablePages.filter((i) => !table.columns.every((title) => squeeze(texts[i]!).includes(squeeze(title))))
  t.same(headerless, [], 'every table page shows all the columns\' titles: one page wide, the header repeated')
  t.ok(tablePages.every((i) => squeeze(texts[i]!).includes(squeeze(TITLES[key]))), 'the report named in every page\'s header')
  t.same(missingCells(table.rows, pageText(texts, 1)), [], `every row's text is on the pages (${table.rows.length} rows)`)
  t.same(layoutFaults(pages), [], 'no text outside the page, no lines printed over each other')
}

function checkDocx(t: Test, key: CityKey, table: Table, { pages, texts, info }: Printed) {
  t.comment(`${key} docx: ${info.Pages} pages`)
  t.equal(pages.length, Number(info.Pages))
  t.ok(pages.every(isA4), 'every page is A4')
  const first = pages.findIndex(landscape)
  t.ok(first > 0, 'the report on portrait pages, then the table')
  t.ok(pages.slice(first).every(landscape), 'the table on landscape pages to the end')

  // chizhou's report header is kept from its page (its title, office and 成文日期): printed as
  // published. huainan's document has none: written out today, years after the period, the
  // title names the period's year, which the date no longer says.
  const label = key === 'chizhou' ? '1-5月份' : '2023年一季度'
  const letter = pageText(texts, 0, first)
  t.ok(letter.startsWith(`关于${label}市政府重点工作责任清单进展情况的报告`), 'the title first')
  for (const paragraph of table.narrative.split('\n')) t.ok(letter.includes(squeeze(paragraph)), `the narrative: ${paragraph.slice(0, 20)}…`)
  t.match(letter, `附件：${label}市政府重点工作责任清单进展情况汇总表${CITIES[key].name}人民政府办公室`, 'the attachment named, then the issuing office')
  t.match(letter, key === 'chizhou' ? '办公室2025年6月26日' : /办公室\d{4}年\d{1,2}月\d{1,2}日/, 'and the date')

  const attachment = pageText(texts, first)
  t.ok(attachment.startsWith(`附件${label}市政府重点工作责任清单进展情况汇总表序号`), '附件, its title, then the table')
  const shown = table.columns.filter((_, i) => i < 3 || i === 4 || table.rows.some((row) => row[i] !== ''))
  t.ok(shown.length >= 4, `columns shown: ${shown.join(' ')}`)
  const headerless = pages.slice(first).flatMap((_, i) => (shown.every((title) => squeeze(texts[first + i]!).includes(squeeze(title))) ? [] : [first + i + 1]))
  t.same(headerless, [], 'the header row on every table page')
  t.same(missingCells(table.rows.map((row) => row.filter((_, i) => shown.includes(table.columns[i]!))), attachment), [],
    `every row's text is on the pages (${table.rows.length} rows)`)
  t.same(layoutFaults(pages), [], 'no text outside the page, no lines printed over each other')
}
