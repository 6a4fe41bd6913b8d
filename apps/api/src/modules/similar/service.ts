import type { ContentStatus, ContentType, JourneyStage, SimilarItem, SimilarityReason } from '@learnonce/contracts'
import { type SQL, sql } from 'drizzle-orm'
import { type Executor, rows } from '../../db/client.js'
import type { Actor } from '../../plugins/auth.js'
import type { ContentKind } from '../content/kinds.js'
import { visibleTo } from '../content/policy.js'
import { getContent } from '../content/service.js'

/**
 * How much each signal counts; they add up to 1, so a score is between 0 and 1. Shared distinctive
 * words carry most: a re-told lesson keeps its story's particular nouns (the drug, the form, the
 * system) even when every sentence is reworded, while lessons that merely share a theme share only
 * its common vocabulary. Titles are short, so their likeness is a strong but noisier signal; themes
 * and journey stage only break ties between otherwise similar items.
 */
export const scoreWeights = { words: 0.6, title: 0.3, themes: 0.07, journeyStage: 0.03 } as const

/** The source's words that define it: the most distinctive by tf-idf. */
const distinctiveWordCount = 24
/** A distinctive word in the source's title counts double, in its summary half as much again. */
const titleWordBoost = 2
const summaryWordBoost = 1.5
/**
 * The probe searches the GIN index for items that share with the source one of its distinctive
 * words, or a pair of its most distinctive ones — the most selective of those first, while together
 * they are expected to match at most this many items. Every match is a heap row to read and score,
 * so this bounds the work whatever the corpus size: a duplicate shares a rare word, or several
 * distinctive ones, or both.
 */
const probeReach = 250
/** The most distinctive words whose pairs may be searched. */
const pairedWordCount = 8
/** A ceiling on candidates, should the words be far more correlated than expected. */
const candidateCap = 1500
/** How many candidates beyond the `limit` have their titles compared, best by the other signals first. */
const shortlistMargin = 20
/** Below this, a match is noise (a shared stage, a faintly alike title), not a likely duplicate. */
const scoreFloor = 0.05
/** Title likeness worth telling a person about. */
const titleReasonFrom = 0.3
/** Shared words named in a reason. */
const wordsShown = 8

/** The source item as the queries need it; its words are read from its row, by id. */
export interface SimilarSource {
  id: string
  title: string
  themes: readonly string[]
  journeyStage: JourneyStage | null
}

/** The source's distinctive words, and the number of items their document frequencies are out of. */
export interface SourceWords {
  corpusItems: number
  words: DistinctiveWord[]
}

/** One of the source's distinctive words: its stem, weight and document frequency, and how the source wrote it. */
export interface DistinctiveWord {
  word: string
  weight: number
  items: number
  /** The stem as a one-word tsquery, quoted so it is matched as stored and not stemmed again. */
  term: string
  shown: string
}

interface SimilarRow {
  id: string
  type: ContentType
  title: string
  status: ContentStatus
  score: number
  title_similarity: number
  shared_words: string[]
  shared_themes: { slug: string; name: string }[]
  same_stage: boolean
}

const textColumns = [
  'title',
  'summary',
  'context',
  'went_well',
  'did_not_go_well',
  'do_differently',
  'body',
  'outcomes',
  'description',
  'how_to_adopt',
]
const sourceText = sql.raw(`concat_ws(' ', ${textColumns.map((column) => `source.${column}`).join(', ')})`)
/** This module's tuning constants, written into the SQL as literals so the planner sees them. */
const constant = (value: number) => sql.raw(String(value))

/**
 * The source's most distinctive words: the stems of its `search` tsvector weighed by tf-idf, with
 * document frequencies read from content_words by primary key, never by scanning items. Each comes
 * with the shortest form the source wrote it in, to show people words rather than stems.
 *
 * The frequencies count every item, other sites' drafts too, so that they mean something on a hub
 * where little is published yet. That is safe: a frequency only weighs the source's own words, and
 * which items match is decided by `visibleTo` alone.
 */
export async function distinctiveWords(db: Executor, sourceId: string): Promise<SourceWords> {
  const found = await rows<DistinctiveWord & { corpus_items: number }>(db, distinctiveWordsQuery(sourceId))
  return {
    corpusItems: Number(found[0]?.corpus_items ?? 0),
    words: found.map(({ corpus_items: _corpus, ...word }) => ({ ...word, weight: Number(word.weight), items: Number(word.items) })),
  }
}

