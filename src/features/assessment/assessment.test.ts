import t, { type Test } from 'tap'
import { sql } from 'kysely'
import { Assessment, AssessmentRuleSet } from './assessment.schemas.js'
import { Period as PeriodSchema } from '../periods/periods.schemas.js'
import { assertProblem, badFields, cityUrl, seedTask, seedUnit, type Period, type Task, type Unit } from '../../../test/factories.js'
import { bodyOf, createKey, post, seedCity, setup } from '../../../test/helper.js'
import ExcelJS from 'exceljs'

// The year-end assessment (考核): the office's rule set per year, and each lead unit's score
// computed from the record by it. The record below is played on the app's clock: four units,
// five tasks, two quarters and a monthly period, entries on time, late, missing, returned and
// rated. Two published schemes score it: 100 points less deductions, and +1 / −2.
let now = new Date('2025-08-01T00:00:00Z')
const { app, database } = await setup(t, { clock: () => new Date(now) })
const city = cityUrl()
const as = (key: string) => ({ authorization: `Bearer ${key}` })

async function call(method: 'PUT' | 'POST', url: string, payload?: object, at?: string) {
  if (at) now = new Date(at)
  const response = await app.inject({ method, url, ...(payload ? { payload } : {}) })
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`)
  return response
}

type Year = { units: { a: Unit, b: Unit, c: Unit, d: Unit }, tasks: Task[], q1: Period, q2: Period, may: Period }

/**
 * Units A (tasks 1, 2), B (3; supports 5), C (4, 5), D (no task). Q1 due 10 April, Q2 10 July,
 * 1-5月份 (monthly) due 5 June; read on 1 August, when all three are due.
 * - task 1 (A): Q1 on time, accepted on_track; Q2 late, accepted behind
 * - task 2 (A): Q1 on time, returned, handed in again late, accepted; Q2 nothing
 * - task 3 (B): nothing at all
 * - task 4 (C): Q1 on time, accepted completed; Q2 on time, accepted completed
 * - task 5 (C leads, B supports): Q1 returned twice, never handed in again; Q2 on time, accepted on_track
 */
async function playYear(): Promise<Year> {
  now = new Date('2025-01-02T00:00:00Z')
  await seedCity(app)
  const units = { a: await seedUnit(app, '市发展改革委'), b: await seedUnit(app, '市财政局'), c: await seedUnit(app, '市住房城乡建设局'), d: await seedUnit(app, '市统计局') }
  const tasks = [
    await seedTask(app, { year: 2025, seq: 1, leadUnitIds: [units.a.id] }),
    await seedTask(app, { year: 2025, seq: 2, leadUnitIds: [units.a.id] }),
    await seedTask(app, { year: 2025, seq: 3, leadUnitIds: [units.b.id] }),
    await seedTask(app, { year: 2025, seq: 4, leadUnitIds: [units.c.id] }),
    await seedTask(app, { year: 2025, seq: 5, leadUnitIds: [units.c.id, units.b.id] }),
  ]
  const period = (label: string, kind: string, endsOn: string, dueAt: string) =>
    post(app, `${city}/periods`, { year: 2025, label, kind, startsOn: '2025-01-01', endsOn, dueAt }, PeriodSchema)
  const q1 = await period('一季度', 'quarter', '2025-03-31', '2025-04-10T09:30:00.000Z')
  const may = await period('1-5月份', 'month_cumulative', '2025-05-31', '2025-06-05T09:30:00.000Z')
  const q2 = await period('上半年', 'quarter', '2025-06-30', '2025-07-10T09:30:00.000Z')
  const entry = (seq: number, p: Period) => `${city}/tasks/${tasks[seq - 1]!.id}/progress/${p.id}`
  const hand = async (seq: number, p: Period, at: string) => {
    await call('PUT', entry(seq, p), { progress: `第${seq}项进展。` }, at)
    await call('POST', `${entry(seq, p)}/submit`, undefined, at)
  }
  const accept = (seq: number, p: Period, status: string) => call('POST', `${entry(seq, p)}/accept`, { status })
  const giveBack = (seq: number, p: Period) => call('POST', `${entry(seq, p)}/return`, { reason: '内容空泛，请补充具体数据。' })

  await hand(1, q1, '2025-04-05T00:00:00Z')
  await accept(1, q1, 'on_track')
  await hand(2, q1, '2025-04-06T00:00:00Z')
  await giveBack(2, q1)
  await hand(2, q1, '2025-04-15T00:00:00Z')
  await accept(2, q1, 'on_track')
  await hand(4, q1, '2025-04-07T00:00:00Z')
  await accept(4, q1, 'completed')
  await hand(5, q1, '2025-04-08T00:00:00Z')
  await giveBack(5, q1)
  await hand(5, q1, '2025-04-09T00:00:00Z')
  await giveBack(5, q1)
  await hand(1, q2, '2025-07-12T00:00:00Z')
  await accept(1, q2, 'behind')
  await hand(4, q2, '2025-07-01T00:00:00Z')
  await accept(4, q2, 'completed')
  await hand(5, q2, '2025-07-02T00:00:00Z')
  await accept(5, q2, 'on_track')
  now = new Date('2025-08-01T00:00:00Z')
  return { units, tasks, q1, q2, may }
}

async function putRules(rules: object, headers: Record<string, string> = {}, year = 2025) {
  return app.inject({ method: 'PUT', url: `${city}/assessment-rules/${year}`, payload: rules, headers })
}

async function assessment(t: Test, year = 2025) {
  const response = await app.inject({ url: `${city}/assessment`, query: { year: String(year) } })
  t.equal(response.statusCode, 200, response.body.slice(0, 500))
  return bodyOf(response, Assessment)
}

const scores = (body: Assessment) => body.units.map((unit) => [unit.name, unit.score, unit.rank, unit.colour])
const notes = (body: Assessment, name: string) => body.units.find((unit) => unit.name === name)!.lines.map((line) => line.note)
/** What a person adds up from the lines: the base, the bonuses and deductions each at most its cap, then the floor. */
function recomputed(body: Assessment, unit: Assessment['units'][number]) {
  const { value: rules } = body.rules
  const sum = (sign: number) => unit.lines.filter((line) => Math.sign(line.points) === sign).reduce((total, line) => total + Math.round(line.points * 100), 0)
  const bonuses = Math.min(sum(1), rules.caps?.bonuses === undefined ? Infinity : rules.caps.bonuses * 100)
  const deductions = Math.min(-sum(-1), rules.caps?.deductions === undefined ? Infinity : rules.caps.deductions * 100)
  return Math.max((rules.baseScore * 100 + bonuses - deductions), rules.floor === undefined ? -Infinity : rules.floor * 100) / 100
}

t.test('100 points, less 10 a missing quarterly report, 5 a return (no substance), 0.1 a late one; the monthly period does not count', async (t) => {
  const { q1, q2, may } = await playYear()
  const put = await putRules({ baseScore: 100, periodKinds: ['quarter'], points: { late: -0.1, missing: -10, returned: -5 }, floor: 0 })
  t.equal(put.statusCode, 201, put.body)
  const body = await assessment(t)
  t.same(body.periods.map((p) => [p.id, p.due]), [[q1.id, true], [q2.id, true]], 'the quarters only, both due')
  t.same(scores(body), [
    ['市发展改革委', 84.8, 1, 'green'],
    ['市财政局', 80, 2, 'blue'],
    ['市住房城乡建设局', 80, 2, 'blue'],
  ], 'equal scores share a rank and a colour; a unit that leads no task is not scored; B is not scored for the task it supports')
  t.same(notes(body, '市发展改革委'), [
    '第1项（上半年）：逾期报送，扣0.1分',
    '第2项（一季度）：逾期报送，扣0.1分',
    '第2项（一季度）：第1次退回修改，扣5分',
    '第2项（上半年）：未报送，扣10分',
  ])
  t.same(notes(body, '市住房城乡建设局'), ['第5项（一季度）：未报送，扣10分', '第5项（一季度）：第1次退回修改，扣5分', '第5项（一季度）：第2次退回修改，扣5分'],
    'returned twice and never handed in again: both returns, and missing')
  t.ok(body.units.every((unit) => unit.lines.every((line) => line.periodId !== may.id)), 'no line of the monthly period')
  const a = body.units[0]!
  t.match(a, { baseScore: 100, bonuses: 0, deductions: 15.2, bonusesCounted: 0, deductionsCounted: 15.2, floorApplied: false, tasks: 2, quartile: 1 })
  for (const unit of body.units) t.equal(unit.score, recomputed(body, unit), `${unit.name}: the score is its lines added up`)
  t.same(body.colours.map((c) => c.colour), ['green', 'blue', 'yellow', 'red'])
  t.match(body.colours[3]!.meaning, /^红色：排名后四分之一，较差$/)
})

t.test('+1 a completed task, −2 a return, from 0: every period counts, a task completes once', async (t) => {
  const { tasks } = await playYear()
  t.equal((await putRules({ baseScore: 0, points: { completed: 1, returned: -2 } })).statusCode, 201)
  const body = await assessment(t)
  t.equal(body.periods.length, 3, 'every period of the year')
  t.same(scores(body), [['市财政局', 0, 1, 'green'], ['市发展改革委', -2, 2, 'blue'], ['市住房城乡建设局', -3, 3, 'yellow']])
  const c = body.units[2]!
  t.same(c.lines.map((line) => [line.taskId, line.rule, line.points]), [
    [tasks[3]!.id, 'completed', 1], [tasks[4]!.id, 'returned', -2], [tasks[4]!.id, 'returned', -2],
  ], 'task 4 was accepted as completed twice, counted once, in Q1')
  t.equal(c.bonuses, 1)
  t.equal(c.deductions, 4)
})

t.test('bonuses, weights, caps and the floor; scores move with the record and the clock', async (t) => {
  const { q2, tasks } = await playYear()
  const rules = {
    baseScore: 100, points: { onTime: 1, behind: -3, completed: 2, completedEarly: 1, missing: -10 },
    taskWeights: [{ seq: 4, weight: 1.5 }, { taskId: tasks[0]!.id, weight: 0.5 }], caps: { bonuses: 5, deductions: 15 }, floor: 90,
  }
  t.equal((await putRules(rules)).statusCode, 201)
  const body = await assessment(t)
  const c = body.units.find((unit) => unit.name === '市住房城乡建设局')!
  t.same(c.lines.filter((line) => line.seq === 4).map((line) => [line.periodLabel, line.rule, line.weight, line.points]), [
    ['一季度', 'on_time', 1.5, 1.5], ['一季度', 'completed', 1.5, 3], ['一季度', 'completed_early', 1.5, 1.5],
    ['1-5月份', 'missing', 1.5, -15], ['上半年', 'on_time', 1.5, 1.5],
  ], 'weighted 1.5; completed (and early) once; the monthly report missing')
  t.match(c, { bonuses: 8.5, bonusesCounted: 5, deductions: 35, deductionsCounted: 15, score: 90, floorApplied: false })
  const a = body.units.find((unit) => unit.name === '市发展改革委')!
  t.same(a.lines.filter((line) => line.seq === 1).map((line) => [line.rule, line.points]), [['on_time', 0.5], ['missing', -5], ['behind', -1.5]],
    'task 1 weighs 0.5 by its id; late and returned count nothing here')
  t.match(a, { bonuses: 0.5, deductions: 26.5, score: 90, floorApplied: true }, '100 + 0.5 − 15 (capped) = 85.5, raised to the floor')
  t.same(a.lines.find((line) => line.rule === 'behind')!.note, '第1项（上半年）：未达预期，扣1.5分（权重0.5）')
  t.same(body.units.map((unit) => unit.rank), [1, 1, 1], 'all at the floor: one rank')
  for (const unit of body.units) t.equal(unit.score, recomputed(body, unit), `${unit.name}: recomputed from its lines`)

  // Before Q2's deadline, Q2 is not due: its missing entries are not missing yet.
  now = new Date('2025-07-01T00:00:00Z')
  const early = await assessment(t)
  t.same(early.periods.map((p) => p.due), [true, true, false])
  t.notOk(early.units.some((unit) => unit.lines.some((line) => line.periodId === q2.id && line.rule === 'missing')), 'nothing missing in Q2 yet')
  now = new Date('2025-08-01T00:00:00Z')

  // The record changes: B's task 3 is filed in Q2 after all (late, no rule for late): one missing line less.
  const before = (await assessment(t)).units.find((unit) => unit.name === '市财政局')!
  await call('PUT', `${city}/tasks/${tasks[2]!.id}/progress/${q2.id}`, { status: 'on_track', progress: '补报。' })
  const after = (await assessment(t)).units.find((unit) => unit.name === '市财政局')!
  t.equal(after.lines.length, before.lines.length, 'one missing line gone, one on-time line (the office filed it) come')
  t.ok(after.lines.some((line) => line.periodId === q2.id && line.rule === 'on_time'))
})

t.test('the rule set: created, read with its ETag, replaced with If-Match, audited', async (t) => {
  await playYear()
  const rules = { baseScore: 100, points: { missing: -10 } }
  const created = await putRules(rules)
  t.equal(created.statusCode, 201)
  t.equal(created.headers.location, `${city}/assessment-rules/2025`)
  t.equal(created.headers.etag, '"1"')
  const read = await app.inject({ url: `${city}/assessment-rules/2025` })
  t.equal(read.statusCode, 200)
  t.equal(read.headers.etag, '"1"')
  t.same(bodyOf(read, AssessmentRuleSet).rules, rules)

  assertProblem(t, await putRules({ ...rules, floor: 0 }, { 'if-match': '"7"' }), 412, 'precondition_failed')
  const replaced = await putRules({ ...rules, floor: 0 }, { 'if-match': '"1"' })
  t.equal(replaced.statusCode, 200)
  t.equal(bodyOf(replaced, AssessmentRuleSet).version, 2)
  t.equal(bodyOf(replaced, AssessmentRuleSet).rules.floor, 0)
  assertProblem(t, await putRules(rules, { 'if-match': '"1"' }, 2026), 412, 'precondition_failed')

  const audit = (await sql<{ action: string, entityId: string, before: unknown, after: { rules: unknown } }>`
    select action, entity_id, before, after from audit_events where city_code = '341700' and entity = 'assessment_rules' order by id`.execute(database.db)).rows
  t.same(audit.map((row) => [row.action, row.entityId]), [['create', '2025'], ['update', '2025']])
  t.same(audit[1]!.after.rules, { ...rules, floor: 0 })

  assertProblem(t, await app.inject({ url: `${city}/assessment-rules/2024` }), 404, 'not_found')
  assertProblem(t, await app.inject({ url: `${city}/assessment`, query: { year: '2024' } }), 422, 'no_assessment_rules')
  const noCity = assertProblem(t, await app.inject({ url: '/v1/cities/110000/assessment', query: { year: '2025' } }), 404, 'not_found')
  t.match(noCity.detail, /city/)
  assertProblem(t, await app.inject({ method: 'PUT', url: '/v1/cities/110000/assessment-rules/2025', payload: rules }), 404, 'not_found')
})

t.test('rules that score app usage, 批示 or photo evidence cannot be written; nor malformed ones', async (t) => {
  const { tasks } = await playYear()
  const base = { baseScore: 100, points: { missing: -10 } }
  const refused: [object, string[]][] = [
    [{ ...base, points: { missing: -10, appUsage: 1 } }, ['body/points/appUsage']],
    [{ ...base, points: { leaderInstructions: 2 } }, ['body/points/leaderInstructions']],
    [{ ...base, points: { 批示: 2 } }, ['body/points/批示']],
    [{ ...base, photoEvidence: { perPhoto: 0.5 } }, ['body/photoEvidence']],
    [{ ...base, custom: [{ fact: 'app_logins', points: 1 }] }, ['body/custom']],
    [{ ...base, taskWeights: [{ seq: 1, weight: 2, evidence: 'photos' }] }, ['body/taskWeights/0/evidence']],
    [{ ...base, points: { late: 0.1 } }, ['body/points/late']],
    [{ ...base, points: { completed: -1 } }, ['body/points/completed']],
    [{ points: { missing: -10 } }, ['body/baseScore']],
    [{ ...base, periodKinds: ['weekly'] }, ['body/periodKinds/0']],
  ]
  for (const [rules, fields] of refused) {
    const response = await putRules(rules)
    t.same(badFields(t, response), fields, JSON.stringify(rules))
  }
  const app_ = assertProblem(t, await putRules({ ...base, points: { appUsage: 1 } }), 400, 'validation_failed')
  t.equal(app_.detail, 'body/points/appUsage is not a known field', 'the problem names the field it refused')

  const domain: [object, string[]][] = [
    [{ ...base, points: { late: -0.125 } }, ['body/points/late']],
    [{ ...base, taskWeights: [{ seq: 1, taskId: tasks[0]!.id, weight: 2 }] }, ['body/taskWeights/0']],
    [{ ...base, taskWeights: [{ weight: 2 }] }, ['body/taskWeights/0']],
    [{ ...base, taskWeights: [{ seq: 99, weight: 2 }] }, ['body/taskWeights/0/seq']],
    [{ ...base, taskWeights: [{ seq: 1, weight: 2 }, { taskId: tasks[0]!.id, weight: 3 }] }, ['body/taskWeights/1']],
  ]
  for (const [rules, fields] of domain) t.same(badFields(t, await putRules(rules)), fields, JSON.stringify(rules))
  assertProblem(t, await app.inject({ url: `${city}/assessment-rules/2025` }), 404, 'not_found')
})

t.test('ranks, ties and quartiles over eight units', async (t) => {
  now = new Date('2025-01-02T00:00:00Z')
  await seedCity(app)
  const period = await post(app, `${city}/periods`, { year: 2025, label: '一季度', kind: 'quarter', startsOn: '2025-01-01', endsOn: '2025-03-31', dueAt: '2025-04-10T09:30:00.000Z' }, PeriodSchema)
  // Unit i leads i tasks, and files none: with −1 a missing entry it scores 100 − i.
  const missingOf = [1, 2, 2, 3, 4, 4, 4, 8]
  let seq = 0
  for (const [i, count] of missingOf.entries()) {
    const unit = await seedUnit(app, `单位${i + 1}`)
    for (let n = 0; n < count; n++) await seedTask(app, { year: 2025, seq: ++seq, leadUnitIds: [unit.id] })
  }
  now = new Date('2025-05-01T00:00:00Z')
  await putRules({ baseScore: 100, points: { missing: -1 } })
  const body = await assessment(t)
  t.same(body.units.map((unit) => [unit.name, unit.score, unit.rank, unit.quartile, unit.colour]), [
    ['单位1', 99, 1, 1, 'green'],
    ['单位2', 98, 2, 1, 'green'],
    ['单位3', 98, 2, 1, 'green'],
    ['单位4', 97, 4, 2, 'blue'],
    ['单位5', 96, 5, 3, 'yellow'],
    ['单位6', 96, 5, 3, 'yellow'],
    ['单位7', 96, 5, 3, 'yellow'],
    ['单位8', 92, 8, 4, 'red'],
  ], 'a shared rank skips the ranks after it; a shared rank shares its quartile')
  t.equal(body.periods[0]!.id, period.id)
})

// What a reader sees of a row: without the joiners that keep a number whole on a line (shared/typography.ts).
const seen = (values: unknown) => (values as unknown[]).map((value) => (typeof value === 'string' ? value.replace(/\u2060/g, '') : value))

t.test('the workbook: results with colours and grades, then every line', async (t) => {
  await playYear()
  await putRules({ baseScore: 100, periodKinds: ['quarter'], points: { late: -0.1, missing: -10, returned: -5 }, floor: 0 })
  const response = await app.inject({ url: `${city}/assessment`, query: { year: '2025', format: 'xlsx' } })
  t.equal(response.statusCode, 200)
  t.match(response.headers['content-type'], /spreadsheetml/)
  t.match(response.headers['content-disposition'], /filename\*=UTF-8''.*%E8%80%83%E6%A0%B8/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
  t.same(workbook.worksheets.map((sheet) => sheet.name), ['考核结果', '得分明细'])
  const results = workbook.getWorksheet('考核结果')!
  t.equal(results.getCell('A1').value, '池州市2025年度重点工作考核结果')
  t.equal(seen([results.getCell('A2').value])[0], '计分规则：基础分100分；逾期报送每项扣0.1分；未报送每项扣10分；退回修改每次扣5分；最低0分；只计季度报告。')
  t.same([4, 5, 6, 7].map((row) => seen(results.getRow(row).values)), [
    [undefined, '名次', '牵头责任单位', '牵头任务', '基础分', '加分', '扣分', '得分', '等次'],
    [undefined, 1, '市发展改革委', 2, 100, 0, 15.2, 84.8, '好（第1档）'],
    [undefined, 2, '市财政局', 1, 100, 0, 20, 80, '较好（第2档）'],
    [undefined, 2, '市住房城乡建设局', 2, 100, 0, 20, 80, '较好（第2档）'],
  ])
  t.match(results.getCell('H5').fill, { fgColor: { argb: 'FFC6EFCE' } }, 'green')
  t.equal(results.pageSetup.printTitlesRow, '4:4', 'the header row on every page')
  const lines = workbook.getWorksheet('得分明细')!
  t.same(seen(lines.getRow(1).values), [undefined, '牵头责任单位', '序号', '期次', '规则', '权重', '分值', '说明'])
  t.same(seen(lines.getRow(2).values), [undefined, '市发展改革委', 1, '上半年', '逾期报送', 1, -0.1, '第1项（上半年）：逾期报送，扣0.1分'])
  t.equal(seen([lines.getRow(6).getCell(7).value])[0], '加分0分（计0分），扣分15.2分（计15.2分），得分84.8分，第1名')
  t.equal(lines.rowCount, 1 + 4 + 1 + 2 + 1 + 3 + 1)

  const accepted = await app.inject({ url: `${city}/assessment`, query: { year: '2025' }, headers: { accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } })
  t.match(accepted.headers['content-type'], /spreadsheetml/, 'or by Accept')
})

t.test('who may: the office writes the rules; a unit or reader reads them and the scores, never writes; a published reader neither', async (t) => {
  const { units } = await playYear()
  const rules = { baseScore: 100, points: { missing: -10 } }
  const unit = await createKey(database, { role: 'lead_unit', cityCode: '341700', leadUnitId: units.a.id })
  const reader = await createKey(database, { role: 'reader', cityCode: '341700' })
  const published = await createKey(database, { role: 'reader', cityCode: '341700' })
  await sql`update api_keys set published_only = true where id = (select max(id) from api_keys)`.execute(database.db)
  const office = await createKey(database, { role: 'city_office', cityCode: '341700' })
  await seedCity(app, '340400')
  const otherOffice = await createKey(database, { role: 'city_office', cityCode: '340400' })
  for (const key of [unit, reader, published, otherOffice]) assertProblem(t, await putRules(rules, as(key)), 403, 'forbidden')
  t.equal((await putRules(rules, as(office))).statusCode, 201, 'the city\'s office')
  for (const key of [unit, reader]) {
    t.equal((await app.inject({ url: `${city}/assessment-rules/2025`, headers: as(key) })).statusCode, 200)
    t.equal((await app.inject({ url: `${city}/assessment`, query: { year: '2025' }, headers: as(key) })).statusCode, 200)
  }
  assertProblem(t, await app.inject({ url: `${city}/assessment`, query: { year: '2025' }, headers: as(published) }), 403, 'forbidden')
  assertProblem(t, await app.inject({ url: `${city}/assessment`, query: { year: '2025' }, headers: as(otherOffice) }), 403, 'forbidden')
  assertProblem(t, await app.inject({ url: `${city}/assessment`, query: { year: '2025', bogus: '1' } }), 400, 'validation_failed')
  assertProblem(t, await app.inject({ url: `${city}/assessment` }), 400, 'validation_failed')
})
