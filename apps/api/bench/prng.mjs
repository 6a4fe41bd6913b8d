// A small seeded PRNG (sfc32), so the same --seed always writes the same corpus.

export function createRandom(seed) {
  let a = 0x9e3779b9
  let b = 0x243f6a88
  let c = 0xb7e15162
  let d = seed >>> 0
  const next = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (a + b + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) >>> 0
    return t / 4294967296
  }
  // Let the state mix before the first value is used.
  for (let i = 0; i < 16; i++) next()

  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  return {
    next,
    int,
    pick,
    /** `count` different entries of `list`, in list order. */
    some(list, count) {
      const chosen = new Set()
      while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(next() * list.length))
      return [...chosen].sort((x, y) => x - y).map((index) => list[index])
    },
    /** One key of `weights` ({ value: weight }), in proportion to its weight. */
    weighted(weights) {
      const entries = Object.entries(weights)
      let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0)
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) return value
      }
      return entries[entries.length - 1][0]
    },
    /** 16 random bytes for a deterministic UUID. */
    bytes() {
      const out = new Uint8Array(16)
      for (let i = 0; i < 16; i++) out[i] = Math.floor(next() * 256)
      return out
    },
  }
}
