/** Formatting helpers for documents (documents.md §6.1 formatting rules, §6.2 masking). Pure functions. */
export { formatDate, formatDateTime, shanghaiDate } from './dates.ts';
export { cnNumeral } from './numerals.ts';
export { moneyPlain, moneyText, moneyUpper, moneyWithUpper, toCents } from './money.ts';
export { maskIdNumber, maskPhone } from './masking.ts';
export { ensureFullStop, inlineText, joinList, paragraphs, stripEndPunctuation } from './text.ts';
