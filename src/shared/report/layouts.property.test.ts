/**
 * Any table, in any layout, reads back as it was written: random tables (columns in any order
 * after the task, header words from the vocabulary, numbering from any start, empty cells) are
 * rendered through every layout (test/reportLayouts.ts) and parsed. No fixture: fast-check
 * makes the tables and, when one fails, shrinks it to the smallest that does.
 */
import t from 'tap'
import fc from 'fast-check'
import { render, STATUS_WORDS, UNITS, WORKS } from '../../../test/reportLayouts.js'
import { parseReport } from './parse.js'
import { LAYOUTS } from '../values.js'

type Role = 'leadUnits' | 'supportUnits' | 'status' | 'progress' | 'nextSteps' | 'remarks'

const HEADER_WORDS: Record<Role | 'title', string[]> = {
  title: ['重点工作任务', '主要任务', '内容与要求', '督查内容', '目标任务', '项目内容', '重点工作'],
  leadUnits: ['牵头单位', '牵头责任单位', '责任单位', '具体责任单位', '牵头责任部门'],
  supportUnits: ['协同责任单位', '配合单位'],
  status: ['工作评价', '进度评价', '完成状态'],
  progress: ['进展情况', '推进情况', '落实情况', '当前进度', '当前完成情况', '1-11月推进情况'],
  nextSteps: ['近期工作安排', '下步工作计划', '下一步打算'],
  remarks: ['备注'],
}

const VERBS = ['建成', '推进', '完成', '启动', '实施']
const MEASURES = ['亿元', '个', '公里', '万人', '项']

const sentence = (parts: [string, string, number, string], tail = '。') => `${parts[0]}${parts[1]}${parts[2]}${parts[3]}${tail}`
const taskText = fc.tuple(fc.constantFrom(...VERBS), fc.constantFrom(...WORKS), fc.integer({ min: 2, max: 900 }), fc.constantFrom(...MEASURES))
  .map(([verb, work, n, measure]) => sentence([`${verb}${work}，全年目标`, '', n, measure]))
const progressText = fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom(...MEASURES), fc.boolean())
  .map(([n, measure, two]) => `已完成${n}${measure}。${two ? `占全年目标的${n % 90 + 5}%。` : ''}`)
const firstSentence = (text: string) => text.slice(0, text.indexOf('。') + 1)
const units = fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 2 })

const rowValues = fc.record({
  title: taskText,
  lead: units,
  support: fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
  status: fc.constantFrom(...Object.keys(STATUS_WORDS) as (keyof typeof STATUS_WORDS)[]),
  progress: progressText,
  nextSteps: fc.constantFrom(...WORKS).map((work) => `加快${work}建设。`),
  remarks: fc.constantFrom('', '', '无', '含二期工程'),
})

const tableShape = fc.record({
  // The columns after the task, in any order; the supporting units right after the lead units and 备注 last, as reports put them.
  roles: fc.shuffledSubarray(['leadUnits', 'supportUnits', 'status', 'nextSteps', 'progress'] as Role[], { minLength: 1 })
    .filter((some) => some.includes('progress'))
    .map((some) => some.includes('supportUnits') && some.includes('leadUnits')
      ? some.filter((role) => role !== 'supportUnits').flatMap((role) => (role === 'leadUnits' ? ['leadUnits', 'supportUnits'] as Role[] : [role]))
      : some),
  remarks: fc.boolean(),
  words: fc.record(Object.fromEntries(Object.entries(HEADER_WORDS).map(([role, words]) => [role, fc.constantFrom(...words)])) as
    { [K in keyof typeof HEADER_WORDS]: fc.Arbitrary<string> }),
  start: fc.integer({ min: 1, max: 40 }),
  rows: fc.array(rowValues, { minLength: 1, maxLength: 6 }),
  layout: fc.constantFrom(...LAYOUTS),
})

t.test('a random table in a random layout reads back as written', async (t) => {
  let runs = 0
  fc.assert(fc.property(tableShape, (shape) => {
    const roles: Role[] = [...shape.roles, ...(shape.remarks ? ['remarks' as const] : [])]
    // Written together, a second sentence of the progress could as well be the next cell, and an empty cell leaves no
    // trace: a glued table's progress is one sentence and its 备注 says something.
    const glued = shape.layout === 'glued'
    const rows = glued ? shape.rows.map((row) => ({ ...row, progress: firstSentence(row.progress), remarks: row.remarks || '无' })) : shape.rows
    // Names written together in one cell are read apart by their grammar; the glued layout keeps 、 between them.
    const cellOf = (role: Role, row: typeof shape.rows[number]): string => {
      switch (role) {
        case 'leadUnits': return row.lead.join('、')
        case 'supportUnits': return row.support !== undefined && !row.lead.includes(row.support) ? row.support : ''
        case 'status': return row.status
        case 'progress': return row.progress
        case 'nextSteps': return row.nextSteps
        case 'remarks': return row.remarks
      }
    }
    const table = {
      title: '2024年1-11月重点工作推进情况',
      header: ['序号', shape.words.title, ...roles.map((role) => shape.words[role])],
      rows: rows.map((row, i) => [String(shape.start + i), row.title, ...roles.map((role) => cellOf(role, row))]),
    }
    const report = parseReport(render(table, shape.layout))
    runs++
    const wanted = rows.map((row, i) => ({
      seq: shape.start + i,
      title: row.title,
      leadUnits: roles.includes('leadUnits') ? row.lead : [],
      supportUnits: roles.includes('supportUnits') ? [cellOf('supportUnits', row)].filter((name) => name !== '') : [],
      status: roles.includes('status') ? STATUS_WORDS[row.status] : 'not_rated',
      progress: row.progress,
      nextSteps: roles.includes('nextSteps') ? row.nextSteps : '',
      remarks: roles.includes('remarks') ? row.remarks : '',
    }))
    const read = report.rows.map(({ seq, title, leadUnits, supportUnits, status, progress, nextSteps, remarks }) =>
      ({ seq, title, leadUnits, supportUnits, status, progress, nextSteps, remarks }))
    if (JSON.stringify(read) !== JSON.stringify(wanted)) {
      throw new Error(`${shape.layout}: read ${JSON.stringify(read)}\nwanted ${JSON.stringify(wanted)}`)
    }
    if (report.layout !== (shape.layout === 'glued' || shape.layout === 'spaced' ? report.layout : shape.layout)) throw new Error(`read as ${report.layout}`)
    const cut = report.warnings.find((warning) => warning.code === 'row_truncated')
    if (cut) throw new Error(`${shape.layout}: ${cut.message}`)
  }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 400), seed: process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED) })
  t.ok(runs >= 1)
})
