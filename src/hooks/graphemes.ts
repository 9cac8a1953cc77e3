// The graphemes of a text (an emoji with its modifiers, a letter with its marks: what takes its cells
// whole), for fitting, wrapping and folding it. One segmenter, made at first use: the first
// Intl.Segmenter of a process costs ~15 ms of ICU set-up, and the first frame needs none (its text is
// only measured, and fits).
let segmenter: Intl.Segmenter | undefined;

export function* graphemes(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) yield segment;
}
