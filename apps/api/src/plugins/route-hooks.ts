import type { RouteOptions } from 'fastify'

type RouteHookName = 'preHandler' | 'preSerialization' | 'onSend'
/** One hook of the kind `name` names (a route's option holds one or an array of them). */
type HookOf<K extends RouteHookName> = NonNullable<RouteOptions[K]> extends infer H ? (H extends readonly (infer E)[] ? E : H) : never

/**
 * Adds `hook` to one route, after any it already has: for work only some routes need (an ETag, an
 * idempotency key, forgetting cached actors), so every other request skips it. Call from `onRoute`.
 */
export function addRouteHook<K extends RouteHookName>(route: RouteOptions, name: K, hook: HookOf<K>): void {
  route[name] = [...[route[name] ?? []].flat(), hook] as RouteOptions[K]
}
