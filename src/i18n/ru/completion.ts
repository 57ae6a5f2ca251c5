import { translation } from '../catalog.js';
import { completion as english } from '../en/completion.js';

export const completion = translation('ru', english, {
  dontKnowYet: 'пока не знаю',
  decision: '{verdict}, оценка {score}',
});
