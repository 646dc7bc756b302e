/** Words that carry no topic: skipped when looking for unknown names or matching fact texts. */
export const STOPWORDS = new Set(
  `a an the of to in on at for and or is are was were be been being do does did has have had can could would should will shall may might must
  i me my we our you your he she it its they them their this that these those there here what which who whom whose when where why how
  with without from by as about into over under after before than then so if not no yes any some all each every also just only
  sco shanghai cooperation organisation organization org s t tell me please know want like get let give show say said
  country countries nation nations state states much many more most very really currently now today still ever yet again
  hey hi hello bot thanks thank pls plz ok okay um uh one ones part`.split(/\s+/),
);