/** The query behind distinctiveWords, exported so a test can EXPLAIN it. */
export function distinctiveWordsQuery(sourceId: string): SQL {
  return sql`with source as (
        select source.search, ${sourceText} as text from content_items source where source.id = ${sourceId}
      ),
      corpus as (select greatest(corpus.items, 2) as items from content_corpus corpus),
      words as (
        select entry.lexeme as word, counted.items, ln((select items from corpus)::float8 / counted.items)
            * (1 + ln(greatest(cardinality(entry.positions), 1)))
            * case when 'A' = any(entry.weights) then ${constant(titleWordBoost)}::float8
                when 'B' = any(entry.weights) then ${constant(summaryWordBoost)}::float8 else 1 end as weight
        from source
        cross join lateral unnest(source.search) entry
        join content_words counted on counted.word = entry.lexeme
        -- A word only the source has cannot match anything else.
        where counted.items > 1
        order by weight desc, word
        limit ${constant(distinctiveWordCount)}
      ),
      -- A word is shown in lower case if the source ever writes it so, otherwise as it is most
      -- often written (NHS, ReSPECT, PharmOutcomes).
      tokens as (
        select lower(parsed.token) as token,
          case when bool_or(parsed.token = lower(parsed.token)) then lower(parsed.token)
            else mode() within group (order by parsed.token) end as shown
        from source, ts_parse('default', source.text) parsed
        where parsed.token ~ '[[:alnum:]]'
        group by lower(parsed.token)
      ),
      spelled as (
        select distinct on (stem) stem, shown
        from tokens, unnest(ts_lexize('english_stem', token)) stem
        where stem in (select word from words)
        order by stem, length(token), token
      )
      select words.word, words.weight, words.items, (select items from corpus) as corpus_items,
        ('''' || replace(replace(words.word, '\\', '\\\\'), '''', '''''') || '''')::tsquery::text as term,
        coalesce(spelled.shown, words.word) as shown
      from words left join spelled on spelled.stem = words.word
      order by words.weight desc, words.word`
}

/**
 * The GIN probe as one tsquery, spending `probeReach` expected matches on the most selective
 * clauses: single distinctive words first, rarest first (a word is expected to match as many items
 * as it appears in); then pairs of the most distinctive words not already searched alone, which
 * are expected, were words independent, to match df₁·df₂/N. On a hub so small that reading every
 * match costs no more, every clause. Null when nothing is selective enough to search for.
 */
function probeOf(words: readonly DistinctiveWord[], corpusItems: number): string | null {
  const small = corpusItems <= probeReach
  const chosen: string[] = []
  const alone = new Set<string>()
  let reach = 0
  for (const word of [...words].sort((a, b) => a.items - b.items || a.word.localeCompare(b.word))) {
    if (!small && reach + word.items > probeReach) break
    reach += word.items
    alone.add(word.word)
    chosen.push(word.term)
  }
  const paired = words.slice(0, pairedWordCount).filter((word) => !alone.has(word.word))
  const pairs = paired
    .flatMap((first, index) =>
      paired.slice(index + 1).map((second) => ({
        query: `(${first.term} & ${second.term})`,
        reach: (first.items * second.items) / Math.max(corpusItems, 1),
      })),
    )
    .sort((a, b) => a.reach - b.reach || a.query.localeCompare(b.query))
  for (const pair of pairs) {
    if (!small && reach + pair.reach > probeReach) break
    reach += pair.reach
    chosen.push(pair.query)
  }
  return chosen.length > 0 ? chosen.join(' | ') : null
}

/**
 * The similar-items query, one statement (exported so a test can EXPLAIN it). Candidates come only
 * from the GIN index on `search`, through the probe; each candidate's tsvector is read (and
 * decompressed) once, stripped of positions, and scored: the share of the source's distinctive
 * words' weight it contains, title trigram similarity, theme overlap (Jaccard) and the same
 * journey stage. Every candidate passes `visibleTo`, so nothing the actor may not see is scored or
 * shown. The words and the probe arrive as literals, not a subquery, so the planner sizes the GIN
 * scan from the actual words.
 */
