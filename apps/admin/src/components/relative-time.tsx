import { Tooltip } from '@mantine/core'
import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'

dayjs.extend(relativeTime)

const exact = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' })

export interface RelativeTimeProps {
  /** An ISO 8601 timestamp, as the API sends them. */
  value: string
  /** "now" for tests and lists rendered together; defaults to the current time. */
  now?: Date
}

/** "3 days ago", with the exact date and time on hover and for screen readers' `datetime`. */
export function RelativeTime({ value, now }: RelativeTimeProps) {
  const date = dayjs(value)
  if (!date.isValid()) return <span>—</span>
  const full = exact.format(date.toDate())
  return (
    <Tooltip label={full} openDelay={300} withArrow>
      <time dateTime={date.toISOString()} title={full}>
        {now ? date.from(now) : date.fromNow()}
      </time>
    </Tooltip>
  )
}
