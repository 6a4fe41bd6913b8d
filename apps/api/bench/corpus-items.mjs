// Rows of content_items and of the tables that hang off it, a chunk at a time, in creation order:
// every twentieth lesson is followed by a case study and a solution, so each is ~5% of the lessons.
import {
  adoptionModes,
  adoptionStatuses,
  careSettings,
  journeyStages,
  linkKinds,
  maturities,
  REVIEW_DUE_WINDOW_DAYS,
} from '@learnonce/contracts'
import { v7 as uuidv7 } from 'uuid'
import { createWriter } from './corpus-text.mjs'
import { tags } from './vocabulary.mjs'

const DAY = 86_400_000
/** The corpus spans these three years, so ids and dates look lived in and never lie in the future. */
const FIRST = Date.parse('2023-01-01T00:00:00Z')
const LAST = Date.parse('2026-01-01T00:00:00Z')

// 80% published; the rest spread over the workflow like a busy hub.
const statusWeights = {
  published: 80,
  draft: 6,
  submitted: 4,
  in_review: 2.5,
  changes_requested: 2,
  rejected: 1.5,
  duplicate: 1,
  archived: 3,
}
const maturityWeights = Object.fromEntries(maturities.map((maturity, index) => [maturity, 4 - index]))
const adoptionModeWeights = Object.fromEntries(adoptionModes.map((mode, index) => [mode, 3 - index]))

/** The columns the loader writes; any other column of content_items keeps its default. */
export const itemColumns = [
  'id',
  'type',
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
  'maturity',
  'derived_from_id',
  'themes',
  'care_settings',
  'tags',
  'links',
  'journey_stage',
  'author_id',
  'status',
  'submitted_at',
  'assignee_id',
  'published_at',
  'review_by',
  'review_due_notified_at',
  'decision_note',
  'duplicate_of_id',
  'version',
  'created_at',
  'updated_at',
  'regions',
]

/** The most recent published ids of one type, to point relations and duplicates at. */
function recentIds(size = 5_000) {
  const ids = []
  let next = 0
  return {
    add(id) {
      if (ids.length < size) ids.push(id)
      else ids[next++ % size] = id
    },
    pick: (random) => (ids.length === 0 ? null : random.pick(ids)),
    some: (random, count) => (ids.length === 0 ? [] : random.some(ids, count)),
  }
}

