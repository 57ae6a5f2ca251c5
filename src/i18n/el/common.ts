import { translation } from '../catalog.js';
import { common as english } from '../en/common.js';

export const common = translation('el', english, {
  unknownLanguage: '--lang {given}: το clientfit δεν μιλά αυτή τη γλώσσα (υποστηρίζονται: {supported})',
  didYouMean: ' (μήπως εννοούσατε "{word}";)',
});
