import { translation } from '../catalog.js';
import { completion as english } from '../en/completion.js';

export const completion = translation('bs', english, {
  dontKnowYet: 'još ne znam',
  decision: '{verdict}, ocjena {score}',
});
