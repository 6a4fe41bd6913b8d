import { and, asc, eq, sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import type { ParsedMail } from 'mailparser'
import { inboundMessages, memberships, sites, users } from '../../db/schema/index.js'
import type { UserActor } from '../../plugins/auth.js'
import { Problem } from '../../problem.js'
import { lessons } from '../content/kinds.js'
import { createContent } from '../content/service.js'
import { cleanName, TypeSniffer } from '../files/detect.js'
import { attachFiles, forgetContentIfUnused, saveFile } from '../files/service.js'
import { lessonFromMail } from './lesson-from-mail.js'

/** What became of one message: the SMTP answer and what the log says. */
export interface Received {
  accepted: boolean
  /** SMTP reply code for a refusal. */
  code: number
  reason: string
  itemId: string | null
}

/**
 * Mail sent by a machine (vacation notices, bounces, list traffic). Answering it would start a loop,
 * so it is taken (250) but never turned into a draft.
 */
export function automatic(mail: ParsedMail, envelopeSender: string | null): string | null {
  const header = (name: string) => {
    const value = mail.headers.get(name)
    return value === undefined
      ? null
      : String(typeof value === 'object' && value !== null && 'value' in value ? value.value : value)
          .trim()
          .toLowerCase()
  }
  const submitted = header('auto-submitted')
  if (submitted !== null && submitted !== 'no') return `an automatic message (Auto-Submitted: ${submitted})`
  if (header('x-autoreply') !== null || header('x-autorespond') !== null) return 'an automatic reply (X-Autoreply)'
  const precedence = header('precedence')
  if (precedence !== null && ['bulk', 'auto_reply', 'junk', 'list'].includes(precedence))
    return `bulk or automatic mail (Precedence: ${precedence})`
  const returnPath = header('return-path')
  if (envelopeSender === '' || returnPath === '<>' || returnPath === '') return 'a bounce or automatic message (empty Return-Path)'
  return null
}

/**
 * Turns one parsed message into a draft lesson for a known active contributor, logs what happened
 * either way, and replies to the sender with a link to finish the draft.
 */
export async function receiveLesson(
  app: FastifyInstance,
  mail: ParsedMail,
  envelope: { sender: string | null; size: number },
): Promise<Received> {
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? null
  const subject = mail.subject?.trim() ?? ''
  const attachments: { name: string; mediaType: string; size: number; fileId: string | null }[] = mail.attachments.map((attachment) => ({
    name: attachment.filename ?? 'attachment',
    mediaType: attachment.contentType,
    size: attachment.size,
    fileId: null,
  }))
  const log = async (outcome: 'draft_created' | 'refused', reason: string, userId: string | null, itemId: string | null) => {
    await app.db.insert(inboundMessages).values({
      sender: from,
      subject: subject.slice(0, 500) || null,
      messageId: mail.messageId ?? null,
      size: envelope.size,
      outcome,
      reason,
      userId,
      itemId,
      attachments,
    })
  }
  const refuse = async (code: number, reason: string, userId: string | null = null): Promise<Received> => {
    await log('refused', reason, userId, null)
    app.log.info({ from, subject, reason }, 'inbound mail refused')
    return { accepted: code < 300, code, reason, itemId: null }
  }

  const machine = automatic(mail, envelope.sender)
  if (machine) return refuse(250, `Refused ${machine}.`)
  if (from === null) return refuse(554, 'Refused: the message has no From address.')
  const [user] = await app.db
    .select({ id: users.id, role: users.role, email: users.email, name: users.name, status: users.status })
    .from(users)
    .where(sql`lower(${users.email}) = ${from}`)
  if (user?.status !== 'active') return refuse(550, `Refused: ${from} is not an active member of the hub.`)
  const own = await app.db
    .select({ id: sites.id, name: sites.name, slug: sites.slug })
    .from(memberships)
    .innerJoin(sites, eq(sites.id, memberships.siteId))
    .where(and(eq(memberships.userId, user.id), sql`${sites.archivedAt} is null`))
    .orderBy(asc(memberships.createdAt), asc(sites.name))
  if (own.length === 0) return refuse(550, `Refused: ${from} is not a contributor of any site, so a lesson has nowhere to go.`, user.id)

  const text = mail.text ?? ''
  const lesson = lessonFromMail(subject, text)
  const hint = lesson.siteHint?.toLowerCase()
  const site = (hint && own.find((candidate) => candidate.slug === hint || candidate.name.toLowerCase() === hint)) || own[0]
  if (!site) return refuse(550, 'Refused: no site to place the lesson at.', user.id)
  const actor: UserActor = { kind: 'user', id: user.id, role: user.role, email: user.email, name: user.name, siteIds: own.map((s) => s.id) }
  const { siteHint: _hint, ...fields } = lesson
  let itemId: string
  try {
    const created = await createContent(app.db, actor, lessons, lessons.toWrite({ ...fields, siteId: site.id }))
    itemId = created.id
  } catch (error) {
    if (error instanceof Problem) return refuse(554, `Refused: the lesson could not be saved (${error.detail}).`, user.id)
    throw error
  }
  const kept = await keepAttachments(app, actor, itemId, mail, attachments)
  const skipped = attachments.length - kept
  await log(
    'draft_created',
    `Draft lesson created for ${site.name}${skipped > 0 ? `; ${skipped} attachment(s) of a type the hub does not keep were left out` : ''}.`,
    user.id,
    itemId,
  )

  const link = `${app.config.publicUrl}/admin/lessons/${itemId}/edit`
  const others =
    own.length > 1 ? `\n\nIt is filed under ${site.name}; to choose another of your sites, add a line "Site: <name>" next time.` : ''
  app.mailer
    .send({
      to: from,
      subject: `Your lesson is a draft: ${lesson.title}`,
      text: `Thank you — "${lesson.title}" is now a draft lesson for ${site.name}.\n\nFinish it and submit it for review here:\n${link}${others}\n`,
      html: `<p>Thank you — “${escapeHtml(lesson.title)}” is now a draft lesson for ${escapeHtml(site.name)}.</p><p><a href="${escapeHtml(link)}">Finish it and submit it for review</a></p>`,
      headers: {
        'Auto-Submitted': 'auto-replied',
        ...(mail.messageId ? { 'In-Reply-To': mail.messageId, References: mail.messageId } : {}),
      },
    })
    .catch((error: unknown) => app.log.error({ err: error, itemId }, 'the reply to an emailed lesson could not be sent'))
  return { accepted: true, code: 250, reason: 'draft created', itemId }
}

/**
 * Keeps each attachment as a file (type read from its bytes, as for any upload) attached to the
 * draft, so it shows wherever the lesson does; a type the hub does not accept is left out. Returns
 * how many were kept; `attachments` gains their file ids.
 */
async function keepAttachments(
  app: FastifyInstance,
  actor: UserActor,
  itemId: string,
  mail: ParsedMail,
  attachments: { name: string; mediaType: string; size: number; fileId: string | null }[],
): Promise<number> {
  let kept = 0
  for (const [index, attachment] of mail.attachments.entries()) {
    const sniffer = new TypeSniffer(attachment.filename ?? 'attachment')
    let stored: { sha256: string; size: number } | null = null
    try {
      stored = await app.fileStore.put(
        (async function* () {
          yield attachment.content
        })(),
        (chunk) => sniffer.inspect(chunk),
      )
      if (stored.size === 0 || stored.size > app.config.maxUploadBytes) throw new Problem(413, 'too large or empty')
      const mediaType = sniffer.finish()
      const saved = await saveFile(app.db, {
        name: cleanName(attachment.filename, mediaType),
        mediaType,
        size: stored.size,
        sha256: stored.sha256,
        uploadedBy: actor.id,
      })
      await attachFiles(app.db, actor, { ownerType: 'content', ownerId: itemId }, [saved.id])
      const entry = attachments[index]
      if (entry) entry.fileId = saved.id
      kept += 1
    } catch (error) {
      if (!(error instanceof Problem)) throw error
      if (stored) await forgetContentIfUnused(app.db, app.fileStore, stored.sha256)
    }
  }
  return kept
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character)
