import type { ContentType, Region } from '@learnonce/contracts'

/** A kind of content as people say it. */
export const typeLabels: Record<ContentType, string> = {
  lesson: 'Lesson',
  case_study: 'Case study',
  solution: 'Solution',
}

/** A kind of content in the plural, for filters. */
export const typePluralLabels: Record<ContentType, string> = {
  lesson: 'Lessons',
  case_study: 'Case studies',
  solution: 'Solutions',
}

/** NHS England regions as people write them. */
export const regionLabels: Record<Region, string> = {
  north_east_and_yorkshire: 'North East and Yorkshire',
  north_west: 'North West',
  midlands: 'Midlands',
  east_of_england: 'East of England',
  london: 'London',
  south_east: 'South East',
  south_west: 'South West',
}
