import { translation } from '../catalog.js';
import { completion as english } from '../en/completion.js';

export const completion = translation('el', english, {
  dontKnowYet: 'δεν ξέρω ακόμα',
  decision: '{verdict}, βαθμολογία {score}',
});
