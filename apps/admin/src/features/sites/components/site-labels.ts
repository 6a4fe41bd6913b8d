import type { Region, SiteKind } from '@learnonce/contracts'

export const siteKindLabels: Record<SiteKind, string> = {
  nhs_trust: 'NHS trust',
  gp_practice: 'GP practice',
  primary_care_network: 'Primary care network',
  local_authority: 'Local authority',
  integrated_care_board: 'Integrated care board',
  shared_care_record: 'Shared care record',
  voluntary_org: 'Voluntary organisation',
  other: 'Other',
}

export const regionLabels: Record<Region, string> = {
  north_east_and_yorkshire: 'North East and Yorkshire',
  north_west: 'North West',
  midlands: 'Midlands',
  east_of_england: 'East of England',
  london: 'London',
  south_east: 'South East',
  south_west: 'South West',
}
