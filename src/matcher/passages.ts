import { replaceRefs, type Ref } from '../knowledge/refs';
import type { Block, Intent, Knowledge } from '../knowledge/types';

/** The facts answers refer to by id; with them, answer passages read as the page reads. */
export type PageFacts = Pick<Knowledge, 'links' | 'contacts' | 'forms' | 'procedures'>;

/** How a placeholder reads as words: the fact's own label when known, else its id's words. */
function refWords(ref: Ref, facts: PageFacts | undefined): string {
  const idWords = ref.id.replace(/_/g, ' ');
  const form = facts?.forms.get(ref.id);
  switch (ref.kind) {
    case 'link':
      return facts?.links.get(ref.id)?.label ?? idWords;
    case 'contact':
      return facts?.contacts.get(ref.id)?.name ?? idWords;
    case 'phone':
    case 'tty':
    case 'text':
    case 'hours':
      return ref.kind;
    case 'form':
    case 'formLink':
      return form ? form.number : idWords;
    case 'formTitle':
      return form ? form.title : idWords;
    case 'formAka':
      return form?.alsoCalled ?? idWords;
  }
}

function blockTexts(block: Block, facts: PageFacts | undefined): string[] {
  if (typeof block === 'string') return [block];
  if ('heading' in block) return [block.heading];
  if ('list' in block) return block.list;
  const procedure = facts?.procedures.get(block.steps);
  return procedure ? [procedure.title, ...procedure.steps] : [block.steps.replace(/_/g, ' ')];
}

/**
 * An intent's answer split into passages (paragraphs, list items, procedure steps) with placeholders
 * read as words, so a question using the page's own words ("reauthenticate", a form number) finds the
 * answer that contains them even when no example phrasing does.
 */
export function answerPassages(intent: Intent, facts?: PageFacts): string[] {
  return (intent.answer ?? [])
    .flatMap((block) => blockTexts(block, facts))
    .map((text) => replaceRefs(text, (ref) => refWords(ref, facts)).replace(/\*\*/g, ''));
}