export function similarQuery(actor: Actor, source: SimilarSource, { corpusItems, words }: SourceWords, limit: number): SQL {
  const themes =
    source.themes.length > 0
      ? sql`array[${sql.join(
          source.themes.map((slug) => sql`${slug}`),
          sql`, `,
        )}]::text[]`
      : sql`'{}'::text[]`
  const distinctive =
    words.length > 0
      ? sql`(values ${sql.join(
          words.map((word) => sql`(${word.word}::text, ${word.term}::tsquery, ${word.weight}::float8)`),
          sql`, `,
        )}) as distinctive(word, query, weight)`
      : sql`(select null::text as word, null::tsquery as query, null::float8 as weight where false) as distinctive`
  const totalWeight = words.reduce((sum, word) => sum + word.weight, 0)
  return sql`
    with candidates as materialized (
      select candidate.id, candidate.type, candidate.title, candidate.status, candidate.themes, candidate.journey_stage,
        -- Read once: scoring tests each distinctive word against this in-memory copy, not the stored (toasted) value.
        strip(candidate.search) as lexemes
      from content_items candidate
      where candidate.search @@ ${probeOf(words, corpusItems)}::tsquery and candidate.id <> ${source.id} and ${visibleTo(actor, 'candidate')}
      limit ${constant(candidateCap)}
    ),
    scored as (
      select candidate.id, candidate.type, candidate.title, candidate.status,
        coalesce(shared.words, '{}') as shared_words, themes.shared as shared_themes,
        coalesce(candidate.journey_stage = ${source.journeyStage}, false) as same_stage,
        (${constant(scoreWeights.words)} * coalesce(shared.weight / ${totalWeight > 0 ? totalWeight : 1}::float8, 0)
          -- Jaccard: both lists are sets.
          + ${constant(scoreWeights.themes)} * coalesce(cardinality(themes.shared)::float8
            / nullif(cardinality(candidate.themes) + cardinality(${themes}) - cardinality(themes.shared), 0), 0)
          + ${constant(scoreWeights.journeyStage)} * coalesce(candidate.journey_stage = ${source.journeyStage}, false)::int)::float8 as partial_score
      from candidates candidate
      left join lateral (
        select sum(distinctive.weight) as weight, array_agg(distinctive.word) as words
        from ${distinctive}
        where candidate.lexemes @@ distinctive.query
      ) shared on true
      cross join lateral (select array(select theme from unnest(candidate.themes) theme where theme = any(${themes})) as shared) themes
    ),
    -- Trigram similarity costs tens of microseconds a pair, so only the best by every other signal
    -- pay it. Alike titles share title words, which weigh double among the distinctive ones, so a
    -- near-identical title is among these already.
    shortlist as materialized (
      select * from scored order by partial_score desc, id desc limit ${limit + shortlistMargin}
    ),
    ranked as materialized (
      select *, similarity(shortlist.title, ${source.title}) as title_similarity from shortlist
    )
    select best.id, best.type, best.title, best.status, best.score, best.title_similarity, best.same_stage, best.shared_words,
      coalesce((select json_agg(json_build_object('slug', shared.slug, 'name', coalesce(theme.name, shared.slug))
          order by coalesce(theme.name, shared.slug))
        from unnest(best.shared_themes) shared(slug) left join themes theme on theme.slug = shared.slug), '[]'::json) as shared_themes
    from (
      select *, (partial_score + ${constant(scoreWeights.title)} * title_similarity)::float8 as score from ranked
    ) best
    where best.score >= ${constant(scoreFloor)}
    order by best.score desc, best.id desc
    limit ${limit}`
}

/**
 * The likely duplicates of an item among everything the actor may see, of every kind, best first.
 * An item the actor may not see is a 404, as it is everywhere else.
 */
export async function similarItems(db: Executor, actor: Actor, kind: ContentKind, id: string, limit: number): Promise<SimilarItem[]> {
  const source = await getContent(db, actor, kind, id)
  const sourceWords = await distinctiveWords(db, source.id)
  const byStem = new Map(sourceWords.words.map((word) => [word.word, word]))
  const found = await rows<SimilarRow>(db, similarQuery(actor, source, sourceWords, limit))
  return found.map((row) => ({
    item: { id: row.id, type: row.type, title: row.title, status: row.status },
    score: Math.round(Number(row.score) * 1000) / 1000,
    reasons: reasonsFor(row, byStem, source.journeyStage),
  }))
}

/** What matched, said for a person reviewing the item. */
function reasonsFor(row: SimilarRow, words: Map<string, DistinctiveWord>, journeyStage: JourneyStage | null): SimilarityReason[] {
  const reasons: SimilarityReason[] = []
  const titleSimilarity = Number(row.title_similarity)
  if (titleSimilarity >= titleReasonFrom) {
    reasons.push({ kind: 'title', detail: `Titles are ${Math.round(titleSimilarity * 100)}% alike` })
  }
  const shared = row.shared_words
    .flatMap((stem) => words.get(stem) ?? [])
    .sort((a, b) => b.weight - a.weight)
    .slice(0, wordsShown)
    .map((word) => word.shown)
  if (shared.length > 0) reasons.push({ kind: 'words', detail: `Shares distinctive words: ${shared.join(', ')}`, words: shared })
  if (row.shared_themes.length > 0) {
    reasons.push({
      kind: 'themes',
      detail: `${row.shared_themes.length === 1 ? 'Same theme' : 'Same themes'}: ${row.shared_themes.map((theme) => theme.name).join(', ')}`,
      words: row.shared_themes.map((theme) => theme.slug),
    })
  }
  if (row.same_stage && journeyStage) {
    reasons.push({ kind: 'journey_stage', detail: `Same journey stage: ${journeyStage.replaceAll('_', ' ')}` })
  }
  return reasons
}
