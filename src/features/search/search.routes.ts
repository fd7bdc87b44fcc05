import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { search } from './search.service.js'
import { publishedOnly } from '../../http/published.js'
import { CityParams, ok, problems } from '../../shared/common.schemas.js'
import { SearchPage, SearchQuery } from './search.schemas.js'

const tags = ['search']

const description = 'Several words mean all of them. Tasks whose title holds a word come first, then by relevance, then in ' +
  'the order of the list; each task once, with the entry that matches best. A query of only punctuation or spaces is a 422 ' +
  '(empty_query), more than 8 words a 422 (too_many_terms).'

/** GET /v1/cities/{cityCode}/search: one city's tasks and entries. */
export const citySearch: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db
  app.get('/search', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'searchCity', summary: 'Find the city\'s tasks and report lines by words', description,
      params: CityParams, querystring: SearchQuery,
      response: { 200: ok(SearchPage, 'A page of hits, best first'), ...problems(404, 422) },
    },
  }, async (request) => {
    const { q, limit, ...filters } = request.query
    return search(db, { cityCode: request.params.cityCode }, q, { ...filters, limit: limit ?? 50, acceptedOnly: publishedOnly(request) })
  })
}

/** GET /v1/search: every city the key may read (a city's key, its own). */
export const allSearch: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db
  app.get('/', {
    config: { access: 'read' },
    schema: {
      tags, operationId: 'search', summary: 'Find tasks and report lines by words, in every city the key may read', description,
      querystring: SearchQuery,
      response: { 200: ok(SearchPage, 'A page of hits, best first'), ...problems(422) },
    },
  }, async (request) => {
    const { q, limit, ...filters } = request.query
    return search(db, { cityCode: request.apiKey?.cityCode ?? undefined }, q, { ...filters, limit: limit ?? 50, acceptedOnly: publishedOnly(request) })
  })
}
