import { describe, expect, it } from "vitest";
import { currencyIn, findAmounts, findCapacities, parseFrenchNumber } from "@/lib/importer/announcements/amounts";

const amount = (text: string) => {
  const [found] = findAmounts(text);
  return found && { value: found.value, ...(found.currency ? { currency: found.currency } : { ambiguous: found.ambiguous }) };
};
const mw = (text: string) => findCapacities(text).map((c) => c.mw);

describe("amounts of money in every French form", () => {
  it.each([
    ["28 milliards de dollars", { value: 28_000_000_000, ambiguous: "dollar" }],
    ["200 milliards de yuans", { value: 200_000_000_000, currency: "CNY" }],
    ["1,2 milliard d'euros", { value: 1_200_000_000, currency: "EUR" }],
    ["1,2 milliard d’euros supplémentaires", { value: 1_200_000_000, currency: "EUR" }],
    ["500 millions d'euros", { value: 500_000_000, currency: "EUR" }],
    ["1 Md€", { value: 1_000_000_000, currency: "EUR" }],
    ["2,5 Mds €", { value: 2_500_000_000, currency: "EUR" }],
    ["180 M€", { value: 180_000_000, currency: "EUR" }],
    ["500 M$", { value: 500_000_000, ambiguous: "dollar" }],
    ["1,5 G$", { value: 1_500_000_000, ambiguous: "dollar" }],
    ["300 millions de dollars canadiens", { value: 300_000_000, currency: "CAD" }],
    ["24 milliards de dollars australiens", { value: 24_000_000_000, currency: "AUD" }],
    ["12,7 milliards de dollars américains", { value: 12_700_000_000, currency: "USD" }],
    ["40 millions $ US", { value: 40_000_000, currency: "USD" }],
    ["1 000 milliards de yens", { value: 1_000_000_000_000, currency: "JPY" }],
    ["24 milliards de livres sterling", { value: 24_000_000_000, currency: "GBP" }],
    ["100 millions de francs suisses", { value: 100_000_000, currency: "CHF" }],
    ["100 millions de francs", { value: 100_000_000, ambiguous: "franc" }],
    ["20 milliards de francs CFA", { value: 20_000_000_000, ambiguous: "cfa" }],
    ["25 milliards de francs guinéens", { value: 25_000_000_000, currency: "GNF" }],
    ["71 milliards de francs congolais", { value: 71_000_000_000, currency: "CDF" }],
    ["4,2 milliards de francs CFP", { value: 4_200_000_000, currency: "XPF" }],
    ["150 milliards d'ariary", { value: 150_000_000_000, currency: "MGA" }],
    ["3 milliards d'ouguiyas", { value: 3_000_000_000, currency: "MRU" }],
    ["1,3 milliard de gourdes", { value: 1_300_000_000, currency: "HTG" }],
    ["360 milliards de livres libanaises", { value: 360_000_000_000, currency: "LBP" }],
    ["1,8 milliard de dinars algériens", { value: 1_800_000_000, currency: "DZD" }],
    ["45 milliards XAF", { value: 45_000_000_000, currency: "XAF" }],
    ["4 milliards de couronnes suédoises", { value: 4_000_000_000, currency: "SEK" }],
    ["2 milliards de rands", { value: 2_000_000_000, currency: "ZAR" }],
    ["500 millions de dirhams", { value: 500_000_000, ambiguous: "dirham" }],
    ["un milliard d'euros", { value: 1_000_000_000, currency: "EUR" }],
    ["100 000 €", { value: 100_000, currency: "EUR" }],
    // Thousands separated by a no-break space and by a narrow no-break space, as typeset French does.
    ["2\u00A0500 millions d'euros", { value: 2_500_000_000, currency: "EUR" }],
    ["12\u202F000\u202F000 euros", { value: 12_000_000, currency: "EUR" }],
    ["1.5 milliard de dollars", { value: 1_500_000_000, ambiguous: "dollar" }],
    // Indian releases count in crores (10^7) and lakhs (10^5).
    ["1 200 crores de roupies", { value: 12_000_000_000, ambiguous: "roupie" }],
    ["50 lakhs de roupies indiennes", { value: 5_000_000, currency: "INR" }],
    // Wires and stock pages write millions of euros « ME » (356 of held-out-17).
    ["un plan de 150 ME pour construire", { value: 150_000_000, currency: "EUR" }],
    ["1,2 MdE", { value: 1_200_000_000, currency: "EUR" }],
  ])("%s", (text, expected) => {
    expect(amount(text)).toEqual(expected);
  });

  it("leave out what is not money or not certain", () => {
    expect(findAmounts("former un million de personnes d'ici 2027")).toEqual([]);
    expect(findAmounts("en 2024, 33 hectares")).toEqual([]);
    // « billion » is 10^12 in French and 10^9 in translated English.
    expect(findAmounts("2 billions de dollars")).toEqual([]);
    // A crore without money is a count, not an amount.
    expect(findAmounts("1 200 crores d'habitants")).toEqual([]);
    // Only the capital « ME » is millions of euros: « 10 me » is no sum, nor « 3 MEGA ».
    expect(findAmounts("la 10 me fois, 3 MEGA")).toEqual([]);
  });

  it("give offsets into the text", () => {
    const text = "Le groupe investit 4 milliards d'euros en France.";
    const [found] = findAmounts(text);
    expect(text.slice(found.start, found.end)).toBe("4 milliards d'euros");
  });
});

