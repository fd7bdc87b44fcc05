import t from 'tap'
import { chinesePunctuation, JOINER, keepTogether, numberPieces, titleLines } from './typography.js'
import { cellLines, rowHeight, TABLE_FONT_PT, wrappedLines } from './xlsxLayout.js'

/** Half-width , : ; ( ) next to a Chinese character: what the service's own text must not have. */
const halfWidthInChinese = (text: string) => [...text.matchAll(/[\u4e00-\u9fff%”）)][ ]*[,:;()]|[,:;()][ ]*[\u4e00-\u9fff“（(]/gu)].map((m) => m[0])

t.test('punctuation between Chinese clauses is full-width', async (t) => {
  t.equal(chinesePunctuation('1-5月份,49项市政府重点工作,其中:1项已完成(建成省级创新型城市),39项按序时推进;8项未达预期目标。'),
    '1-5月份，49项市政府重点工作，其中：1项已完成（建成省级创新型城市），39项按序时推进；8项未达预期目标。')
  t.equal(chinesePunctuation('增长6.4%, 增速居全省第6位 ; 下一步?继续推进!'), '增长6.4%，增速居全省第6位；下一步？继续推进！', 'the spaces around a mark made go')
  t.equal(chinesePunctuation('完成投资1,234.5亿元,10:30召开会议'), '完成投资1,234.5亿元，10:30召开会议', 'a number keeps its own , and :')
  t.equal(chinesePunctuation('见 http://example.org/a?b=1, A, B (note) 与"重点任务"'), '见 http://example.org/a?b=1, A, B (note) 与“重点任务”', 'Latin text keeps its own; quotes round Chinese become Chinese quotes')
  t.equal(chinesePunctuation('(1)加快建设'), '（1）加快建设', 'brackets beside Chinese text')
  t.equal(chinesePunctuation('已经是全角，：；（）'), '已经是全角，：；（）')
  t.same(halfWidthInChinese(chinesePunctuation('任务),137项按序时推进')), [], 'a comma after a bracket made full-width')
})

t.test('a number and its unit are joined, the text around them as it was', async (t) => {
  const text = '截至5月31日全市PM2.5平均浓度41.5微克/立方米，1-5月份增长6%，居全省第6位，涨幅为-0.1%。'
  t.equal(keepTogether(text).replace(/\u2060/g, ''), text, 'only joiners are added')
  const whole = numberPieces(text).filter((piece) => piece.whole).map((piece) => piece.text.split(JOINER).join(''))
  t.same(whole, ['5月', '31日', 'PM2.5', '41.5微克/立方米', '1-5月份', '6%', '第6位', '-0.1%'])
  t.ok(keepTogether(text).includes(`3${JOINER}1${JOINER}日`), '31日 cannot break')
  t.ok(keepTogether(text).includes(`6${JOINER}%`), '6% cannot break')
  t.notOk(keepTogether(text).includes(`月${JOINER}3`), 'a date may break between its parts')
})

t.test('a title is broken between words, its lines even', async (t) => {
  t.same(titleLines('关于1-5月份市政府重点工作责任清单进展情况的报告', 20), ['关于1-5月份市政府重点工作', '责任清单进展情况的报告'])
  t.same(titleLines('关于2023年一季度市政府重点工作责任清单进展情况的报告', 20), ['关于2023年一季度市政府重点', '工作责任清单进展情况的报告'])
  t.same(titleLines('1-5月份市政府重点工作责任清单进展情况汇总表', 14), ['1-5月份市政府重点工作', '责任清单进展情况汇总表'], 'not 汇|总表')
  t.same(titleLines('关于1-5月份市政府重点工作责任清单进展情况的报告', 40), ['关于1-5月份市政府重点工作责任清单进展情况的报告'], 'one line where it fits')
})

t.test('a row of the workbook is as high as its text', async (t) => {
  // Measured with LibreOffice: a column 33 wide holds sixteen 11 pt characters a line, lines 1.45 ems apart.
  t.equal(cellLines('一'.repeat(16), 33, TABLE_FONT_PT), 1)
  t.equal(cellLines('一'.repeat(17), 33, TABLE_FONT_PT), 2)
  t.equal(cellLines('一'.repeat(48), 33, TABLE_FONT_PT), 3)
  t.equal(rowHeight(3, TABLE_FONT_PT), Math.ceil(3 * 11 * 1.45 + 5))
  // A joined number moves to the next line whole.
  t.equal(wrappedLines(`${'一'.repeat(14)}${keepTogether('31日')}${'一'.repeat(14)}`, 16), 3)
  t.equal(wrappedLines(`${'一'.repeat(14)}31日${'一'.repeat(14)}`, 16), 2, 'unjoined, 31 ends the first line')
})
