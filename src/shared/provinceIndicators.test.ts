import t from 'tap'
import { checkQuotedRank, growthOf, matchIndicator } from './provinceIndicators.js'
import { competitionRanks } from './ranking.js'

const catalogue = [
  { id: 1, name: '地区生产总值', aliases: ['GDP', '生产总值'] },
  { id: 3, name: '规模以上工业增加值', aliases: ['规上工业增加值'] },
  { id: 6, name: '城镇居民人均可支配收入', aliases: ['城镇常住居民人均可支配收入'] },
  { id: 7, name: '农村居民人均可支配收入', aliases: ['农村常住居民人均可支配收入'] },
]

t.test('a title\'s target names its indicator; a mention is a weaker match', async (t) => {
  t.same(matchIndicator('地区生产总值增长6.5%以上。', catalogue), { indicatorId: 1, confidence: 0.95 })
  t.same(matchIndicator('规上工业增加值增长 9%。', catalogue), { indicatorId: 3, confidence: 0.95 })
  t.same(matchIndicator('城镇常住居民人均可支配收入增长 8.5%。', catalogue), { indicatorId: 6, confidence: 0.95 })
  t.same(matchIndicator('农村常住居民人均可支配收入增长 9%。', catalogue), { indicatorId: 7, confidence: 0.95 })
  t.same(matchIndicator('推动数字经济增加值占地区生产总值比重提高。', catalogue), { indicatorId: 1, confidence: 0.6 })
  t.equal(matchIndicator('新建5G基站1000个。', catalogue), null)
})

t.test('ranks as statistics offices give them: ties share the better rank, the next skips', async (t) => {
  t.same(competitionRanks([6.4, 5, 5, 4.1]), [1, 2, 2, 4])
  t.same(competitionRanks([3, 7, 7, 7]), [4, 1, 1, 1])
  t.same(competitionRanks([]), [])
})

t.test('a quoted rank is checked only among all the province\'s cities', async (t) => {
  t.equal(checkQuotedRank({ position: 6, scope: '全省', text: '居全省第6位' }, 6, 16, 16), 'agrees')
  t.equal(checkQuotedRank({ position: 6, scope: '全省', text: '居全省第6位' }, 5, 16, 16), 'disagrees')
  t.equal(checkQuotedRank({ position: 'last', scope: '全省', text: '居全省末位' }, 16, 16, 16), 'agrees')
  t.equal(checkQuotedRank({ position: 6, scope: '全省', text: '居全省第6位' }, 1, 3, 16), 'cannot_check')
  t.equal(checkQuotedRank({ position: 1, scope: '皖北', text: '居皖北第1位' }, 1, 16, 16), 'cannot_check')
  t.equal(growthOf({ metric: null, measure: '下降', value: 0.7, unit: '%', text: '下降0.7%' }), -0.7)
  t.equal(growthOf({ metric: '收入', measure: null, value: 51.36, unit: '亿元', text: '51.36亿元' }), null)
})
