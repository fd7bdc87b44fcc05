import t from 'tap'
import { actualFor, targetsFor } from './entryIndicators.js'
import { forecastOf } from './forecast.js'

const may = { year: 2025, endsOn: '2025-05-31' }
const forecastFor = (title: string, progress: string, lastYear?: Parameters<typeof forecastOf>[3], period = may) => {
  const [target] = targetsFor(title)
  const { actual } = actualFor(progress, [target!])
  return forecastOf(target!, actual!, period, lastYear)
}

t.test('a cumulative target at the pace of the year so far', async (t) => {
  const short = forecastFor('新增城镇就业1万人。', '1-5月，全市新增城镇就业3500人。')
  t.match(short, { basis: 'run_rate', projected: 0.84, unit: '万人', misses: true }, 'in the target\'s unit')
  t.equal(short!.statement, '按目前进度（全年时间已过41.7%）推算，全年预计0.84万人，低于目标1万人')
  t.match(forecastFor('新增城镇就业1万人。', '1-5月，全市新增城镇就业4500人。'), { projected: 1.08, misses: false, statement: /可完成目标$/ })
  t.match(forecastFor('新建5G基站500个。', '1-5月，新建5G基站176个。'), { projected: 422, unit: '个' }, 'a count comes out whole')
  t.match(forecastFor('完成固定资产投资100亿元。', '1-5月，完成固定资产投资38.5亿元。'), { projected: 92.4, unit: '亿元' }, 'an amount to two places')
})

t.test('a cumulative target at last year\'s shape, when last year gave the same indicator at this month and at the year\'s end', async (t) => {
  // Last year 30% of the total came by the end of May: 3500 by May projects 1.17万, not 0.84万.
  const shaped = forecastFor('新增城镇就业1万人。', '1-5月，全市新增城镇就业3500人。', { month: 5, atMonth: 3000, atYearEnd: 10000 })
  t.match(shaped, { basis: 'last_year', projected: 1.17, misses: false })
  t.equal(shaped!.statement, '按上年同期进度（上年5月底完成全年的30%）推算，全年预计1.17万人，可完成目标')
  t.match(forecastFor('新增城镇就业1万人。', '1-5月，全市新增城镇就业3500人。', { month: 6, atMonth: 3000, atYearEnd: 10000 }), { basis: 'run_rate' },
    'last year\'s figure at another month is no shape for this one')
})

t.test('a rate as it stands, or moved as last year\'s moved', async (t) => {
  t.match(forecastFor('地区生产总值增长6.5%以上。', '1-5月，增长6.4%。'), { basis: 'run_rate', projected: 6.4, misses: true, statement: '按目前累计水平推算，全年预计增长6.4%，达不到目标' })
  t.match(forecastFor('地区生产总值增长6.5%以上。', '1-5月，增长6.4%。', { month: 5, atMonth: 5.8, atYearEnd: 6.3 }),
    { basis: 'last_year', projected: 6.9, misses: false, statement: '按上年5月至年末提高0.5个百分点推算，全年预计增长6.9%，可完成目标' })
  t.match(forecastFor('城镇调查失业率控制在5.5%以内。', '城镇调查失业率为5.2%。'), { misses: false })
  t.equal(forecastFor('居民消费价格涨幅3%左右。', '居民消费价格涨幅2.1%。'), null, '左右 has no agreed tolerance to miss')
})
