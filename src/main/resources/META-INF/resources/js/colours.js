// One colour per actor, in the order the analysis lists them. Tints sit behind body text, so they are
// light enough for near-black text to keep WCAG AA contrast; the strong shade marks underlines and
// card edges (non-text contrast of at least 3:1 on white).

const HUES = [212, 28, 145, 280, 48, 335, 178, 4, 95, 250, 195, 310];

export function actorColours(actors) {
  const colours = new Map();
  actors.forEach((actor, i) => {
    const hue = HUES[i % HUES.length];
    // Past the first round of hues, vary lightness so repeated hues stay tellable apart.
    const round = Math.floor(i / HUES.length) % 2;
    colours.set(actor.id, {
      tint: `hsl(${hue} 85% ${round ? 82 : 89}%)`,
      strong: `hsl(${hue} 70% ${round ? 25 : 33}%)`,
    });
  });
  return colours;
}

export const UNATTRIBUTED = {tint: 'hsl(0 0% 92%)', strong: 'hsl(0 0% 35%)'};

export const STANCES = ['approval', 'concern', 'skepticism', 'neutral'];

export const STANCE_COLOURS = {
  approval: '#1a7f37',
  concern: '#c2410c',
  skepticism: '#7c3aed',
  neutral: '#5b6270',
};
