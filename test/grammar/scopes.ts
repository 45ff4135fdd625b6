// The scope each cable element receives: the contract between the grammar, its tests and the README table.
export const SCOPES = {
  // transmission header
  prosign: 'keyword.other.prosign.cable', // VZCZC, DE, ZNR/ZNY, BT, NNNN
  channel: 'constant.other.channel.cable', // XYZ in VZCZCXYZ0000
  channelSequence: 'constant.numeric.sequence.cable',
  precedence: 'storage.modifier.precedence.cable', // RR, R, O R, PRIORITY, NIACT IMMEDIATE
  misspeltPrecedence: 'invalid.illegal.precedence.cable', // PRIOITY
  routingIndicator: 'variable.other.routing-indicator.cable',
  serial: 'constant.numeric.serial.cable', // #0578 on DE, 000578 on the banner
  part: 'constant.numeric.part.cable', // /01 on DE
  julianTime: 'constant.numeric.julian-date-time.cable', // 1420839 on DE
  operatingSignal: 'support.constant.operating-signal.cable', // ZZH, ZDK, ZEN
  badSecurityGroup: 'invalid.illegal.security-group.cable',
  retransmission: 'comment.block.retransmission.cable', // (CCY …)
  dtg: 'constant.numeric.date-time-group.cable', // 210839Z MAY 08
  addressKeyword: 'keyword.other.address.cable', // FM TO INFO XMT
  address: 'entity.name.type.address.cable', // AMEMBASSY ASHGABAT
  mcn: 'constant.numeric.mcn.cable', // 3971, 0612-0615
  officeSymbol: 'constant.other.office-symbol.cable', // //DHO-5//
  distribution: 'comment.line.distribution.cable', // ACTION AF-00, INFO LOG-00 …
  wikileaksNote: 'comment.line.wikileaks-note.cable',
  partnerDate: 'comment.line.partner-date.cable',
  // classification markings, one root per level
  classification: {
    unclassified: 'support.type.classification.unclassified.cable',
    confidential: 'constant.language.classification.confidential.cable',
    secret: 'string.regexp.classification.secret.cable',
    topSecret: 'entity.name.function.classification.top-secret.cable',
    limitedOfficialUse: 'keyword.control.classification.limited-official-use.cable',
  },
  portionMark: {
    unclassified: 'support.type.portion-mark.unclassified.cable',
    sbu: 'keyword.control.portion-mark.sbu.cable',
    confidential: 'constant.language.portion-mark.confidential.cable',
    secret: 'string.regexp.portion-mark.secret.cable',
    topSecret: 'entity.name.function.portion-mark.top-secret.cable',
  },
  section: 'keyword.other.section.cable', // SECTION … OF
  sectionNumber: 'constant.numeric.section.cable',
  station: 'entity.name.type.station.cable',
  caption: 'storage.type.caption.cable', // SIPDIS, NOFORN, SENSITIVE …
  // caption block
  executiveOrder: 'keyword.other.executive-order.cable',
  executiveOrderNumber: 'constant.numeric.executive-order.cable',
  declassify: 'keyword.other.declassify.cable', // DECL:
  date: 'constant.numeric.date.cable',
  declassification: 'constant.language.declassification.cable', // N/A, OADR, X1
  tagsKeyword: 'keyword.other.tags.cable',
  misspeltTagsKeyword: 'invalid.illegal.tags-keyword.cable',
  tag: 'entity.name.tag.cable',
  tagLinkOpen: 'punctuation.definition.tag.begin.cable',
  tagLinkClose: 'punctuation.definition.tag.end.cable',
  subjectKeyword: 'keyword.other.subject.cable',
  subject: 'string.unquoted.subject.cable',
  referenceKeyword: 'keyword.other.reference.cable',
  reference: 'string.unquoted.reference.cable',
  classifiedBy: 'keyword.other.classified-by.cable',
  classificationAuthority: 'string.unquoted.classification-authority.cable',
  reasonKeyword: 'keyword.other.reason.cable',
  reasonSection: 'constant.numeric.reason.cable', // 1.4
  reasonLetters: 'constant.other.reason.cable', // (B,D)
  // body
  paragraph: 'meta.paragraph.cable', // a paragraph and its wrapped continuation lines
  listItem: 'meta.paragraph.list-item.cable', // a sub-item or bullet and its continuation lines
  paragraphNumber: 'constant.numeric.paragraph.cable',
  listEnumerator: 'markup.list.numbered.cable', // A. ¶B. (a) 1)
  listBullet: 'markup.list.unnumbered.cable', // -- -
  heading: 'markup.heading.section.cable',
  headingRule: 'markup.heading.underline.cable', // ------- under/around a heading
  summaryMarker: 'keyword.control.marker.summary.cable',
  commentMarker: 'keyword.control.marker.comment.cable',
  noteMarker: 'keyword.control.marker.note.cable',
  textMarker: 'keyword.control.marker.text.cable', // BEGIN TEXT, UNQUOTE
  pageBreak: 'comment.line.page-break.cable', // TASHKENT 00000578 002 OF 003
  printoutPageHeader: 'comment.line.page-break.printout.cable', // PAGE 02 HARARE 06677 01 OF 03 291400Z
  printoutClassification: 'comment.line.page-break.classification.cable',
} as const;
