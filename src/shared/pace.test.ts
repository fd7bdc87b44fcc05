import t from 'tap'
import { readSeed } from '../../test/fixtures.js'
import { actualFor, targetsFor } from './entryIndicators.js'
import { extractTargets } from './indicators.js'
import { paceOf, shareOfYear } from './pace.js'
import { parseReport } from './report/parse.js'

const may = { year: 2025, endsOn: '2025-05-31' }
const paceFor = (title: string, progress: string, period = may) => {
  const targets = targetsFor(title)
  return paceOf(targets, actualFor(progress, targets).actual, period)
}

t.test('the share of the year elapsed: months ÷ 12, the yardstick offices publish', async (t) => {
  t.equal(shareOfYear(2025, '2025-03-31'), 0.25, '一季度: 25%')
  t.equal(shareOfYear(2025, '2025-06-30'), 0.5, '上半年: 50%')
  t.equal(Math.round(shareOfYear(2025, '2025-11-30') * 1000) / 10, 91.7, '1-11月: 91.7%')
  t.equal(shareOfYear(2025, '2025-12-31'), 1)
  t.equal(shareOfYear(2025, '2025-03-15'), (2 + 15 / 31) / 12, 'a part month by its days')
  t.equal(shareOfYear(2025, '2026-01-31'), 1, 'a period past the year: all of it')
})

t.test('a cumulative target against the share due', async (t) => {
  const behind = paceFor('新增城镇就业1万人。', '1-5月，全市新增城镇就业3500人。')
  t.match(behind, { kind: 'quantity', verdict: 'behind', expectedShare: 0.417, actualShare: 0.35, gap: -6.7 })
  t.equal(behind!.statement, '完成年度目标的35%，低于序时进度6.7个百分点')

  const onSchedule = paceFor('新增城镇就业1万人。', '1-5月，全市新增城镇就业4500人。')
  t.match(onSchedule, { verdict: 'on_schedule', gap: 3.3, statement: '完成年度目标的45%，高于序时进度3.3个百分点' })

  const ahead = paceFor('新增城镇就业1万人。', '1-5月，全市新增城镇就业6000人。')
  t.match(ahead, { verdict: 'ahead', gap: 18.3 }, `${18.3} points past the share due is ahead`)

  const done = paceFor('新增城镇就业1万人。', '1-5月，全市新增城镇就业1.2万人。')
  t.match(done, { verdict: 'ahead', actualShare: 1.2, statement: '已完成年度目标（120%）' }, 'the year\'s target reached by May')
  t.match(paceFor('新增城镇就业1万人。', '全市新增城镇就业1.2万人。', { year: 2025, endsOn: '2025-12-31' }), { verdict: 'on_schedule' },
    'reached at the year\'s end is on schedule, not ahead')
})

t.test('a rate against the target itself', async (t) => {
  t.match(paceFor('地区生产总值增长6.5%以上。', '一季度，增长6.4%。'), { kind: 'rate', verdict: 'behind', statement: '增长6.4%，低于目标0.1个百分点' })
  t.match(paceFor('地区生产总值增长6.5%以上。', '一季度，增长6.6%。'), { verdict: 'on_schedule', statement: '增长6.6%，高于目标0.1个百分点' })
  t.match(paceFor('地区生产总值增长6.5%以上。', '一季度，增长8%。'), { verdict: 'ahead' }, '1.5 points past a growth target is ahead')
  t.match(paceFor('城镇调查失业率控制在5.5%以内。', '城镇调查失业率为5.2%。'), { verdict: 'on_schedule', statement: '5.2%，低于控制目标0.3个百分点' })
  t.match(paceFor('城镇调查失业率控制在5.5%以内。', '城镇调查失业率为5.8%。'), { verdict: 'behind', statement: '5.8%，超出目标0.3个百分点' })
  t.match(paceFor('居民消费价格涨幅3%左右。', '居民消费价格涨幅2.1%。'), { verdict: null }, '左右 carries no agreed tolerance')
})

t.test('no figure for the target says so; a task with no measurable target has no pace', async (t) => {
  t.match(paceFor('新增城镇就业1万人。', '积极开展招聘活动。'), { verdict: null, statement: '进展未报告与目标“新增城镇就业1万人”对应的数值' })
  t.equal(paceFor('深化“放管服”改革，优化营商环境。', '出台若干措施。'), null)
  t.equal(paceOf(extractTargets('新增城镇就业1万人。'), { metric: '某指标', measure: '增长', value: 3, unit: '%', text: '增长3%' }, may)!.verdict, null,
    'a figure of another kind than the target is not compared')
})

t.test('on the seeds: what the 池州 report calls 未达预期 comes out behind, or has no measurable target; nothing completed is behind', async (t) => {
  const verdicts = (file: 'chizhou-2025-jan-may.txt' | 'huainan-2023-q1.txt', period: { year: number, endsOn: string }) =>
    parseReport(readSeed(file)).rows.map((row) => {
      const targets = targetsFor(row.title)
      return { seq: row.seq, status: row.status, pace: paceOf(targets, actualFor(row.progress, targets).actual, period) }
    })
  const chizhou = verdicts('chizhou-2025-jan-may.txt', may)
  const behind = chizhou.filter((row) => row.status === 'behind')
  t.equal(behind.length, 8)
  t.same(behind.filter((row) => row.pace?.verdict === 'behind').map((row) => row.seq), [1, 2, 3, 4, 5, 6, 7])
  t.same(behind.filter((row) => row.pace === null).map((row) => row.seq), [11], 'the eighth (生态环境质量 … 省下达目标) sets no figure')
  t.same(chizhou.filter((row) => row.status === 'completed' && row.pace?.verdict === 'behind'), [], 'no completed task is behind')
  t.same(chizhou.filter((row) => row.status === 'on_track' && row.pace?.verdict === 'behind').map((row) => row.seq), [46],
    'one task the office rated 序时推进 is behind 序时进度 by its own figures')
  t.equal(chizhou.filter((row) => row.pace !== null).length, 26, 'tasks with a measurable target')

  const huainan = verdicts('huainan-2023-q1.txt', { year: 2023, endsOn: '2023-03-31' })
  const tally = (verdict: string | null) => huainan.filter((row) => row.pace !== null && row.pace.verdict === verdict).length
  t.same({ measurable: huainan.filter((row) => row.pace !== null).length, ahead: tally('ahead'), on_schedule: tally('on_schedule'),
    behind: tally('behind'), noVerdict: tally(null) }, { measurable: 61, ahead: 8, on_schedule: 4, behind: 12, noVerdict: 37 })
})
