import type { CaseStudyCreate, ContentStatus, LessonCreate, SolutionCreate } from '@learnonce/contracts'

export { expectProblem } from '../../test/problems.js'

import type { Site } from '@learnonce/contracts'
import type { App } from '../../app.js'
import { makeSite, type SignedIn, signIn } from '../../test/factories.js'

let sequence = 0
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`

/** The smallest bodies each create route accepts, with a unique title so lists and searches can find them. */
export const validBody = {
  lesson: (siteId: string): LessonCreate => ({
    title: `Lesson ${unique()}`,
    summary: 'What we learned moving discharge letters to structured messages.',
    siteId,
  }),
  caseStudy: (siteIds: string[]): CaseStudyCreate => ({
    title: `Case study ${unique()}`,
    summary: 'How three practices shared one records team.',
    siteIds,
  }),
  solution: (siteId: string): SolutionCreate => ({
    title: `Solution ${unique()}`,
    problem: 'Referrals arrive as faxes that nobody can search.',
    siteId,
  }),
}

/** A UUID v7, as every new id is. */
export const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

export const notDraft: ContentStatus[] = ['submitted', 'in_review', 'changes_requested', 'published', 'rejected', 'duplicate', 'archived']

/** The people and sites the per-type tests act with. */
export interface Cast {
  admin: SignedIn
  curator: SignedIn
  /** A member of siteA and siteC. */
  contributor: SignedIn
  /** A member of siteB only. */
  otherContributor: SignedIn
  siteA: Site
  siteB: Site
  siteC: Site
}

export async function castFor(app: App): Promise<Cast> {
  const [siteA, siteB, siteC] = await Promise.all([makeSite(app), makeSite(app), makeSite(app)])
  return {
    siteA,
    siteB,
    siteC,
    admin: await signIn(app, 'admin'),
    curator: await signIn(app, 'curator'),
    contributor: await signIn(app, 'contributor', [siteA.id, siteC.id]),
    otherContributor: await signIn(app, 'contributor', [siteB.id]),
  }
}

type Body = Record<string, unknown>

/** One content type's item routes; writes default to `writer`, reads to `reader` (read lazily: tests set them in beforeAll). */
export function itemRoutes(app: () => App, path: string, defaults: () => { writer: SignedIn; reader: SignedIn }) {
  return {
    post: (payload: Body, who: SignedIn = defaults().writer) => app().inject({ method: 'POST', url: path, headers: who.headers, payload }),
    get: (id: string, who: SignedIn = defaults().reader) => app().inject({ method: 'GET', url: `${path}/${id}`, headers: who.headers }),
    patch: (id: string, payload: Body, who: SignedIn = defaults().writer) =>
      app().inject({ method: 'PATCH', url: `${path}/${id}`, headers: who.headers, payload }),
    remove: (id: string, who: SignedIn = defaults().writer) =>
      app().inject({ method: 'DELETE', url: `${path}/${id}`, headers: who.headers }),
  }
}
