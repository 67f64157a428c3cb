/** Words that name a day relative to the article: time adverbials, never actors ("said Thursday"). */
export const DAY_WORDS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
]);
