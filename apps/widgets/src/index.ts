// One script for any portal page: defines the elements (once, even if the script is included twice) and, on
// the iframe page, mounts the widget named in the address.
import { mountEmbed } from './embed-mode.js';
import { AwardsElement } from './elements/awards-element.js';
import { DeadlinesElement } from './elements/deadlines-element.js';
import { LeaderboardElement } from './elements/leaderboard-element.js';
import { NomineesElement } from './elements/nominees-element.js';
import { ShowcaseElement } from './elements/showcase-element.js';
import { TargetsElement } from './elements/targets-element.js';

export const ELEMENTS = {
  'thidua-targets': TargetsElement,
  'thidua-leaderboard': LeaderboardElement,
  'thidua-deadlines': DeadlinesElement,
  'thidua-awards': AwardsElement,
  'thidua-showcase': ShowcaseElement,
  'thidua-nominees': NomineesElement,
} as const;

for (const [name, element] of Object.entries(ELEMENTS)) {
  if (!customElements.get(name)) customElements.define(name, element);
}

mountEmbed(document, location.search, new Set(Object.keys(ELEMENTS)));
