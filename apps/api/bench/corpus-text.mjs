// The words of the corpus: titles and Markdown bodies about as long as real lessons (about 4 KB each),
// drawn from a pool of sentences so that a million lessons are quick to write.
import {
  actions,
  advice,
  openers,
  outcomes,
  qualifiers,
  rareWord,
  teams,
  things,
  titlePlaces,
  titleSubjects,
  titleVerbs,
} from './vocabulary.mjs'

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1)

export function createWriter(random) {
  const pool = Array.from({ length: 4096 }, () => {
    const opener = random.pick(openers)
    const clause = `${random.pick(teams)} ${random.pick(actions)} ${random.pick(things)} ${random.pick(qualifiers)}, ${random.pick(outcomes)}.`
    return opener ? `${opener} ${clause}` : capitalise(clause)
  })
  const sentences = (count) => {
    let text = random.pick(pool)
    for (let i = 1; i < count; i++) text += ` ${random.pick(pool)}`
    return text
  }
  const paragraphs = (count, length) => Array.from({ length: count }, () => sentences(length)).join('\n\n')
  const bullets = (count, marker = () => '-') =>
    Array.from({ length: count }, (_, index) => `${marker(index)} ${random.pick(pool)}`).join('\n')
  const rare = `We also brought ${rareWord} results into the medication record, which needed its own clinical safety review.`

  return {
    title(mentionsRareWord = false) {
      const subject = mentionsRareWord ? `${rareWord} results` : random.pick(titleSubjects)
      return `${random.pick(titleVerbs)} ${subject} ${random.pick(titlePlaces)}`
    },
    summary: () => sentences(random.int(2, 4)),
    lesson(mentionsRareWord) {
      const context = paragraphs(2, 4)
      return {
        context: mentionsRareWord ? `${context} ${rare}` : context,
        went_well: `${sentences(1)}\n\n${bullets(random.int(4, 6))}\n\n${sentences(2)}`,
        did_not_go_well: `${sentences(2)}\n\n${bullets(random.int(3, 5))}\n\n**What it cost us:** ${sentences(1)}`,
        do_differently: `${bullets(random.int(3, 5), (index) => `${index + 1}.`)}\n\n${random.pick(advice)} ${random.pick(advice)}`,
      }
    },
    caseStudy: () => ({
      body: `## Background\n\n${paragraphs(2, 4)}\n\n## What we did\n\n${bullets(6)}\n\n${paragraphs(2, 3)}\n\n## What happened\n\n${paragraphs(2, 4)}`,
      outcomes: `${bullets(4)}\n\n${sentences(2)}`,
    }),
    solution: () => ({
      description: `${paragraphs(2, 4)}\n\n## What is in the pack\n\n${bullets(5)}`,
      how_to_adopt: `${bullets(5, (index) => `${index + 1}.`)}\n\n${random.pick(advice)}`,
    }),
    note: () => sentences(1),
  }
}
