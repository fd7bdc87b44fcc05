import t from 'tap'
import { readSeed } from '../../test/fixtures.js'
import { parseReport } from './report/parse.js'
import {
  comparable, sentencesOf, sharedSentences, similarity, STALE_MIN_LENGTH, STALE_SIMILARITY, staleSimilarity, TEMPLATE_MIN_LENGTH,
} from './copiedText.js'

// Our own report of one task over two periods, in the way the seeds write: what moves on between
// 1-5月份 and 1-6月份 when a unit only updates its figures, and what a real update looks like.
const MAY = '截至5月底，全市新开工重点项目12个，完成投资3亿元，占年度计划的41%。组织召开项目调度会2次，协调解决用地、环评等问题5个，' +
  '对进度滞后的3个项目实行挂图作战。'
const pairs = {
  figuresMoved: '截至6月底，全市新开工重点项目15个，完成投资3.5亿元，占年度计划的52%。组织召开项目调度会3次，协调解决用地、环评等问题7个，' +
    '对进度滞后的2个项目实行挂图作战。',
  clauseReworded: MAY.replace('对进度滞后的3个项目实行挂图作战', '对进度滞后的3个项目逐一约谈'),
  clauseAdded: `${MAY.replace('截至5月底', '截至6月底')}新增入库项目4个。`,
  paragraphAdded: `${MAY}6月份，市重点项目指挥部赴长三角开展专题招商，签约产业链配套项目6个，总投资18亿元；` +
    '建立“一项目一专班”机制，由县区主要负责同志包保推进。',
  newParagraph: '1-6月份，市重点项目指挥部赴长三角开展专题招商，签约产业链配套项目6个，总投资18亿元。建立“一项目一专班”机制，' +
    '由县区主要负责同志包保推进，城东片区安置房项目主体封顶，滨江大道改造工程完成沥青摊铺。',
}

t.test('comparable sets dates, periods and figures aside', async (t) => {
  t.equal(comparable('截至5月底，完成投资3亿元'), '截至@完成投资#元')
  t.equal(comparable('截至6月底，完成投资3.5亿元'), '截至@完成投资#元')
  t.equal(comparable('1-5月份，同比增长12.5%'), '@同比增长#')
  t.equal(comparable('一季度，增长 6.4%'), comparable('上半年,增长6.6%'), 'a period word, width and spaces')
  t.equal(comparable('2023年6月30日前完成'), '@前完成')
  t.equal(comparable('前三季度'), '@')
  t.equal(comparable('截至今年'), '截至今年', '今年 is a word; only a numbered year is a date')
})

t.test('similarity: our pairs of a task across two periods', async (t) => {
  const score = (text: string) => similarity(text, MAY)
  t.equal(score(pairs.figuresMoved), 1, 'figures moved on: the same text')
  t.equal(similarity(MAY.replace('截至5月底', '一季度'), MAY.replace('截至5月底', '上半年')), 1, 'a period word moved on')
  t.ok(score(pairs.clauseReworded) >= STALE_SIMILARITY, `a clause reworded: ${score(pairs.clauseReworded)}`)
  t.ok(score(pairs.clauseAdded) >= STALE_SIMILARITY, `a short clause added: ${score(pairs.clauseAdded)}`)
  t.ok(score(pairs.paragraphAdded) < STALE_SIMILARITY, `a paragraph of its length added: ${score(pairs.paragraphAdded)}`)
  t.ok(score(pairs.newParagraph) < 0.35, `a new paragraph on the same task: ${score(pairs.newParagraph)}`)
  t.equal(similarity('', ''), 0)
})

t.test('staleSimilarity: at the threshold, long enough, rounded', async (t) => {
  t.equal(staleSimilarity(pairs.figuresMoved, MAY), 1)
  t.equal(staleSimilarity(pairs.newParagraph, MAY), undefined)
  t.equal(staleSimilarity(pairs.paragraphAdded, MAY), undefined)
  const reworded = staleSimilarity(pairs.clauseReworded, MAY)!
  t.equal(reworded, Math.round(similarity(pairs.clauseReworded, MAY) * 100) / 100)
  // A figure and a rank, as indicator tasks report, moves on every period: it is the progress.
  t.equal(staleSimilarity('上半年，增长6.6%，增速居全省第5位。', '一季度，增长6.4%，增速居全省第6位。'), undefined, 'shorter than the floor')
  t.ok([...comparable('一季度，城镇常住居民人均可支配收入同比增长5.2%，居全省第7位')].length < STALE_MIN_LENGTH)
})

