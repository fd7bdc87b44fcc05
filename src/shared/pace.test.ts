import t from 'tap'
import { readSeed } from '../../test/fixtures.js'
import { actualFor, targetsFor } from './entryIndicators.js'
import { extractTargets } from './indicators.js'
import { completionIn, milestoneReached, paceOf, scheduledShare, shareOfYear, type TaskSchedule } from './pace.js'
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

t.test('a task\'s own schedule: the share due drawn straight between its dates', async (t) => {
  const shares = [{ by: '2025-03-31', percent: 10 }, { by: '2025-09-30', percent: 70 }, { by: '2025-12-31', percent: 100 }]
  t.equal(scheduledShare(shares, 2025, '2025-03-31'), 0.1, 'on a date: its share')
  t.equal(Math.round(scheduledShare(shares, 2025, '2025-06-30') * 1000) / 1000, 0.398, 'between dates: straight (91 of 183 days from 10% to 70%)')
  t.equal(Math.round(scheduledShare(shares, 2025, '2025-02-14') * 1000) / 1000, 0.05, 'before the first date: from nothing on 1 January')
  t.equal(scheduledShare([{ by: '2025-01-01', percent: 40 }, { by: '2025-12-31', percent: 100 }], 2025, '2025-01-01'), 0.4, 'a project carried over starts where it stood')
  t.equal(scheduledShare([{ by: '2025-06-30', percent: 100 }], 2025, '2025-11-30'), 1, 'after the last date: its share')
  t.equal(scheduledShare(shares, 2025, '2024-12-31'), 0, 'before the year: nothing')

  const schedule: TaskSchedule = { shares: [{ by: '2025-05-31', percent: 60 }, { by: '2025-12-31', percent: 100 }] }
  const targets = targetsFor('新增城镇就业1万人。')
  const pace = (progress: string) => paceOf(targets, actualFor(progress, targets).actual, may, { schedule, progress })
  t.match(pace('1-5月，全市新增城镇就业5000人。'), { kind: 'quantity', expectedShare: 0.6, actualShare: 0.5, verdict: 'behind', gap: -10,
    statement: '完成年度目标的50%，低于计划进度10个百分点' }, 'on schedule by months ÷ 12 (41.7%), behind the office\'s 60%')
  t.match(pace('1-5月，全市新增城镇就业6500人。'), { verdict: 'on_schedule', statement: '完成年度目标的65%，高于计划进度5个百分点' })
  t.match(paceOf(targetsFor('地区生产总值增长6.5%以上。'), actualFor('增长6.4%。', targetsFor('地区生产总值增长6.5%以上。')).actual, may,
    { schedule, progress: '增长6.4%。' }), { kind: 'rate', verdict: 'behind' }, 'a rate is against its target whatever the schedule')
})

t.test('a project\'s completion percentage against its schedule, when the title sets no figure', async (t) => {
  const schedule: TaskSchedule = { shares: [{ by: '2025-10-31', percent: 85 }, { by: '2025-12-31', percent: 100 }] }
  const october = { year: 2025, endsOn: '2025-10-31' }
  const pace = (progress: string) => paceOf([], null, october, { schedule, progress })
  t.match(pace('截至10月底，完成总工程量的80%。'), { kind: 'completion', expectedShare: 0.85, actualShare: 0.8, verdict: 'behind', gap: -5,
    statement: '完成进度80%，低于计划进度（85%）5个百分点' }, 'the county\'s 80% at 31 October against 85% due: 进度滞后')
  t.match(pace('主体结构施工中，形象进度达90%。'), { verdict: 'on_schedule', gap: 5 })
  t.match(pace('项目已全部完工，完成进度100%。'), { verdict: 'ahead', statement: '已全部完成' }, 'done before the last date is ahead')
  t.match(pace('完成投资5000万元，占年度计划的60%。'), { verdict: null, statement: '进展未报告完成进度的百分比' }, 'a share of a plan (占) is no completion percentage')
  t.match(completionIn('一季度增长8%，工程进度完成70%，同比提高5%'), { share: 0.7, text: '70%' }, 'a rise is no completion percentage, the last share is')
  t.equal(completionIn('投资完成率95%，占比60%'), null, 'a rate or a proportion is not one either')
  t.equal(paceOf([], null, october, { schedule: null, progress: '完成总工程量的80%。' }), null, 'no schedule, no title figure: no pace')
})

t.test('milestones: those due by the period\'s end against those the progress reports reached', async (t) => {
  const schedule: TaskSchedule = { milestones: [{ name: '开工', due: '2025-03-31' }, { name: '主体完工', due: '2025-09-30', words: ['主体结构封顶'] },
    { name: '投用', due: '2025-12-31' }] }
  const at = (endsOn: string, progress: string) => paceOf(targetsFor('新增学位1000个。'), null, { year: 2025, endsOn }, { schedule, progress })
  t.match(at('2025-05-31', '项目已于3月开工，正在进行基础施工。'), { kind: 'milestone', verdict: 'on_schedule', expectedShare: 0.333, actualShare: 0.333,
    gap: null, statement: '已完成“开工”' }, 'milestones are the yardstick even with a title figure')
  t.match(at('2025-05-31', '正在办理施工许可，计划6月开工。'), { verdict: 'behind', statement: '“开工”（3月31日到期）未见完成' }, 'a plan is not a milestone reached')
  t.match(at('2025-05-31', '项目已开工，主体已完工。'), { verdict: 'ahead', statement: '已完成“开工”；提前完成“主体完工”（9月30日到期）' })
  t.match(at('2025-10-31', '项目动工建设后进展顺利，主体结构封顶。'), { verdict: 'on_schedule', statement: '已完成“开工”、“主体完工”' },
    'a synonym (动工) and the office\'s own words (主体结构封顶)')
  t.match(at('2025-02-28', '开展开工前期准备工作。'), { verdict: 'on_schedule', expectedShare: 0, actualShare: 0,
    statement: '尚无到期节点，下一节点“开工”（3月31日到期）' }, 'preparations for a milestone are not the milestone')
  t.match(at('2025-12-31', '主体已竣工并投入使用，开工以来累计投资2亿元。'), { verdict: 'on_schedule', actualShare: 1 }, '主体已竣工 is 主体完工')
  t.match(at('2025-12-31', '已竣工并投入使用。'), { verdict: 'behind', statement: '已完成“投用”；“开工”（3月31日到期）、“主体完工”（9月30日到期）未见完成' },
    'what the text does not say is not read into it')
  t.equal(milestoneReached('力争年底前投用', { name: '投用', due: '2025-12-31' }), false)
  t.equal(milestoneReached('尚未开工', { name: '开工', due: '2025-03-31' }), false)
  t.equal(milestoneReached('目前已投入使用', { name: '投用', due: '2025-12-31' }), true)
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