/** `reviewBy(type, publishedAt)`: the date a published item of `type` is due for review. */
export function createItemMaker(random, { lessons, sites, themes, people, reviewBy }) {
  const write = createWriter(random)
  const total = lessons + 2 * Math.floor(lessons / 20)
  const step = (LAST - FIRST) / total
  const published = { lesson: recentIds(), case_study: recentIds(), solution: recentIds() }
  const regionOf = new Map(sites.map((site) => [site.id, site.region]))
  // Items due for review by now (within the window, as the API's `stale`) count as announced already.
  const loadedAt = Date.now()
  const dueBefore = loadedAt + REVIEW_DUE_WINDOW_DAYS * DAY
  let position = 0
  let lessonsMade = 0
  // Published ids wait here until their chunk is stored: only then may other chunks point at them.
  let waiting = []

  function item(type, siteIds) {
    const created = FIRST + Math.floor(position++ * step)
    const status = random.weighted(statusWeights)
    const rareWord = type === 'lesson' && random.next() < 0.01
    const submitted = status === 'draft' ? null : created + random.int(1, 10) * DAY
    const publishedAt = status === 'published' || status === 'archived' ? submitted + random.int(1, 14) * DAY : null
    const reviewByDate = publishedAt === null ? null : reviewBy(type, new Date(publishedAt))
    const decided = status === 'changes_requested' || status === 'rejected' || status === 'duplicate'
    const updated = Math.max(created + random.int(0, 3) * DAY, publishedAt ?? submitted ?? created)
    const contributors = people.contributorsBySite.get(siteIds[0])
    const id = uuidv7({ msecs: created, random: random.bytes() })
    const row = {
      id,
      type,
      title: write.title(rareWord && random.next() < 0.2),
      summary: write.summary(),
      themes: random.some(themes, random.int(1, 3)),
      care_settings: random.some(careSettings, random.int(1, 3)),
      tags: random.some(tags, random.int(0, 4)),
      links: Array.from({ length: random.int(0, 2) }, (_, index) => ({
        title: `Supporting ${random.pick(linkKinds)} ${index + 1}`,
        url: `https://docs.example.nhs.uk/${id}/${index + 1}`,
        kind: random.pick(linkKinds),
      })),
      journey_stage: type === 'solution' ? null : random.pick(journeyStages),
      author_id: contributors ? random.pick(contributors).id : null,
      status,
      submitted_at: submitted === null ? null : new Date(submitted).toISOString(),
      assignee_id: status === 'in_review' || decided ? random.pick(people.curators).id : null,
      published_at: publishedAt === null ? null : new Date(publishedAt).toISOString(),
      // Archived items were published first, and archiving keeps the date.
      review_by: reviewByDate?.toISOString() ?? null,
      // A hub in its steady state has announced what is already due (the review-due job): without this
      // the job would spend the whole benchmark announcing two thirds of the corpus, in the API's process.
      review_due_notified_at:
        status === 'published' && reviewByDate && reviewByDate.getTime() <= dueBefore ? new Date(loadedAt).toISOString() : null,
      decision_note: decided ? write.note() : null,
      duplicate_of_id: status === 'duplicate' ? published[type].pick(random) : null,
      version: status === 'draft' ? 1 : random.int(2, 5),
      created_at: new Date(created).toISOString(),
      updated_at: new Date(updated).toISOString(),
      // The copy of its sites' regions that the write path keeps in step (regions.ts).
      regions: [...new Set(siteIds.map((siteId) => regionOf.get(siteId)))].sort(),
      ...(type === 'lesson' ? write.lesson(rareWord) : {}),
      ...(type === 'case_study' ? write.caseStudy() : {}),
      ...(type === 'solution'
        ? {
            ...write.solution(),
            maturity: random.weighted(maturityWeights),
            derived_from_id: random.next() < 0.1 ? published.solution.pick(random) : null,
          }
        : {}),
    }
    if (status === 'published') waiting.push([type, id])
    return row
  }

  return {
    total,
    get lessonsMade() {
      return lessonsMade
    },
    /** The next `size` lessons (and the case studies and solutions between them), with their links. */
    chunk(size) {
      const items = []
      const itemSites = []
      const relations = []
      const adoptions = []
      const relate = (fromId, toIds) => {
        toIds.forEach((toId, index) => {
          relations.push({ from_id: fromId, to_id: toId, position: index })
        })
      }
      const place = (type, count) => {
        const chosen = random.some(sites, count)
        const made = item(
          type,
          chosen.map((site) => site.id),
        )
        chosen.forEach((site, index) => {
          itemSites.push({ item_id: made.id, site_id: site.id, position: index })
        })
        items.push(made)
        return made
      }
      while (items.length < size && lessonsMade < lessons) {
        const lesson = place('lesson', 1)
        lessonsMade++
        if (random.next() < 0.3) relate(lesson.id, published.solution.some(random, random.int(1, 2)))
        if (random.next() < 0.2) relate(lesson.id, published.case_study.some(random, 1))
        if (lessonsMade % 20 !== 0) continue
        const caseStudy = place('case_study', random.int(1, 3))
        relate(caseStudy.id, [...published.lesson.some(random, random.int(2, 4)), ...published.solution.some(random, random.int(0, 2))])
        const solution = place('solution', 1)
        for (let n = random.int(0, 4); n > 0; n--) {
          const started = Date.parse(solution.created_at) + random.int(10, 200) * DAY
          adoptions.push({
            id: uuidv7({ msecs: started, random: random.bytes() }),
            solution_id: solution.id,
            site_id: random.pick(sites).id,
            mode: random.weighted(adoptionModeWeights),
            status: random.pick(adoptionStatuses),
            notes: write.note(),
            started_at: new Date(started).toISOString(),
            recorded_by_id: random.pick(people.curators).id,
            created_at: new Date(started).toISOString(),
            updated_at: new Date(started).toISOString(),
          })
        }
      }
      const stored = waiting
      waiting = []
      /** Call once this chunk and every chunk before it are stored. */
      const admit = () => {
        for (const [type, id] of stored) published[type].add(id)
      }
      return { items, itemSites, relations, adoptions, admit }
    },
  }
}
