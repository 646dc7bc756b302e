/**
 * Economic measures, in every language the engine answers in, folded as questions are: trade, GDP, budgets,
 * population, exports, capital. The data records none of them, so a question that asks for one is not held
 * (whatever SCO relation it names beside it: "how big was Iran's trade with the other members?").
 * English "capital" is left out: it is a capital city far more often than money.
 */
export const MEASURE =
  /\b(?:trade volumes?|trade turnover|trade figures?|trade (?:between|with|among)|total trade|bilateral trade|gdp|budgets?|population|exports|imports|foreign investment|fdi|(?:charter|authori[sz]ed) capital|handelsvolumen|handel (?:zwischen|mit)|(?:das|des|dem) bip|bruttoinlandsprodukt|haushalt|bevolkerung|exporte|importe|(?:stamm|start|grund|eigen)kapital|volumen comercial|comercio (?:entre|con)|intercambio comercial|presupuesto|poblacion|exportaciones|importaciones|capital social|(?:el|del|su|le|du|son) pib|volume des echanges|echanges commerciaux|commerce (?:entre|avec)|exportations|importations|ticaret\w*|gsyh|milli gelir|butce\w*|nufus\w*|ihracat\w*|ithalat\w*|sermaye\w*)\b|(?<=\w s )trade\b|贸易额|贸易|国内生产总值|预算|人口|出口|进口|注册资本|资本金|товарооборот|торговл\S*|ввп|бюджет\S*|населени\S*|экспорт\S*|импорт\S*|капитал\S*|व्यापार|जीडीपी|बजट|जनसंख्या|आबादी|निर्यात|आयात|تجارت|حجم مبادلات|تولید ناخالص|بودجه|جمعیت|صادرات|واردات|سرمایه|جی ڈی پی|بجٹ|آبادی|برآمدات|درآمدات|سرمایہ/;
