import { translation } from '../catalog.js';
import { common as english } from '../en/common.js';

export const common = translation('ru', english, {
  unknownLanguage: '--lang {given}: clientfit не говорит на этом языке (поддерживаются: {supported})',
  didYouMean: ' (может быть, "{word}"?)',
});