describe("capacities", () => {
  it("read GW, MW, mégawatts and kW in MW", () => {
    expect(mw("une capacité de 1,2 GW")).toEqual([1200]);
    expect(mw("un campus de 1,4 GW et 10 000 processeurs")).toEqual([1400]);
    expect(mw("d'une puissance de 16,5 MW")).toEqual([16.5]);
    expect(mw("150 mégawatts, puis 300 megawatts")).toEqual([150, 300]);
    expect(mw("un bloc de 500 kW")).toEqual([0.5]);
    expect(mw("un site de 1\u202F000 MW")).toEqual([1000]);
  });

  it("are not energies or peak solar power", () => {
    expect(mw("il consomme 120 GWh par an et ses panneaux font 5 MWc")).toEqual([]);
  });
});

describe("French numbers", () => {
  it("read decimal commas, dots and every space as a thousands separator", () => {
    expect(parseFrenchNumber("1,2")).toBe(1.2);
    expect(parseFrenchNumber("1 000")).toBe(1000);
    expect(parseFrenchNumber("2.500")).toBe(2500);
    expect(parseFrenchNumber("10,7")).toBe(10.7);
  });
});

describe("an ambiguous currency read from a country", () => {
  it("takes the announcement's country first, then the one country of the article, then the usual reading", () => {
    expect(currencyIn("dollar", "CA", ["US"])).toEqual({ currency: "CAD", from: "announcement" });
    expect(currencyIn("dollar", "FR", ["AU", "FR"])).toEqual({ currency: "AUD", from: "article" });
    expect(currencyIn("dollar", "NG", ["NG", "ZA"])).toEqual({ currency: "USD", from: "default" });
    expect(currencyIn("cfa", "SN", [])).toEqual({ currency: "XOF", from: "announcement" });
    expect(currencyIn("cfa", "CM", [])).toEqual({ currency: "XAF", from: "announcement" });
    expect(currencyIn("franc", "CH", [])).toEqual({ currency: "CHF", from: "announcement" });
    // Francs with no country that has them: no currency rather than a guess.
    expect(currencyIn("franc", "FR", ["FR"])).toEqual({ from: "none" });
  });
});

