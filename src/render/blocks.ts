import type { Block, Knowledge } from '../knowledge/types';
import { asSentence, type RenderedText, type TextRenderer } from './text';

/** An answer's blocks, each rendered in every mode; cards show one text block per piece. */
export interface RenderedBlocks {
  pieces: RenderedText[];
  /** The whole answer as one message. */
  all: RenderedText;
}

function list(items: RenderedText[], numbered: boolean, stepWord: string): RenderedText {
  const mark = (i: number) => (numbered ? `${i + 1}. ` : '- ');
  return {
    markdown: items.map((t, i) => `${mark(i)}${t.markdown}`).join('\n'),
    plain: items.map((t, i) => `${mark(i)}${t.plain}`).join('\n'),
    speak: items.map((t, i) => (numbered ? `${stepWord} ${i + 1}. ` : '') + asSentence(t.speak)).join(' '),
  };
}

/** Turns answer blocks (paragraphs, headings, lists, procedures by id) into finished text. */
export function renderBlocks(blocks: readonly Block[], text: TextRenderer, knowledge: Knowledge): RenderedBlocks {
  const stepWord = knowledge.messages.answerCard.stepWord;
  const pieces = blocks.map((block): RenderedText => {
    if (typeof block === 'string') return text.renderAll(block);
    if ('heading' in block) {
      const h = text.renderAll(block.heading);
      return { markdown: `**${h.markdown}**`, plain: h.plain, speak: asSentence(h.speak) };
    }
    if ('list' in block) return list(block.list.map((item) => text.renderAll(item)), false, stepWord);
    const procedure = knowledge.procedures.get(block.steps);
    const steps = (procedure?.steps ?? []).map((s) => text.renderAll(s));
    return list(steps, true, stepWord);
  });
  return {
    pieces,
    all: {
      markdown: pieces.map((p) => p.markdown).join('\n\n'),
      plain: pieces.map((p) => p.plain).join('\n\n'),
      speak: pieces.map((p) => p.speak).join(' '),
    },
  };
}
