import t from 'tap'
import { parseSearchQuery, searchDocument, snippet } from './search.js'

t.test('a text is indexed by its bigrams, with positions, runs cut at punctuation', async (t) => {
  t.equal(searchDocument([{ text: '新能源汽车，Ｇ60', weight: 'A' }]),
    '\'新能\':1A \'能源\':2A \'源汽\':3A \'汽车\':4A \'车\':5A \'g6\':7A \'60\':8A \'0\':9A')
  t.equal(searchDocument([{ text: '消费', weight: 'B' }, { text: '消费', weight: 'C' }]), '\'消费\':1B,4C \'费\':2B,5C', 'fields apart, by weight')
  t.equal(searchDocument([{ text: '，。', weight: 'A' }]), '', 'punctuation alone: nothing')
})

t.test('a query\'s terms: phrases of bigrams, each character in its forms', async (t) => {
  t.same(parseSearchQuery('新能源汽车').map((term) => term.tsquery), ['(\'新能\' <-> \'能源\' <-> \'源汽\' <-> (\'汽车\' | \'汽車\'))'])
  t.same(parseSearchQuery('发改委 消费').map((term) => term.tsquery), ['((\'发改\' | \'發改\') <-> \'改委\')', '(\'消费\' | \'消費\')'], 'two terms')
  const [car] = parseSearchQuery('汽車')
  t.match(car!.tsquery, /'汽车'/, 'the traditional 車 also as 车')
  t.match(car!.tsquery, /'汽車'/, 'and as itself')
  t.same(parseSearchQuery('车').map((term) => term.tsquery), ['(\'车\':* | \'車\':*)'], 'one character: a prefix')
  t.same(parseSearchQuery('ＰＭ２.５　消费').map((term) => term.runs), [['pm2', '5'], ['消费']], 'full-width folded; the ideographic space separates')
  t.throws(() => parseSearchQuery(' 、。 '), { code: 'empty_query' })
  t.throws(() => parseSearchQuery('a b c d e f g h i'), { code: 'too_many_terms' })
})

t.test('a passage: around the first match, every match marked in it', async (t) => {
  const terms = parseSearchQuery('消費')
  t.same(snippet('推进消费提质,扩大消费。', terms), { text: '推进消费提质,扩大消费。', highlights: [{ start: 2, end: 4 }, { start: 9, end: 11 }] })
  const long = `${'甲'.repeat(100)}消费${'乙'.repeat(100)}`
  const cut = snippet(long, terms)!
  t.equal(cut.text.slice(cut.highlights[0]!.start, cut.highlights[0]!.end), '消费')
  t.ok(cut.text.startsWith('…') && cut.text.endsWith('…') && cut.text.length <= 122)
  const wide = snippet('ＰＭ２．５浓度', parseSearchQuery('pm2.5'))!
  t.same(wide.highlights.map(({ start, end }) => wide.text.slice(start, end)), ['ＰＭ２', '５'], 'offsets in the text as written')
  t.equal(snippet('无关内容', terms), undefined)
})