// Every pair of different tasks' progress texts in each seed: unrelated texts, which must score
// well below the threshold. The figures in the comment beside STALE_SIMILARITY are these.
for (const [name, highest, p999] of [['huainan-2023-q1.txt', 0.74, 0.34], ['chizhou-2025-jan-may.txt', 0.27, 0.27]] as const) {
  t.test(`different tasks of ${name} are not stale against each other`, async (t) => {
    const rows = parseReport(readSeed(name)).rows.filter((row) => [...comparable(row.progress)].length >= STALE_MIN_LENGTH)
    const scores: number[] = []
    for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) scores.push(similarity(rows[i]!.progress, rows[j]!.progress))
    scores.sort((a, b) => a - b)
    const max = scores.at(-1)!
    const at = (share: number) => scores[Math.floor(share * scores.length)]!
    t.ok(max < highest, `highest ${max.toFixed(3)} of ${scores.length} pairs`)
    t.ok(at(0.999) < p999, `99.9th percentile ${at(0.999).toFixed(3)}, 99th ${at(0.99).toFixed(3)}, median ${at(0.5).toFixed(3)}`)
    t.ok(max < STALE_SIMILARITY - 0.1, 'well below the threshold')
    t.equal(rows.filter((row) => rows.some((other) => other !== row && staleSimilarity(row.progress, other.progress) !== undefined)).length, 0)
  })
}

t.test('sentencesOf: split at 。；！？ and line breaks, short ones left out, list markers off', async (t) => {
  t.same(sentencesOf('1. 完成城东片区安置房主体工程建设；2、启动滨江大道改造工程前期工作！已完成。\n（3）组织开展重点项目集中开工活动？'), [
    { text: '完成城东片区安置房主体工程建设', key: '完成城东片区安置房主体工程建设' },
    { text: '启动滨江大道改造工程前期工作', key: '启动滨江大道改造工程前期工作' },
    { text: '组织开展重点项目集中开工活动', key: '组织开展重点项目集中开工活动' },
  ])
  t.same(sentencesOf('一是坚持问题导向,强化统筹调度')[0], { text: '坚持问题导向,强化统筹调度', key: '坚持问题导向,强化统筹调度' })
  t.equal(sentencesOf('坚持问题导向，强化统筹调度')[0]!.key, sentencesOf('坚持问题导向,强化统筹调度')[0]!.key, 'full and half width match')
  t.same(sentencesOf('1-5月，增长5.1%。已完成。正在推进中'), [], `under ${TEMPLATE_MIN_LENGTH} characters: not a template`)
  t.equal(sentencesOf('x'.repeat(TEMPLATE_MIN_LENGTH)).length, 1, 'the minimum itself counts')
})

t.test('sharedSentences: across units that share no task, not within one unit', async (t) => {
  const template = '坚持问题导向，强化统筹调度，确保各项任务按时保质完成'
  const found = sharedSentences([
    { key: 'a', leadUnitIds: [1], progress: `贵池区完成农村道路改造12公里。${template}。` },
    { key: 'b', leadUnitIds: [2, 3], progress: `东至县完成农村道路改造8公里。${template}。` },
    { key: 'c', leadUnitIds: [1], progress: `${template}；另有其他工作。` },
    { key: 'd', leadUnitIds: [3], progress: '完成了别的工作，与上面无关的一段文字。' },
    { key: 'e', leadUnitIds: [], progress: `${template}。` },
  ])
  t.same(found.get('a'), [{ sentence: template, others: ['b', 'e'] }], 'c is the same unit\'s')
  t.same(found.get('b'), [{ sentence: template, others: ['a', 'c', 'e'] }])
  t.same(found.get('c'), [{ sentence: template, others: ['b', 'e'] }])
  t.equal(found.has('d'), false)
  t.same(found.get('e'), [{ sentence: template, others: ['a', 'b', 'c'] }], 'no lead unit named: shares none')
  t.equal(sharedSentences([{ key: 1, leadUnitIds: [1], progress: `${template}。${template}。` }]).size, 0, 'one entry saying it twice')
})
