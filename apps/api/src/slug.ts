import { invalidField } from './problem.js'

/**
 * Lower-case words joined by hyphens, as the Slug schema wants, made from a name: accents off
 * ("Crème" becomes "creme"), at most 80 characters.
 */
export const slugFrom = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')

/** The slug sent, or one made from the name; a name with nothing to make one from needs an explicit slug. */
export function chooseSlug(slug: string | undefined, name: string): string {
  if (slug !== undefined) return slug
  const made = slugFrom(name)
  if (made === '') throw invalidField('/slug', 'is required when the name has no letters or digits to make one from')
  return made
}
