import { describe, expect, it } from 'vitest'
import { describeFile, formatSize } from './file-size'

describe('how a file’s size and type read', () => {
  it.each([
    [1, '1 byte'],
    [812, '812 bytes'],
    [14 * 1024, '14 KB'],
    [Math.round(2.34 * 1024 * 1024), '2.3 MB'],
  ])('%i bytes read as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text)
  })

  it('names the type people know, and falls back to the media type', () => {
    expect(describeFile({ mediaType: 'application/pdf', size: 2048 })).toBe('PDF, 2 KB')
    expect(describeFile({ mediaType: 'application/x-other', size: 10 })).toBe('application/x-other, 10 bytes')
  })
})