describe("a currency the article spells out", () => {
  it("is not what the same article's bare « dollars » mean", () => {
    expect(currencyIn("dollar", undefined, ["AU"], new Set(["AUD"]))).toEqual({ currency: "USD", from: "default" });
    expect(currencyIn("dollar", "AU", ["AU"], new Set(["AUD"]))).toEqual({ currency: "AUD", from: "announcement" });
  });
});

describe("numbers spelled out", () => {
  it("reads compound number words before a scale or megawatts", () => {
    expect(findAmounts("pour un investissement de deux cent quarante millions d'euros")[0]).toMatchObject({ value: 240_000_000, currency: "EUR" });
    expect(findAmounts("quatre-vingt-dix millions de francs suisses")[0]).toMatchObject({ value: 90_000_000, currency: "CHF" });
    expect(findCapacities("un centre de données de trente-six mégawatts")[0]).toMatchObject({ mw: 36 });
  });
  it("reads no number word without its scale or unit", () => {
    // « deux cent quarante euros » and « trente-six bâtiments » are no amount or capacity the rules read.
    expect(findAmounts("deux cent quarante euros")).toEqual([]);
    expect(findCapacities("trente-six bâtiments et six kilomètres")).toEqual([]);
  });
  it("reads Belgian and Swiss tens: septante, huitante, nonante", () => {
    expect(findAmounts("pour quatre cent nonante millions d'euros")[0]).toMatchObject({ value: 490_000_000, currency: "EUR" });
    expect(findAmounts("huitante millions de francs suisses")[0]).toMatchObject({ value: 80_000_000, currency: "CHF" });
    expect(findCapacities("un bâtiment de septante mégawatts")[0]).toMatchObject({ mw: 70 });
    // near miss: « nonante jours » is neither.
    expect(findAmounts("Il reste nonante jours d'enquête")).toEqual([]);
    expect(findCapacities("Il reste nonante jours d'enquête")).toEqual([]);
  });
});

describe("the vatu", () => {
  it("is Vanuatu's currency, written out", () => {
    expect(findAmounts("un centre de données de 1,8 milliard de vatu")[0]).toMatchObject({ value: 1_800_000_000, currency: "VUV" });
    // near miss: « vatu » inside another word is no currency.
    expect(findAmounts("1,8 milliard de vatuvatu")).toEqual([]);
  });
});

describe("a currency code before the number", () => {
  it("reads « CHF 250 millions » as a Swiss release writes it", () => {
    expect(findAmounts("investit CHF 250 millions dans un cinquième bâtiment")[0]).toMatchObject({ value: 250_000_000, currency: "CHF" });
  });
  it("needs a scale: « CHF 2025 » is no amount", () => {
    expect(findAmounts("rapport CHF 2025")).toEqual([]);
  });
});

describe("bahts, shekels and lei (round 15)", () => {
  it.each([
    ["190 milliards de bahts", 190e9, "THB"],
    ["350 millions de shekels", 350e6, "ILS"],
    ["2 milliards de nouveaux shekels", 2e9, "ILS"],
    ["120 millions de lei roumains", 120e6, "RON"],
    ["310 millions de lei (MDL)", 310e6, "MDL"],
    ["310 millions de lei moldaves", 310e6, "MDL"],
  ])("« %s »", (text, value, currency) => {
    expect(findAmounts(text).map(({ value: v, currency: c }) => [v, c])).toEqual([[value, currency]]);
  });
  it("a bare « lei » is the country's leu: Moldovan in Moldova, Romanian otherwise (round 16)", () => {
    expect(findAmounts("120 millions de lei")[0]?.ambiguous).toBe("leu");
    expect(currencyIn("leu", "MD", [])).toEqual({ currency: "MDL", from: "announcement" });
    expect(currencyIn("leu", undefined, [])).toEqual({ currency: "RON", from: "default" });
  });
  it("near miss: « lei » inside a word is no currency", () => {
    expect(findAmounts("120 millions de leishmanies")).toEqual([]);
  });
});
