import { sql } from 'drizzle-orm'
import { type Database, sqlState } from '../db/client.js'
import { users } from '../db/schema/index.js'
import { createUser } from '../modules/users/service.js'

/** Creates the first admin from BOOTSTRAP_ADMIN_* when the hub has no users at all. */
export async function bootstrapAdmin(db: Database, admin: { email: string; password: string }): Promise<boolean> {
  const [anyone] = await db.select({ id: users.id }).from(users).limit(1)
  if (anyone) return false
  // Two replicas booting together: the unique email index lets only one insert win.
  try {
    await createUser(db, { email: admin.email, name: 'Administrator', role: 'admin', password: admin.password, siteIds: [] }, null)
  } catch (error) {
    if (sqlState(error) === '23505' || (error as { status?: number }).status === 409) return false
    throw error
  }
  return true
}

export const userCount = async (db: Database) => {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users)
  return row?.count ?? 0
}
