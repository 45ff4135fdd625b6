// The diagnostic rules: stable code, default severity and what each one means. The README's
// rule table and the client's settings schema are generated from this list.
import type { RuleSeverity } from '../settings';

export interface RuleInfo {
  severity: Exclude<RuleSeverity, 'off'>;
  description: string;
}

export const rules = {
  // Transmission header
  'dtg-invalid': { severity: 'error', description: 'Impossible date-time group: day past the end of the month, hour above 23, minute above 59 or an unknown month.' },
  'dtg-missing': { severity: 'error', description: 'The header has FM/TO lines but no date-time group.' },
  'de-malformed': { severity: 'error', description: 'The DE line is not `DE <routing indicator> #NNNN[/NN] DDDHHMM`.' },
  'de-invalid-time': { severity: 'error', description: 'The DE line has an impossible Julian day (000, above 366, 366 in a common year), hour or minute.' },
  'de-before-dtg': { severity: 'warning', description: 'The DE line says the cable was sent before its date-time group.' },
  'de-rerun': { severity: 'information', description: 'The DE line is a day or more after the date-time group: the cable was re-transmitted.' },
  'precedence-unknown': { severity: 'error', description: 'The precedence digraph is not ZZ, OO, PP or RR.' },
  'precedence-mismatch': { severity: 'error', description: 'The precedence digraph disagrees with the precedence of the date-time group.' },
  'precedence-order': { severity: 'warning', description: 'The info precedence of a dual-precedence date-time group outranks the action precedence.' },
  'address-precedence-above-dtg': { severity: 'warning', description: 'An addressee has a precedence word above the precedence of the date-time group.' },
  'precedence-misspelt': { severity: 'warning', description: 'A precedence word on an address line is misspelt.' },
  'security-group-invalid': { severity: 'error', description: 'The security line group is not five identical letters U, E, C, S or T.' },
  'security-prosign-mismatch': { severity: 'warning', description: 'ZNR with a classified group, or ZNY with UUUUU.' },
  'security-banner-mismatch': { severity: 'error', description: 'The security line level disagrees with the classification banner.' },
  'from-missing': { severity: 'error', description: 'The header has TO addressees but no FM line.' },
  'from-repeated': { severity: 'warning', description: 'The header has more than one FM line.' },
  'to-missing': { severity: 'warning', description: 'The header has an FM line but no TO addressees.' },
  // Banner and markings
  'banner-missing': { severity: 'warning', description: 'The body has no classification banner.' },
  'banner-garbled': { severity: 'warning', description: 'The classification word of the banner has a doubled or missing letter.' },
  'banner-lowercase': { severity: 'information', description: 'The classification banner is not in capitals (a media-partner rendering).' },
  'banner-repeated-mismatch': { severity: 'error', description: 'A banner repeated inside the body names another station or serial than the first banner.' },
  'section-out-of-range': { severity: 'error', description: '`SECTION nn OF mm` with nn greater than mm.' },
  'serial-mismatch': { severity: 'error', description: 'The banner serial disagrees with the DE line serial (modulo 10,000).' },
  'page-marker-mismatch': { severity: 'error', description: 'A page marker names another serial or station than the banner.' },
  'portion-above-banner': { severity: 'error', description: 'A portion mark is above the classification of the banner.' },
  'portion-mark-unknown': { severity: 'warning', description: 'A portion mark does not read as a classification (`(SNF)`, `(N/SF)`).' },
  'portion-marks-missing': { severity: 'warning', description: 'A classified cable under E.O. 12065 or later whose numbered paragraphs carry no portion marks, where neither paragraph 1 nor a caption marks the entire text (`SECRET - ENTIRE TEXT.`).' },
  'sipdis-with-nodis': { severity: 'warning', description: 'The SIPDIS caption must not be combined with NODIS or EXDIS.' },
  // Caption block
  'eo-missing': { severity: 'warning', description: 'A classified cable has no E.O. line.' },
  'eo-malformed': { severity: 'warning', description: 'The E.O. line names an order that is not one of 11652, 12065, 12356, 12958, 13526, or says N/A on a classified cable.' },
  'decl-unreadable': { severity: 'warning', description: 'The DECL date on the E.O. line cannot be read as a date.' },
  'tags-missing': { severity: 'warning', description: 'The cable has no TAGS line.' },
  'tags-prefix-malformed': { severity: 'warning', description: 'The TAGS keyword is misspelt (`TAS:`, `TGS:`, `AGS:`).' },
  'tag-unknown': { severity: 'hint', description: 'A TAG that is not in the table of known TAGS.' },
  'subject-missing': { severity: 'warning', description: 'The cable has no SUBJECT line.' },
  'classified-by-missing': { severity: 'warning', description: 'A classified cable under E.O. 12958 or later has no "Classified By" line.' },
  'reason-invalid': { severity: 'warning', description: 'The classification reason is not section 1.4 or 1.5, or a letter is out of range for that section.' },
  // Paragraphs
  'pilcrow-garbled': { severity: 'hint', description: 'A paragraph number whose lost pilcrow came back as the digit 1 (`13.` stands for `¶3.`).' },
  'paragraph-gap': { severity: 'hint', description: 'Paragraph numbering skips a number.' },
  'paragraph-duplicate': { severity: 'hint', description: 'Two paragraphs carry the same number.' },
} satisfies Record<string, RuleInfo>;

export type RuleCode = keyof typeof rules;
