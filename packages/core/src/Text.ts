// Placeholder replaced in this same change by the text module.
export const normalizeText = (text: string): string => text
export const foldDiacritics = (text: string): string => text
export const nameKey = (text: string): string => text
