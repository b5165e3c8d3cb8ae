// Placeholder replaced in this same change by the phone module.
export const normalizePhone = (input: string | number): string | undefined => (typeof input === "string" ? input : undefined)
export const maskPhone = (input: string | number): string => String(input)
