/**
 * The longest query read, in characters: a settlement's name with its type
 * word and district fits many times over. Work grows with the words of a
 * query, so a pasted page of text must not hold the search (or a server) up.
 */
export const MAX_QUERY_LENGTH = 100;
