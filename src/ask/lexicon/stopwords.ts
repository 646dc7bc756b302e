/** Words that carry no topic in the Latin-script languages asked in (folded: no accents). */
export const STOPWORDS = new Set(
  `a an the of to in on at for and or is are was were be been being do does did has have had can could would should will shall may might must
  i me my we our you your he she it its they them their this that these those there here what which who whom whose when where why how
  with without from by as about into over under after before than then so if not no yes any some all each every also just only
  sco shanghai cooperation organisation organization org s t tell please know want like get let give show say said
  country countries nation nations state states much many more most very really currently now today still ever yet again
  hey hi hello bot thanks thank pls plz ok okay um uh one ones part its im ive id dont doesnt didnt isnt arent wasnt werent whether
  whats whos wheres hows thats theres lets u ur r yo q quick question questions answer help mean means meant does
  der die das den dem des ein eine einen einem einer ist sind war waren wer wann wie was wo warum welche welcher welches und oder nicht
  mit von zu zur zum im am auf fur aus bei nach seit vor es sie er wir ihr hat haben wurde wurden gibt noch auch schon
  el la los las lo un una unos unas es son fue fueron quien cuando donde por que cual cuales como y o no de del al en con para se su sus
  le les du des une est sont etait qui quand ou pourquoi quel quelle quels quelles comment et pas ne au aux dans pour par sur ce cette il elle
  bir ve ile mi mu midir mudur ne kim nerede hangi kac nasil icin bu su o da de mi`.split(/\s+/),
);
