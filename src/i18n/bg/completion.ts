import { translation } from '../catalog.js';
import { completion as english } from '../en/completion.js';

export const completion = translation('bg', english, {
  dontKnowYet: 'още не знам',
  decision: '{verdict}, оценка {score}',
});
