import { type Static, Type } from 'typebox'
import { Nullable, PageQuery, RowMeta, Slug, StringEnum, Text, Timestamp, Uuid } from './common.js'
import { NetworkAccess } from './community.js'
import { ContentRef, Markdown } from './content.js'
import { FileSummary } from './files.js'

export const networkStatuses = ['forming', 'active', 'closed'] as const
export type NetworkStatus = (typeof networkStatuses)[number]
export const NetworkStatus = StringEnum(networkStatuses)

export const memberRoles = ['lead', 'member'] as const
export const MemberRole = StringEnum(memberRoles)

export const NetworkMember = Type.Object({ siteId: Uuid, role: MemberRole }, { additionalProperties: false })
export type NetworkMember = Static<typeof NetworkMember>

/** An action-learning network of sites. */
export const Network = Type.Object({
  ...RowMeta,
  name: Text(200),
  slug: Slug,
  purpose: Text(2000),
  description: Markdown(),
  status: NetworkStatus,
  access: NetworkAccess,
  members: Type.Array(NetworkMember, { maxItems: 500 }),
  coordinatorIds: Type.Array(Uuid, { maxItems: 50, uniqueItems: true }),
  contentIds: Type.Array(Uuid, { maxItems: 500, uniqueItems: true, description: 'Content the network produced or curates' }),
  content: Type.Array(ContentRef, { description: 'The linked content you may see' }),
})
export type Network = Static<typeof Network>

const required = ['name', 'purpose'] as const
const optional = ['slug', 'description', 'status', 'access', 'members', 'coordinatorIds', 'contentIds'] as const

export const NetworkCreate = Type.Object(
  { ...Type.Pick(Network, required).properties, ...Type.Partial(Type.Pick(Network, optional)).properties },
  { additionalProperties: false },
)
export type NetworkCreate = Static<typeof NetworkCreate>

export const NetworkUpdate = Type.Partial(Type.Pick(Network, [...required, ...optional]), { additionalProperties: false, minProperties: 1 })
export type NetworkUpdate = Static<typeof NetworkUpdate>

export const NetworkListQuery = Type.Object(
  {
    ...PageQuery.properties,
    status: Type.Optional(NetworkStatus),
    siteId: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
)
export type NetworkListQuery = Static<typeof NetworkListQuery>

export const eventKinds = ['conference', 'workshop', 'learning_lunch', 'webinar', 'meeting'] as const
export const EventKind = StringEnum(eventKinds)

/** A learning event of a network. */
export const NetworkEvent = Type.Object({
  ...RowMeta,
  networkId: Uuid,
  title: Text(200),
  kind: EventKind,
  startsAt: Timestamp,
  endsAt: Timestamp,
  location: Nullable(Text(300)),
  onlineUrl: Nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 })),
  description: Markdown(),
  outputIds: Type.Array(Uuid, { maxItems: 200, uniqueItems: true, description: 'Lessons, case studies or solutions it produced' }),
  outputs: Type.Array(ContentRef, { description: 'The outputs you may see' }),
  fileIds: Type.Array(Uuid, {
    maxItems: 30,
    uniqueItems: true,
    description: 'Files it produced (slides, notes, reports), uploaded with POST /v1/files',
  }),
  files: Type.Array(FileSummary, { description: 'Those files’ names, types and sizes, in upload order' }),
})
export type NetworkEvent = Static<typeof NetworkEvent>

const eventRequired = ['title', 'kind', 'startsAt', 'endsAt'] as const
const eventOptional = ['location', 'onlineUrl', 'description', 'outputIds', 'fileIds'] as const

export const NetworkEventCreate = Type.Object(
  { ...Type.Pick(NetworkEvent, eventRequired).properties, ...Type.Partial(Type.Pick(NetworkEvent, eventOptional)).properties },
  { additionalProperties: false },
)
export type NetworkEventCreate = Static<typeof NetworkEventCreate>

export const NetworkEventUpdate = Type.Partial(Type.Pick(NetworkEvent, [...eventRequired, ...eventOptional]), {
  additionalProperties: false,
  minProperties: 1,
})
export type NetworkEventUpdate = Static<typeof NetworkEventUpdate>

/** The calendar window: events that overlap [from, to] (both ends inclusive), by kind. */
const eventWindow = {
  ...PageQuery.properties,
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Events that end at or after this time' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Events that start at or before this time' })),
  kind: Type.Optional(EventKind),
}

/** Events across networks, soonest first. */
export const EventListQuery = Type.Object({ ...eventWindow, networkId: Type.Optional(Uuid) }, { additionalProperties: false })
export type EventListQuery = Static<typeof EventListQuery>

/** Events of one network, soonest first. */
export const NetworkEventListQuery = Type.Object(eventWindow, { additionalProperties: false })
export type NetworkEventListQuery = Static<typeof NetworkEventListQuery>

export const EventParams = Type.Object({ eventId: Uuid }, { additionalProperties: false })
