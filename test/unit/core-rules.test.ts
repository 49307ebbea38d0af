// Table-driven tests for every rule of the engine: for each kind, short source/rewrite pairs
// that must produce that kind on exactly the given words, and paraphrases that must not.
import * as assert from 'node:assert/strict';
import { analyze, DEFAULT_SEVERITY, KINDS, type AnalysisResult, type Finding, type Kind, type Severity } from '../../src/core';

/** The documented default severity of each kind (README / types.ts doc comment), written out independently. */
const DOCUMENTED: Readonly<Record<Kind, Severity>> = {
  number: 'error',
  date: 'error',
  entity: 'error',
  role: 'warning',
  negation: 'error',
  tense: 'error',
  modality: 'error',
  quantifier: 'error',
  quote: 'error',
  attribution: 'warning',
  'roles-swapped': 'error',
  wording: 'info',
  unsupported: 'error',
  omitted: 'warning',
  'added-detail': 'warning',
  unrelated: 'error',
  language: 'warning',
};

interface Hit {
  readonly source: string;
  readonly rewrite: string;
  /** Exact text of the finding's rewrite span (for `omitted`: of its source span). */
  readonly text: string;
  /** Exact text of the finding's source span, when the test pins it. */
  readonly sourceText?: string;
  /** Other error/warning findings the pair legitimately has, as [kind, text] like `text` above. */
  readonly also?: ReadonlyArray<readonly [Kind, string]>;
}

interface Quiet {
  readonly source: string;
  readonly rewrite: string;
  readonly why: string;
}

interface Row {
  readonly hits: readonly Hit[];
  readonly quiet: readonly Quiet[];
}

// Pairs for `unrelated`: articles with nothing in common, five sentences or more a side.
const HARBOUR = 'The harbour authority approved a new ferry terminal on Tuesday. Construction will begin in the spring and last two years. The terminal will handle four million passengers a year. Local fishermen fear the dredging will harm their catch. The mayor called the project a turning point for the town. Critics say the cost estimate of 80 million euros is too low.';
const ORCHESTRA = 'The city orchestra announced its new season yesterday. Its conductor will retire after twenty years on the podium. Ticket prices for students will fall by half. A new concert hall opens in the old railway depot. Three symphonies by young composers will have their premiere. The board thanked donors for their generous support.';
const MARATHON = 'Runners from forty countries took part in the marathon on Sunday. The winner finished in just over two hours and six minutes. Heavy rain slowed the leading group after the halfway mark. Organisers handed out thousands of ponchos at the start. A charity raised money for the children\'s hospital. Next year the route will pass the cathedral.';
const VACCINE = 'Researchers tested a nasal vaccine on mice and ferrets. The animals produced antibodies within two weeks. A trial in human volunteers is planned for next winter. The team published its findings in a medical journal. Funding came from a government grant and a private foundation. Regulators have not yet reviewed the data.';

const TABLE: Readonly<Record<Kind, Row>> = {
  number: {
    hits: [
      {
        // A move told in percentage points is not one told in per cent: from 3.75% to 4.25% is
        // 0.5 points; a rise of 0.5% would end at 3.77%.
        source: 'The bank raised its main rate by 0.5 percentage points to 4.25%.',
        rewrite: 'The bank lifted its main rate by 0.5% to 4.25%.',
        text: '0.5%',
      },
      {
        source: 'Estimates put the painting\'s value at between 4 and 6 million euros.',
        rewrite: 'The painting\'s estimated value was €5m to €6m.',
        text: '€5m',
      },
      {
        source: 'The club signed him on a two-year deal.',
        rewrite: 'The club signed him on a one-year deal.',
        text: 'one-year',
      },
      {
        // A number hyphened to a lower-case word ("magnitude-6.1") is read as the number, decimal and all.
        source: 'The town was hit by a magnitude 6.4 earthquake on Friday.',
        rewrite: 'The town was hit by a magnitude-6.1 quake on Friday.',
        text: '6.1',
      },
      {
        source: 'Replacement buses will run every 30 minutes from Monday.',
        rewrite: 'From Monday replacement buses will run hourly.',
        text: 'hourly',
      },
      {
        source: 'During the winter the ferry will sail fortnightly.',
        rewrite: 'The ferry will sail weekly during the winter.',
        text: 'weekly',
      },
      {
        source: 'Carrington Resources has made an A$6.8 billion takeover offer for Peña Copper.',
        rewrite: 'Carrington Resources has launched a US$6.8bn bid for Peña Copper.',
        text: 'US$6.8bn',
      },
      {
        text: '3rd',
        source: 'The building dates from the late second century AD.',
        rewrite: 'The building dates from the late 3rd century AD.',
      },
      {
        source: 'Several of its 40 branches will close next year.',
        rewrite: 'Twelve branches will close next year.',
        text: 'Twelve',
      },
      {
        source: 'The companies expect the deal to be completed in the first half of 2026.',
        rewrite: 'Completion of the deal is expected in the first three months of 2026, the companies said.',
        text: 'three months',
        sourceText: 'half',
      },
      {
        source: 'The fault was recorded in 875 cases last year.',
        rewrite: 'The fault was recorded in 785 cases last year.',
        text: '785',
      },
      {
        source: 'Three members favoured a cut of a quarter of a percentage point.',
        rewrite: 'Three members backed a half-point cut.',
        text: 'a half-point',
      },
      {
        source: 'Rask keeps the leader\'s jersey and now leads Moretti by 1 minute 12 seconds overall, with Laine third at 1:45.',
        rewrite: 'Rask retains the leader\'s jersey with an overall lead of 1:12 over Moretti; Laine is third, 1 minute 54 seconds down.',
        text: '1 minute 54 seconds',
      },
      {
        source: 'The fall, which followed a revised rise of 0.4 per cent in June, was sharper than the 0.1 per cent decline forecast by analysts.',
        rewrite: 'Analysts had forecast a drop of just 0.1%, and the decline followed a revised 0.6% increase in June.',
        text: '0.6%',
      },
      {
        // a share before a comparative is read as a share, so another share is a changed number
        source: 'Bees fed the fungicide brought back about a fifth less pollen than untreated bees.',
        rewrite: 'Bees fed the fungicide brought back 30 per cent less pollen than untreated bees.',
        text: '30 per cent', sourceText: 'a fifth',
      },
      {
        source: 'Rees scored in the 18th minute.',
        rewrite: 'Rees scored after 28 minutes.',
        text: '28 minutes',
      },
      {
        source: 'The farm is expected to generate around 5.2 gigawatt-hours of electricity a year, the company said.',
        rewrite: 'The farm is expected to generate about 5.8 GWh of electricity a year, the company said.',
        text: '5.8 GWh', sourceText: '5.2 gigawatt-hours',
      },
      {
        source: 'The council approved a budget of $4.2 million for road repairs on Tuesday.',
        rewrite: 'The council approved a budget of $2.4 million for road repairs on Tuesday.',
        text: '$2.4 million', sourceText: '$4.2 million',
      },
      {
        source: 'Police said 12 people were injured in the crash on the motorway.',
        rewrite: 'Police said 21 people were injured in the crash on the motorway.',
        text: '21', sourceText: '12',
      },
      {
        source: 'Unemployment rose to 5.2% in the third quarter, the statistics office said.',
        rewrite: 'Unemployment rose to 6.2% in the third quarter, the statistics office said.',
        text: '6.2%', sourceText: '5.2%',
      },
      {
        source: 'The new rail line will be 40 kilometres long and cost about 900 million euros.',
        rewrite: 'The new rail line will be 48 kilometres long and cost about 900 million euros.',
        text: '48 kilometres', sourceText: '40 kilometres',
      },
      {
        source: 'Three firefighters were treated for smoke inhalation at the scene.',
        rewrite: 'Four firefighters were treated for smoke inhalation at the scene.',
        text: 'Four', sourceText: 'Three',
      },
      {
        source: 'The bank has 1.1 million customers in the region.',
        rewrite: 'The bank has 1.2m customers in the region.',
        text: '1.2m', sourceText: '1.1 million',
      },
      {
        source: 'The treasurer was jailed for two years and eight months.',
        rewrite: 'The treasurer was jailed for 30 months.',
        text: '30 months', sourceText: 'two years and eight months',
      },
      {
        source: 'Wheat settled at $6.42 a bushel on Friday.',
        rewrite: 'Wheat settled at 624 cents a bushel on Friday.',
        text: '624 cents', sourceText: '$6.42',
      },
    ],
    quiet: [
      {
        source: 'Estimates put the painting\'s value at between 4 and 6 million euros.',
        rewrite: 'The painting\'s estimated value was €4m to €6m.',
        why: 'the near end of a range has the far end\'s scale and currency: "between 4 and 6 million euros" is €4m to €6m',
      },
      {
        source: 'Sales rose to 1.9 billion Swiss francs last year.',
        rewrite: 'Last year sales climbed to CHF 1.9bn.',
        why: 'a currency\'s ISO code is its name: "CHF 1.9bn" is 1.9 billion Swiss francs',
      },
      {
        source: 'She won the final in a match lasting an hour and 12 minutes.',
        rewrite: 'In a match that lasted 1 hour 12 minutes, she won the final.',
        why: '\'an hour and 12 minutes\' is 72 minutes',
      },
      {
        source: 'The hearing lasted an hour and 38 minutes.',
        rewrite: 'The hearing lasted 98 minutes.',
        why: '\'an hour and 38 minutes\' is 98 minutes',
      },
      {
        why: "\"magnitude-6.4\" = \"magnitude 6.4\": the hyphened word and its decimal stay one number",
        source: 'Aid reached villages cut off by the magnitude 6.4 earthquake that struck on Friday.',
        rewrite: 'Aid reached villages that had been cut off by the magnitude-6.4 quake which hit on Friday.',
      },
      {
        why: "\"17min 42sec\" = \"17 minutes 42 seconds\"",
        source: 'The crew covered the course in 17 minutes 42 seconds, the fastest winning time since 2016.',
        rewrite: 'The crew\'s time of 17min 42sec over the course was the fastest by a winning crew since 2016.',
      },
      {
        why: "a count of the names the sentence lists, \"the other two candidates, X and Y\", is no changed figure",
        source: 'She was picked from a shortlist of three, ahead of the Italian architect Marco Bellini and the Danish architect Sofie Lund.',
        rewrite: 'The other two candidates on the shortlist, Italy\'s Marco Bellini and Denmark\'s Sofie Lund, lost out to her.',
      },
      {
        why: "one frequency in other words (\"twice a day\" / \"every 12 hours\") is no new amount",
        source: 'The drug is taken twice a day.',
        rewrite: 'The drug is taken every 12 hours.',
      },
      {
        why: "frequencies paired by period wherever they moved (\"every six months instead of once a year\" / \"twice a year rather than annually\")",
        source: 'The review recommends that inspections take place every six months instead of once a year.',
        rewrite: 'The review recommends carrying out inspections twice a year rather than annually.',
      },
      {
        why: "\"every 15 minutes\" is \"every quarter of an hour\", and \"every 10 minutes\" \"every ten minutes\", in either order",
        source: 'Trams will run every 10 minutes between 6am and midnight, and every 15 minutes on Sundays.',
        rewrite: 'Between 6am and midnight there will be a tram every ten minutes, and on Sundays one every quarter of an hour.',
      },
      {
        why: "\"more than half\" is the majority, a scope word, not a figure the source must state",
        source: 'Most of the 40 analysts polled expect the bank to cut rates before June.',
        rewrite: 'More than half of the 40 polled analysts anticipate a rate cut by the bank before June.',
      },
      {
        why: 'the hedge on the noun the amount belongs to keeps the amount an estimate',
        source: 'The repairs will cost the council an estimated £4 million a year.',
        rewrite: 'The council will carry out the repairs at an estimated annual cost of £4m.',
      },
      {
        why: 'an abbreviated scale before a currency\'s name is money ("2.1bn crowns" = "2.1 billion crowns")',
        source: 'Exports rose faster than imports, narrowing the trade deficit to 2.1 billion crowns.',
        rewrite: 'With imports growing more slowly than exports, the trade deficit narrowed to 2.1bn crowns.',
      },
      {
        why: "\"a quarter of a point\" is the same share of a point as \"a quarter-point\"",
        source: 'The three dissenters favoured a quarter-point cut.',
        rewrite: 'The three who dissented preferred a cut of a quarter of a point.',
      },
      {
        why: '"A$6.8bn": a country\'s dollar sign before an abbreviated scale is money, as "$6.8bn" is',
        source: 'Carrington Resources has made an A$6.8 billion takeover offer for Peña Copper.',
        rewrite: 'Carrington Resources has launched an A$6.8bn bid for Peña Copper.',
      },
      {
        why: 'a figure with an abbreviated scale does not run on into the number word after it ("€52m two years ago")',
        source: 'The club spent €52 million on Lucas Dias two years ago.',
        rewrite: 'Lucas Dias cost the club €52m two years ago.',
      },
      {
        why: 'a rank told by the count of those above it is the same rank ("the second largest" / "only one has been larger")',
        source: 'The fine is the second largest the office has imposed.',
        rewrite: 'Only one fine imposed by the office has been larger.',
      },
      {
        why: 'a half of a year is its six months: "the first half of 2026" = "the first six months of 2026"',
        source: 'The companies expect the deal to be completed in the first half of 2026.',
        rewrite: 'Completion of the deal is expected in the first six months of 2026, the companies said.',
      },
      {
        why: '"hr" and "min" are hours and minutes',
        source: 'The fastest journey will be cut to 1 hour 41 minutes.',
        rewrite: 'The quickest journey will come down to 1hr 41min.',
      },
      {
        why: 'a fraction joined to "point" is that share of a percentage point ("a quarter-point cut" / "a cut of a quarter of a percentage point")',
        source: 'Two members voted for a quarter-point cut.',
        rewrite: 'Two members backed a cut of a quarter of a percentage point.',
      },
      {
        why: 'a count of others before an ordinal one more is the same count ("the fifth university to announce" / "four other universities have announced")',
        source: 'Brackenfield is the fifth university in the region to announce redundancies since January.',
        rewrite: 'Since January, four other universities in the region have announced redundancies.',
      },
      {
        why: 'a bare clock-shaped time the other text spells out as a length of time is that length ("a lead of 1:12" / "leads by 1 minute 12 seconds", "1 minute 45 seconds down" / "third at 1:45")',
        source: 'Rask keeps the leader\'s jersey and now leads Moretti by 1 minute 12 seconds overall, with Laine third at 1:45.',
        rewrite: 'Rask retains the leader\'s jersey with an overall lead of 1:12 over Moretti; Laine is third, 1 minute 45 seconds down.',
      },
      {
        why: 'both ends of a range of days in one month are dates, however the range is written',
        source: 'The line between Ashby Moor and Pellham will close from 12–20 October.',
        rewrite: 'No trains will run between Ashby Moor and Pellham from October 12 to 20.',
      },
      {
        why: '"a fifth less" is a share before a comparative, not an ordinal, and "about a fifth" is the round "20 per cent"',
        source: 'Bees fed the fungicide brought back about a fifth less pollen than untreated bees.',
        rewrite: 'Bees fed the fungicide brought back 20 per cent less pollen than untreated bees.',
      },
      {
        why: 'an exclusive "only" dropped says how the writer sees the amount, not another amount',
        source: 'The scheme covers only 40 families in the district.',
        rewrite: 'The scheme covers 40 families in the district.',
      },
      {
        why: 'a match\'s "18th minute" is the time 18 minutes in',
        source: 'Rees, who replaced the injured captain in the 18th minute, kicked 12 points.',
        rewrite: 'Rees came on for the injured captain after 18 minutes and kicked 12 points.',
      },
      {
        why: "\"a fortnight\" = \"two weeks\"",
        source: "Cliff Road in Porthkell will be closed for a fortnight from Monday while a gas main is replaced.",
        rewrite: "A gas main replacement will shut Cliff Road in Porthkell for two weeks from Monday.",
      },
      {
        why: '"the two banks" names a set the source already gave',
        source: 'Halvard and Nordbank agreed to merge on Monday. Up to 600 jobs could go, the banks said.',
        rewrite: 'Halvard and Nordbank agreed on Monday to merge. According to the two banks, up to 600 jobs could go.',
      },
      {
        why: '"one from Haldova" stands for a noun already named; it counts nothing',
        source: 'Neighbouring countries have offered rescue teams, and a team from Haldova arrived on Saturday.',
        rewrite: 'Rescue teams have been offered by neighbouring countries, and one from Haldova arrived on Saturday.',
      },
      {
        why: 'number word vs digits',
        source: 'Three firefighters were treated for smoke inhalation at the scene.',
        rewrite: '3 firefighters were treated for smoke inhalation at the scene.',
      },
      {
        why: 'kilometres vs km',
        source: 'The new rail line will be 40 kilometres long, officials said.',
        rewrite: 'The new rail line will be 40 km long, officials said.',
      },
      {
        why: '1.5 million vs 1,500,000',
        source: 'The population of the city grew to 1.5 million last year.',
        rewrite: 'The population of the city grew to 1,500,000 last year.',
      },
      {
        why: 'five per cent vs 5%',
        source: 'Prices rose by five per cent in January, the bakery chain said.',
        rewrite: 'Prices rose by 5% in January, the bakery chain said.',
      },
      {
        why: 'six hours vs 6 hours',
        source: 'The rescue took six hours, the coastguard said.',
        rewrite: 'The rescue took 6 hours, the coastguard said.',
      },
      {
        why: '"1.1m customers" is 1.1 million, a glued "m" before a counted noun',
        source: 'The bank has 1.1 million customers and sold 60 million shares.',
        rewrite: 'The bank has 1.1m customers and sold 60m shares.',
      },
      {
        why: 'a glued "m" without a counted noun is still metres',
        source: 'She won the 100 metres final in Rome.',
        rewrite: 'She won the 100m final in Rome.',
      },
      {
        why: 'years and months joined: "two years and eight months" = "32 months"',
        source: 'The treasurer was jailed for two years and eight months.',
        rewrite: 'The treasurer was jailed for 32 months.',
      },
      {
        why: 'millennia on the scale of years',
        source: 'The ice is about 2,000 years old, the team said.',
        rewrite: 'The ice is roughly two millennia old, the team said.',
      },
      {
        why: 'a share of one unit: "a quarter of a kilometre" = "250 metres", "half an hour" = "30 minutes"',
        source: 'She attacked with 250 metres to go. Buses run every 30 minutes.',
        rewrite: 'She attacked with a quarter of a kilometre to go. Buses run every half an hour.',
      },
      {
        why: 'a currency\'s hundredth: "642 cents" = "$6.42"',
        source: 'Wheat settled at $6.42 a bushel on Friday.',
        rewrite: 'Wheat settled at 642 cents a bushel on Friday.',
      },
    ],
  },

  date: {
    hits: [
      {
        source: 'A late spring frost has destroyed as much as 70% of last year’s grape crop, growers said.',
        rewrite: 'Growers said that a late frost this spring had wiped out up to 70 per cent of last year\'s grape crop.',
        text: 'this spring',
      },
      {
        source: 'The market opens on Saturdays in the square.',
        rewrite: 'The market opens on Sundays in the square.',
        text: 'Sundays',
      },
      {
        text: 'May 3',
        source: 'The exhibition is open from 4 until 12 May.',
        rewrite: 'The exhibition is open from May 3 until May 12.',
      },
      {
        source: 'The cup will be presented on Sunday, the day after the final.',
        rewrite: 'The cup will be presented a week after the final.',
        text: 'a week after',
      },
      {
        source: 'The fire started at 3.15pm near the village.',
        rewrite: 'The fire started at 4.15pm near the village.',
        text: '4.15pm',
      },
      {
        source: 'The suspect was arrested on 3 May and charged with arson on 5 May.',
        rewrite: 'The suspect was arrested on 3 May and charged with arson the following day.',
        text: 'following day',
      },
      {
        source: 'Profits rose in 2023–24, the firm said.',
        rewrite: 'Profits rose in 2023–25, the firm said.',
        text: '2023–25',
      },
      {
        source: 'The deal is expected to be completed by 31 January.',
        rewrite: 'Completion of the deal is expected by the end of February.',
        text: 'the end of February',
      },
      {
        source: 'He said the hoard was likely to have been buried between 875 and 880.',
        rewrite: 'In his view the hoard was probably buried between 865 and 870.',
        text: '865 and 870',
      },
      {
        source: 'Sales rose every year between 2019 and 2021.',
        rewrite: 'Sales rose every year between 2019 and 2022.',
        text: '2019 and 2022',
      },
      {
        source: 'Sales stood at 9,100 in November, down from 9,800 in September, the board said.',
        rewrite: 'According to the board, sales were 9,100 in November, against 9,800 a month earlier.',
        text: 'a month earlier',
      },
      {
        // a clock time the tokenizer cuts at its dot ("4" "." "12am") is one time
        source: 'The capsule parachuted down at 4.12am local time.',
        rewrite: 'The capsule came down by parachute at 4:21am local time.',
        text: '4:21am',
      },
      {
        source: 'Søholm was made an OBE in 1989 and retired the following year.',
        rewrite: 'She retired in 1991, a year after being made an OBE.',
        text: '1991',
      },
      {
        // "May" after a preposition is the month: the modal cannot stand there
        source: 'The new bridge will open to traffic in March, the council said.',
        rewrite: 'The new bridge will open to traffic in May, the council said.',
        text: 'May', sourceText: 'March',
      },
      {
        // A season told from now.
        source: 'The survey team plans to return to the ice sheet next summer.',
        rewrite: 'The survey team plans to go back to the ice sheet last summer.',
        text: 'last summer', sourceText: 'next summer',
      },
      {
        source: 'The new ferry is due to enter service in the spring.',
        rewrite: 'The new ferry is due to enter service in the autumn.',
        text: 'autumn', sourceText: 'spring',
      },
      {
        source: '"Residents can return to their homes from tomorrow morning," the fire service said on Saturday.',
        rewrite: 'The fire service said on Saturday that residents could return to their homes from the previous morning.',
        text: 'previous morning',
      },
      {
        source: 'Picking will continue until mid-October, the cooperative said on Monday.',
        rewrite: 'Picking will go on until mid-November, the cooperative said on Monday.',
        text: 'mid-November', sourceText: 'mid-October',
      },
      {
        source: 'The outage began at 9.40am and was fixed by noon, the bank said.',
        rewrite: 'The outage began at 9.50am and was fixed by noon, the bank said.',
        text: '9.50am', sourceText: '9.40am',
      },
      {
        source: 'The vote will take place on 14 March 2025, the electoral commission said.',
        rewrite: 'The vote will take place on 16 March 2025, the electoral commission said.',
        text: '16 March 2025', sourceText: '14 March 2025',
      },
      {
        source: 'The museum reopened to visitors on Monday after a long renovation.',
        rewrite: 'The museum reopened to visitors on Friday after a long renovation.',
        text: 'Friday', sourceText: 'Monday',
      },
      {
        source: 'The factory in the north of the town closed in 2019 after a fire.',
        rewrite: 'The factory in the north of the town closed in 2017 after a fire.',
        text: '2017', sourceText: '2019',
      },
    ],
    quiet: [
      {
        why: 'a season the source\'s sentence places in this year is "this" season',
        source: 'A late spring frost has destroyed as much as 70% of this year’s grape crop, growers said on Friday.',
        rewrite: 'Growers said on Friday that a late frost this spring had wiped out up to 70 per cent of the year’s grape crop.',
      },
      {
        source: 'Under the deal, the Gazette will continue to appear on Thursdays as a supplement.',
        rewrite: 'Under the agreement the Gazette will live on as a Thursday supplement.',
        why: "a weekday in the plural (\"on Thursdays\", every Thursday) names the day \"a Thursday supplement\" does",
      },
      {
        why: 'a batsman\'s "fifth century" is a hundred runs, not a date',
        source: 'Castellino was unbeaten on 118. It was his fifth hundred of the summer.',
        rewrite: 'Castellino was unbeaten on 118, his fifth century of the summer.',
      },
      {
        why: '"the day after the final" and "a day after the final" are one day',
        source: 'The cup will be presented on Sunday, the day after the final.',
        rewrite: 'The cup will be handed over on Sunday, a day after the final.',
      },
      {
        why: '"the year to March" and "the 12 months to March" name the same period by the month it ends in',
        source: 'The 900-seat venue lost £640,000 in the year to March, almost double its deficit the previous year.',
        rewrite: 'In the 12 months to March the 900-seat theatre lost £640,000 – nearly twice the previous year’s deficit.',
      },
      {
        why: 'a season the source names however it uses the word ("winter pressures") supports "over the winter"',
        source: 'The Forum warned that winter pressures could reverse the improvement.',
        rewrite: 'The Forum warned that pressures over the winter could reverse the improvement.',
      },
      {
        why: '"a month earlier" counted back from the one month the sentence names ("November") is October',
        source: 'Sales stood at 9,100 in November, down from 9,800 in October, the board said.',
        rewrite: 'According to the board, sales were 9,100 in November, against 9,800 a month earlier.',
      },
      {
        source: 'Temperatures fell to minus 8C, the lowest of the winter so far.',
        rewrite: 'Temperatures dropped to -8C, the lowest so far this winter.',
        why: 'a season with "so far" is the current one: "this winter"',
      },
      {
        source: 'The yellow warning is in force from 9pm on Sunday until midday on Monday.',
        rewrite: 'The yellow warning is in force from 21:00 on Sunday to 12:00 on Monday.',
        why: '"midday" is 12:00, a time of day by its name',
      },
      {
        why: '"4.12am" (cut at its dot by the tokenizer) = "04:12"; "4.12pm" = "16:12"',
        source: 'The capsule parachuted down at 4.12am local time, and the team reached it at 5.30pm.',
        rewrite: 'The capsule came down by parachute at 04:12 local time, and the team reached it at 17:30.',
      },
      {
        why: '"the following year" after a year the sentence names is the next year: "retired in 1990" for "made an OBE in 1989 and retired the following year"',
        source: 'Søholm was made an OBE in 1989 and retired the following year.',
        rewrite: 'She retired in 1990, a year after being made an OBE.',
      },
      {
        why: 'a range of days before one month puts the first day in that month too ("from 4 to 12 May" = "between May 4 and May 12")',
        source: 'No trains will run between Ashby and Kelton from 4 to 12 May.',
        rewrite: 'No trains will run between Ashby and Kelton between May 4 and May 12.',
      },
      {
        why: '"4-12 May" is "May 4 to May 12"',
        source: 'The bridge will be closed on 4-12 May for repairs.',
        rewrite: 'The bridge will be closed from May 4 to May 12 for repairs.',
      },
      {
        why: '"the fall of 2026" is "autumn 2026"',
        source: 'Classes at the new campus are scheduled to begin in the fall of 2026.',
        rewrite: 'Teaching at the new campus is due to start in autumn 2026.',
      },
      {
        why: '"in the fall" is "in the autumn"',
        source: 'The campsite will open in the fall, officials said.',
        rewrite: 'The campsite will open in the autumn, officials said.',
      },
      {
        why: '"next spring" told as "in the spring" drops no season',
        source: 'Work on the pier will begin next spring.',
        rewrite: 'Work on the pier will begin in the spring.',
      },
      {
        why: 'reported speech moves the day: "tomorrow morning" = "the following morning"',
        source: '"Residents can return to their homes from tomorrow morning," the fire service said on Saturday.',
        rewrite: 'The fire service said on Saturday that residents could return to their homes from the following morning.',
      },
      {
        why: 'a clock time with a point ("9.40am", British style) is the same time as "9:40am"',
        source: 'The outage began at 9.40am and ended at 3.30pm, the bank said.',
        rewrite: 'The bank said the outage started at 9:40am and was over by 3:30pm.',
      },
      {
        why: 'day-month-year vs month-day-year',
        source: 'The vote will take place on 14 March 2025, the electoral commission said.',
        rewrite: 'The vote will take place on March 14, 2025, the electoral commission said.',
      },
      {
        why: 'the date moved to the front of the sentence',
        source: 'The museum reopened to visitors on Monday after a long renovation.',
        rewrite: 'On Monday, the museum reopened to visitors after a long renovation.',
      },
    ],
  },

  entity: {
    hits: [
      {
        source: 'The Spaniard Andrés Villanueva took over the yellow jersey.',
        rewrite: 'The yellow jersey passed to Sweden\'s Andrés Villanueva.',
        text: 'Sweden\'s Andrés Villanueva',
      },
      {
        source: 'The Dutch rider Ruben de Graaf won the stage.',
        rewrite: 'The Frenchman Ruben de Graaf won the stage.',
        text: 'Frenchman Ruben de Graaf',
      },
      {
        // opposite words that pick out part of a named place name another place: no negation
        source: 'The outbreak was found on a farm in northern Tarsland in March.',
        rewrite: 'The outbreak was found on a farm in southern Tarsland in March.',
        text: 'southern Tarsland', sourceText: 'northern Tarsland',
      },
      {
        // A first name that is also a word for a person ("Mason", "Carter") is part of the name.
        source: 'Striker Mason Reid scored twice in the second half.',
        rewrite: 'Striker Carter Reid scored twice in the second half.',
        text: 'Striker Carter Reid',
      },
      {
        source: 'The scheme will open to applications on 1 September and will be administered by the National Retrofit Agency.',
        rewrite: 'Applications will open on 1 September, with the Green Finance Bank administering the scheme.',
        text: 'Green Finance Bank',
      },
      {
        source: 'The company will open a new plant in Portugal next year, its chief executive said.',
        rewrite: 'The company will open a new plant in Spain next year, its chief executive said.',
        text: 'Spain', sourceText: 'Portugal',
      },
      {
        source: 'The chairman of Acme resigned on Friday after a row over pay.',
        rewrite: 'The chairman of Globex resigned on Friday after a row over pay.',
        text: 'Globex', sourceText: 'Acme',
      },
      {
        source: 'The trial followed 400 adults with high blood pressure for two years.',
        rewrite: 'The trial followed 400 children with high blood pressure for two years.',
        text: 'children', sourceText: 'adults',
      },
      {
        source: 'The festival will move to Leeds next summer, organisers said.',
        rewrite: 'The festival will move to Bristol next summer, organisers said.',
        text: 'Bristol', sourceText: 'Leeds',
      },
      {
        source: 'Police arrested Tom Baker near the station on Sunday.',
        rewrite: 'Police arrested Tom Walker near the station on Sunday.',
        text: 'Tom Walker', sourceText: 'Tom Baker',
      },
    ],
    quiet: [
      {
        source: 'Sales rose to 1.9 billion Swiss francs last year.',
        rewrite: 'Last year sales climbed to CHF 1.9bn.',
        why: 'a currency\'s code and the country telling it are part of an amount, not names',
      },
      {
        why: "\"the Greens\" / \"the Green campaign\": a one-word name whose singular is an adjective, in the plural for its members",
        source: 'It was Labour who lodged a formal objection against the Green campaign, citing 23 postal votes.',
        rewrite: 'Labour formally objected to the campaign run by the Greens, pointing to 23 postal ballots.',
      },
      {
        why: "a word for a kind of person after \"the\" and words in lower case describing it (\"The 24-year-old Nigerian\") describes someone and names no one",
        source: 'Nigeria’s Chidi Okafor became champion. Okafor, 24, who used to train with Mikhail Sorokin, moved from Moscow to Lagos in 2022.',
        rewrite: 'Chidi Okafor of Nigeria was crowned champion. The 24-year-old Nigerian, who trains with Mikhail Sorokin, relocated to Lagos from Moscow in 2022.',
      },
      {
        why: 'a word for a place\'s people is that place: "the Spaniard Andrés Villanueva" / "Spain\'s Andrés Villanueva"',
        source: 'The Spaniard Andrés Villanueva took over the yellow jersey.',
        rewrite: 'The yellow jersey passed to Spain\'s Andrés Villanueva.',
      },
      {
        why: 'so is a word in "-man" made from the place\'s adjective: "the Frenchman Luc Moreau" / "France\'s Luc Moreau"',
        source: 'The Frenchman Luc Moreau won the stage.',
        rewrite: 'France\'s Luc Moreau won the stage.',
      },
      {
        why: 'a party\'s member noun in the singular and in the plural name one party',
        source: 'Social Democrat councillor Ana Vik resigned on Friday.',
        rewrite: 'Ana Vik, a councillor for the Social Democrats, resigned on Friday.',
      },
      {
        why: 'a first name and a surname of one full name the documents give are one person',
        source: 'Kelby Town have signed winger Sione Tapu from Marsh United. Town manager Ann Bell said: "Sione is exactly the sort of quick, direct player we have been missing."',
        rewrite: 'Kelby confirmed that they had brought in winger Sione Tapu from Marsh United. Manager Ann Bell said Tapu was exactly the sort of quick, direct player the club had been missing.',
      },
      {
        why: 'a person of a people is the people\'s word and "man" ("the Dutch rider" / "the Dutchman")',
        source: 'Spain\'s Álvaro Ibáñez beat the Dutch rider Ruben de Graaf to third place.',
        rewrite: 'Álvaro Ibáñez of Spain beat the Dutchman Ruben de Graaf to third place.',
      },
      {
        source: 'His father Patrick Byrne was an MP, TD, Senator and Lord Mayor of Dublin. Another brother Alfie Byrne was also a TD.',
        rewrite: 'His father, Patrick Byrne, was a delegate, senator and lord mayor of Dublin, another brother Alfie Byrne was also TD.',
        why: 'a rewrite sentence that carries nearly all of a second source sentence is compared with it too, so the name it carries is that sentence\'s',
      },
      {
        why: 'one person described another way ("a 39-year-old woman" for "a former employee") is no group swapped: a group is plural',
        source: 'Prosecutors have charged a former employee of Mittelland Savings Bank with fraud.',
        rewrite: 'A 39-year-old woman who used to work for Mittelland Savings Bank has been charged with fraud.',
      },
      {
        why: 'a new name built on a town the rewrite names on its own is a new place, not a renamed body',
        source: 'The Municipality of Lunsford Bay today announced a partnership to fit solar panels on 46 public buildings in the town. Installation will begin in September.',
        rewrite: 'Solar panels are to be fitted on 46 public buildings in Lunsford Bay under a partnership announced today by the municipality. Work starts in September with the roof of Lunsford Bay Secondary School.',
      },
      {
        why: 'one group by two names WordNet calls synonyms ("students" / "pupils")',
        source: 'The district, which serves about 18,000 students, plans to buy 64 electric buses.',
        rewrite: 'The district, which has some 18,000 pupils, intends to purchase 64 electric buses.',
      },
      {
        why: 'a demonym WordNet ties to its country: "Dutch" / "the Netherlands"',
        source: 'The Dutch midfielder has won 30 caps, the club said.',
        rewrite: 'The midfielder from the Netherlands has won 30 caps, the club said.',
      },
      {
        why: 'the people of a place in the plural share its stem: "Valdorians" / "Valdoria"',
        source: 'Voters in Valdoria went to the polls on Sunday.',
        rewrite: 'Valdorians went to the polls on Sunday.',
      },
      {
        why: 'middle initial dropped',
        source: 'Secretary of State Antony J. Blinken met the delegation in Geneva.',
        rewrite: 'Secretary of State Antony Blinken met the delegation in Geneva.',
      },
      {
        why: 'United States vs US',
        source: 'The deal was signed in the United States last week.',
        rewrite: 'The deal was signed in the US last week.',
      },
      {
        why: 'Britain vs the UK',
        source: 'Exports to Britain fell sharply in the spring.',
        rewrite: 'Exports to the UK fell sharply in the spring.',
      },
    ],
  },

  role: {
    hits: [
      {
        source: 'She will be replaced as chair by her deputy, Tom Ellery.',
        rewrite: 'Her deputy, Tom Ellery, will succeed her as deputy chair.',
        text: 'deputy chair',
      },
      {
        source: 'Deputy Chief Constable Ruth Akande said the force accepted the findings.',
        rewrite: 'Chief Constable Ruth Akande said the force accepted the findings.',
        text: 'Chief Constable',
      },
      {
        source: "Valmora's foreign minister said talks would resume in May.",
        rewrite: "Valmora's defence minister said talks would resume in May.",
        text: 'defence minister',
      },
      {
        source: "The school's headteacher, Ruth Adeyemi, said the classes would start in May.",
        rewrite: "The school's deputy headteacher, Ruth Adeyemi, said the classes would start in May.",
        text: 'deputy headteacher',
      },
      {
        source: 'Mr Okafor, the charity\'s former treasurer, denies stealing the money.',
        rewrite: 'Mr Okafor, the charity\'s treasurer, denies stealing the money.',
        text: 'treasurer',
      },
      {
        source: 'Three officers were suspended after the raid on the warehouse.',
        rewrite: 'Three officials were suspended after the raid on the warehouse.',
        text: 'officials', sourceText: 'officers',
      },
      {
        source: 'The senator criticised the plan to close the hospital.',
        rewrite: 'The governor criticised the plan to close the hospital.',
        text: 'governor', sourceText: 'senator',
      },
      {
        source: 'The judge adjourned the case until next month.',
        rewrite: 'The prosecutor adjourned the case until next month.',
        text: 'prosecutor', sourceText: 'judge',
      },
      {
        // a title WordNet reads as a kind of person, beyond the listed ones
        source: 'Dr Imre Halasz, the museum\'s curator, opened the new wing on Friday.',
        rewrite: 'Dr Imre Halasz, the museum\'s archivist, opened the new wing on Friday.',
        text: 'archivist', sourceText: 'curator',
      },
      {
        source: 'The orchestra\'s conductor, Lena Bosch, will retire next year.',
        rewrite: 'Lena Bosch, the orchestra\'s deputy conductor, will retire next year.',
        text: 'deputy conductor',
      },
    ],
    quiet: [
      {
        source: 'She will be replaced as chair on an interim basis by the treasurer, Tom Ellery.',
        rewrite: 'The treasurer, Tom Ellery, will succeed her as interim chair.',
        why: 'the rank the source says in a phrase of its own',
      },
      {
        why: '"one-time" is WordNet\'s "former": a one-time treasurer is a former one, and "one" in it counts nothing',
        source: 'A former treasurer of a hospice charity stole more than £84,000 from its accounts.',
        rewrite: 'A one-time treasurer of a hospice charity stole over £84,000 from its accounts.',
      },
      {
        why: "a noun said twice around \"to\" is an adverbial idiom, no role: \"went head to head\"",
        source: 'The two candidates for mayor of Harwick clashed over housing and transport in a televised debate on Tuesday night.',
        rewrite: 'Harwick\'s two mayoral candidates went head to head on housing and transport in a debate televised on Tuesday night.',
      },
      {
        why: '"ex-world champion" is "former world champion", the prefix on the post\'s first word',
        source: 'Okafor trained with the former world champion Mikhail Sorokin.',
        rewrite: 'Okafor trained with ex-world champion Mikhail Sorokin.',
      },
      {
        why: 'a word the source uses as a describing word is no role put in another\'s place: "the Liberal candidate, Tom Okoye" / "Liberal Tom Okoye"',
        source: 'The Green candidate, Sofía Barrera, finished third, ahead of the Liberal candidate, Tom Okoye.',
        rewrite: 'Liberal Tom Okoye finished behind the Green candidate, Sofía Barrera, who was third.',
      },
      {
        why: '"former" in another phrase of the clause ("The former minister was questioned by detectives") is no rank of "detectives"',
        source: 'The former minister was questioned by detectives for six hours on Wednesday and then released without charge.',
        rewrite: 'After being questioned by detectives for six hours on Wednesday, the former minister was released without charge.',
      },
      {
        why: 'a word for where someone is from ("Londoner") is an origin beside any role, not another role',
        source: 'Sprinter Jade Amos, 27, from London, won the 200m final at the national championships in 22.41 seconds.',
        rewrite: 'The 27-year-old Londoner Jade Amos took the 200m title at the national championships in a time of 22.41 seconds.',
      },
      {
        why: '"Frenchman" tells a cyclist\'s nationality, not another role',
        source: 'The stage was won by French cyclist Luc Moreau, who finished 12 seconds ahead of the rest of the field.',
        rewrite: 'Frenchman Luc Moreau won the stage, crossing the line 12 seconds clear of the rest of the field.',
      },
      {
        why: '"former" before another noun of the apposition ("former chairman, Sir Hugh") is not a rank of the title "Sir"',
        source: 'The bank’s former chairman, Sir Hugh Blanchflower, is due to give evidence next week.',
        rewrite: 'Sir Hugh Blanchflower, who chaired the bank, is due to give evidence next week.',
      },
      {
        source: 'The housing minister said the bill would pass.',
        rewrite: 'The minister for housing said the bill would pass.',
        why: 'the same portfolio named another way',
      },
      {
        source: 'Tara Quinn is a popular artist in the city.',
        rewrite: 'Tara Quinn is a famous artist in the city.',
        why: 'two adjectives describe the person; neither names a portfolio',
      },
      {
        why: 'two words WordNet gives one sense ("attorney" / "lawyer" are listed; "surgeon" / "sawbones" are not)',
        source: 'The hospital\'s surgeon, Dr Ama Owusu, said the operation had gone well.',
        rewrite: 'Dr Ama Owusu, the hospital\'s sawbones, said the operation had gone well.',
      },
      {
        why: 'a person for a body of people ("the director" / "the board") tells of someone else, not a role changed',
        source: 'The trust\'s director approved the new rota on Friday.',
        rewrite: 'The trust\'s board approved the new rota on Friday.',
      },
      {
        why: 'one for many ("teachers" / "the head") tells of someone else, not a role changed',
        source: 'Teachers at Elmfield School welcomed the new timetable.',
        rewrite: 'The head at Elmfield School welcomed the new timetable.',
      },
      {
        why: 'a compound role and one word made of it ("sales agent" / "salesperson")',
        source: 'The sales agent from Harbour Insurance called Mr Dyer on Monday.',
        rewrite: 'The salesperson from Harbour Insurance called Mr Dyer on Monday.',
      },
      {
        why: 'a bare person word, tied to no one\'s post, describes people at large ("the agent" / "the salesperson")',
        source: 'The agent explained the cheaper plan to the customer.',
        rewrite: 'The salesperson explained the cheaper plan to the customer.',
      },
      {
        why: 'kin is a relation, not a role: the same person is someone\'s son and a crash victim',
        source: 'Mary Hale, whose son Daniel died in the crash, thanked the jury.',
        rewrite: 'Mary Hale, the mother of crash victim Daniel, thanked the jury.',
      },
      {
        why: 'a person word that may describe anyone in the sentence is not paired with another by being the only one left ("winner" / "member of the panel")',
        source: 'Last season\'s champion, Rui Campos, sat on the selection committee.',
        rewrite: 'Rui Campos, who won last season, was a member of the selection committee.',
      },
      {
        source: 'An adviser to the minister said the plan would be published in May.',
        rewrite: 'An aide to the minister said the plan would be published in May.',
        why: '"adviser" and "aide" name one role, whatever the spelling key of "adviser"',
      },
      {
        source: 'Councillors in Elmstead have approved plans for 320 homes, despite objections from nearby residents.',
        rewrite: 'Plans for 320 homes in Elmstead have won the approval of councillors, in spite of objections from people living nearby.',
        why: 'the plural opening the source sentence, read as a name, is still the role "councillor"',
      },
      {
        why: '"who used to be treasurer" = "former treasurer"',
        source: 'Mr Okafor, the charity\'s former treasurer, denies stealing the money.',
        rewrite: 'Mr Okafor, who used to be treasurer of the charity, says he did not steal the money.',
      },
      {
        why: 'a role told by a verb ("who captained") and by a noun ("a former captain") is the same role',
        source: 'The 23-year-old, who captained Ghana\'s under-21 side, passed a medical on Tuesday, the club said.',
        rewrite: 'Mensah-Boateng, 23, a former captain of Ghana\'s under-21 team, completed a medical on Tuesday, the club said.',
      },
      {
        why: 'spokesman vs spokesperson',
        source: 'The spokesman for the airline declined to comment on the strike.',
        rewrite: 'The spokesperson for the airline declined to comment on the strike.',
      },
      {
        why: 'lawyer vs attorney',
        source: "The defendant's lawyer asked for more time.",
        rewrite: "The defendant's attorney asked for more time.",
      },
      {
        why: 'chairman vs chair',
        source: 'The chairman of the club thanked the volunteers.',
        rewrite: 'The chair of the club thanked the volunteers.',
      },
    ],
  },

  negation: {
    hits: [
      {
        source: 'Emails show the account had been reactivated in August without the knowledge of the council’s security team.',
        rewrite: 'Emails show the account was switched back on in August with the blessing of the council’s security team.',
        text: 'with the blessing',
      },
      {
        source: 'The contract was signed without the approval of the board, the report found.',
        rewrite: 'The report found the contract had been signed with the consent of the board.',
        text: 'with the consent',
      },
      {
        source: 'The senator said her party supported the aims of the plan but would not back it in its present form.',
        rewrite: 'The senator said her party backed the plan\'s aims and would support it in its present form.',
        text: 'would support',
      },
      {
        source: 'The council said that not a single complaint had been received about the new bins.',
        rewrite: 'The council said it had received just one complaint about the new bins.',
        text: 'it had received',
      },
      {
        source: 'None of the stolen paintings has been recovered, police said.',
        rewrite: 'Part of the haul has since been recovered, police said.',
        text: 'Part of the haul has since been recovered',
      },
      {
        source: 'The company denied that the layoffs were linked to the loss of its largest customer.',
        rewrite: 'The company conceded that losing its largest customer had played a part in the layoffs.',
        text: 'conceded',
      },
      {
        source: 'The minister denied that the report had been delayed for political reasons.',
        rewrite: 'The minister said that the report had been delayed for political reasons.',
        text: 'said',
      },
      {
        // Only one of the two negators dropped: "no village … without help" / "every village … without help".
        source: 'The governor said no village had been left without help since Sunday morning.',
        rewrite: 'Every village has been left without help since Sunday morning, according to the governor.',
        text: 'Every village',
      },
      {
        source: 'Hollinsford Rhinos beat Castleton Miners 26–18 on Sunday, their first home win over their neighbours since 2019.',
        rewrite: 'Hollinsford Rhinos beat Castleton Miners 26–18 on Sunday; they have not won at home against their neighbours since 2019.',
        text: 'have not won',
      },
      {
        source: 'No patients will be moved during the building work, the hospice said.',
        rewrite: 'All patients will be moved during the building work, the hospice said.',
        text: 'All patients',
      },
      {
        source: 'Hardly any of the households on the warning list received the alert.',
        rewrite: 'Households on the warning list received the alert.',
        text: 'Households',
      },
      {
        source: 'The company refused to meet a delegation of residents last month.',
        rewrite: 'Last month the company agreed to a meeting with a residents\' delegation.',
        text: 'agreed',
      },
      {
        source: 'The insurer refused to pay the families in full.',
        rewrite: 'The insurer made a payment in full to the families.',
        text: 'made',
      },
      {
        source: 'Cerro Alto has not been hit by a strike since 2016.',
        rewrite: 'Cerro Alto was hit by its first strike since 2016.',
        text: 'was hit',
        also: [['unsupported', 'Cerro Alto was hit by its first strike since 2016.']],
      },
      {
        source: 'Tarnvale Water has imposed a ban every year since 2018.',
        rewrite: 'Tarnvale Water has not imposed a ban since 2018.',
        text: 'has not imposed',
      },
      {
        source: 'In a ruling, the inspector said the council had shown neither that the turbines would harm the curlews nor that the damage outweighed the benefits.',
        rewrite: 'The inspector\'s ruling found that the council had demonstrated both that the curlews would be harmed by the turbines and that the benefits were outweighed by the damage.',
        text: 'demonstrated both that',
      },
      {
        source: 'The board named her chair.',
        rewrite: 'The board stopped short of naming her chair.',
        text: 'short of naming',
      },
      {
        source: 'Investigators said no one aboard the ship was hurt.',
        rewrite: 'Investigators said everyone aboard the ship was hurt.',
        text: 'everyone aboard the ship was hurt',
      },
      {
        source: 'The paper will print its last edition on 28 June unless a buyer comes forward before then.',
        rewrite: 'The paper\'s last edition will be printed on June 28 if a buyer emerges before that date.',
        text: 'if a buyer emerges',
      },
      {
        source: 'None of the climbers was seriously injured, rescuers said.',
        rewrite: 'All of the climbers were seriously injured, rescuers said.',
        text: 'All of the climbers were seriously injured',
      },
      {
        source: 'Nobody on the ferry was injured when it struck the harbour wall.',
        rewrite: 'When the ferry hit the harbour wall, everyone on board was injured.',
        text: 'When the ferry hit the harbour wall, everyone on board was injured',
      },
      {
        source: 'The ministry said few if any troops were deployed in the region.',
        rewrite: 'The ministry said troops were deployed in the region.',
        text: 'troops',
      },
      {
        source: 'The plan depends on funding the council has yet to secure from the government.',
        rewrite: 'The plan depends on funding the council has secured from the government.',
        text: 'has secured',
      },
      {
        source: 'The court heard that the firm discharged sewage on 300 occasions without notifying the Environment Agency.',
        rewrite: 'On 300 occasions, the court heard, the firm informed the Environment Agency and then discharged sewage.',
        text: 'informed',
      },
      {
        source: 'The new quota will take effect only after the current fishing season ends in October.',
        rewrite: 'The new quota will come into force before the present fishing season closes in October.',
        text: 'before the present fishing season closes',
      },
      {
        source: 'The bridge will not reopen until engineers finish their inspection.',
        rewrite: 'The bridge will reopen before engineers finish their inspection.',
        text: 'before engineers finish',
      },
      {
        source: 'None of the 46 boats that started the regatta was forced to retire.',
        rewrite: 'All 46 boats that started the regatta were forced to retire.',
        text: 'All 46 boats',
      },
      {
        source: 'No patients died during the study.',
        rewrite: 'All patients died during the study.',
        text: 'All patients',
      },
      {
        text: 'No player',
        source: 'He is the first player from Poland to win the championship.',
        rewrite: 'No player from Poland won the championship.',
      },
      {
        source: 'Corran said it had not borrowed from Tessaline before.',
        rewrite: 'Corran said it had already borrowed from Tessaline.',
        text: 'already borrowed',
      },
      {
        source: 'The museum\'s alarm failed to alert the security company that monitors the building.',
        rewrite: 'Although the museum\'s alarm alerted the firm that monitors the building, nobody noticed.',
        text: 'alerted',
      },
      {
        source: 'The team did not say it would dismiss him.',
        rewrite: 'The team said it would not dismiss him.',
        text: 'would not dismiss',
      },
      {
        source: 'They rated it a one, suggesting that it may not be as competitive as other options.',
        rewrite: 'They rated it a one, suggesting that it may be more competitive than other options.',
        text: 'competitive',
      },
      {
        source: 'The board said it would not make redundancies at the plant.',
        rewrite: 'The board said there would be redundancies at the plant.',
        text: 'would be',
      },
      {
        source: 'Sales rose and costs fell last year.',
        rewrite: 'Sales fell and costs rose last year.',
        text: 'fell',
        also: [['negation', 'rose']],
      },
      {
        source: 'Schools will not have to cut their class sizes to receive the grant.',
        rewrite: 'To receive the grant, schools will have to reduce the size of their classes.',
        text: 'reduce',
      },
      {
        source: 'The crew acted quickly.',
        rewrite: 'The crew had not acted quickly.',
        text: 'had not acted',
      },
      {
        source: 'The clinic said it had not turned away any patients during the strike.',
        rewrite: 'The clinic said it had turned away some patients during the strike.',
        text: 'had turned',
      },
      {
        source: 'The driver did not need hospital treatment.',
        rewrite: 'The driver was treated in hospital.',
        text: 'was treated',
      },
      {
        // a negation added to a two-word synonym of the source's verb
        source: 'Routine clinics will be postponed on Monday, the hospital said.',
        rewrite: 'Routine clinics will not be put off on Monday, the hospital said.',
        text: 'will not be put',
      },
      {
        // "raise" is read under its spelling key ("raize"): the opposites list holds both
        source: 'The bank said on Monday that it had raised interest rates for small businesses across the region.',
        rewrite: 'The bank said on Monday that it had lowered interest rates for small businesses across the region.',
        text: 'had lowered',
      },
      {
        source: "The mayor said on Tuesday that he did not support the council's proposed licensing scheme for landlords.",
        rewrite: "The mayor said on Tuesday that he backed the council's proposed licensing scheme for landlords.",
        text: 'backed',
      },
      {
        source: "Lindqvist's time was the fastest by a woman in the country this year.",
        rewrite: "Lindqvist's time was not the fastest by a woman in the country this year.",
        text: 'not the fastest',
      },
      {
        source: 'The council allows the use of sprinklers on lawns across the district.',
        rewrite: 'Residents across the district may no longer use sprinklers on lawns.',
        text: 'no longer use',
      },
      {
        source: 'Orchards in the valley expect a record crop after a spring with frost.',
        rewrite: 'After a spring without frost, orchards in the valley expect a record crop.',
        text: 'without frost',
      },
      {
        source: 'The mountain rescue team failed to reach the two stranded climbers on Ben Carra before nightfall on Saturday.',
        rewrite: 'Before nightfall on Saturday, mountain rescuers managed to get to the two climbers stranded on Ben Carra.',
        text: 'managed',
      },
      {
        source: 'Rescuers were able to reach the two climbers.',
        rewrite: 'Rescuers failed to reach the two climbers.',
        text: 'failed',
      },
      {
        // Opposite predicates of the same doer and thing done to, however far the words moved.
        source: "Members of the Transit Workers' Union rejected the 4.5% pay offer in a ballot that closed on Monday.",
        rewrite: "In a ballot that closed on Monday, the Transit Workers' Union's members accepted a pay offer of 4.5%.",
        text: 'accepted',
      },
      {
        source: 'Trains between Norbury and Castlegate did not run until the signal fault had been repaired on Wednesday.',
        rewrite: 'Until the signal fault was repaired on Wednesday, trains kept running between Norbury and Castlegate.',
        text: 'running',
      },
      {
        source: 'The 42-year-old denied assaulting a door supervisor outside a nightclub in Farley in August.',
        rewrite: 'The 42-year-old admitted assaulting a door supervisor outside a Farley nightclub in August.',
        text: 'admitted',
      },
      {
        source: 'Traders said prices had not been affected.',
        rewrite: 'Traders said prices had been affected.',
        text: 'had been affected',
      },
      {
        source: 'Traders said prices were unaffected.',
        rewrite: 'Traders said prices were affected.',
        text: 'were affected',
      },
      {
        source: 'The Red Crescent said it had not yet been able to reach several villages.',
        rewrite: 'The Red Crescent said it had now managed to reach several villages.',
        text: 'now managed to reach',
      },
      {
        source: 'The board did not approve the merger at its meeting on Thursday.',
        rewrite: 'The board approved the merger at its meeting on Thursday.',
        text: 'approved', sourceText: 'did not approve',
      },
      {
        source: 'The minister admitted the error in the tax figures.',
        rewrite: 'The minister denied the error in the tax figures.',
        text: 'denied', sourceText: 'admitted',
      },
      {
        source: 'The bakery never paid its suppliers on time.',
        rewrite: 'The bakery paid its suppliers on time.',
        text: 'paid', sourceText: 'never paid',
      },
      {
        source: 'Officials said the bridge will remain open during the repairs.',
        rewrite: 'Officials said the bridge will not remain open during the repairs.',
        text: 'will not remain', sourceText: 'will remain',
      },
    ],
    quiet: [
      {
        source: 'The contract was signed without the approval of the board, the report found.',
        rewrite: 'The report found the contract had been signed without the board\'s consent.',
        why: '\'without\' kept, the noun told by another word (a guard)',
      },
      {
        source: 'The regulator urged patients not to leave the ward without speaking to a nurse.',
        rewrite: 'The regulator urged patients to speak to a nurse before they leave the ward.',
        why: '\'not X without Y\' is \'Y before X\': the two negators cancel',
      },
      {
        source: 'None of the company\'s 240 drivers will be paid less than their current wage, the union said.',
        rewrite: 'All 240 of the company\'s drivers will receive at least their current wage, the union said.',
        why: 'no member bounded from below is every member bounded from above',
      },
      {
        why: 'a clause both sides deny is no plain report on either (a guard)',
        source: 'The singer said her manager had apologised to her weeks before he denied in an interview that he had ever threatened her.',
        rewrite: 'Weeks before denying in an interview that he had ever threatened her, her manager had apologised to her, the singer said.',
      },
      {
        why: 'a denied clause kept negated beside another clause said plainly (a guard)',
        source: 'The council denied that the orchestra had been singled out, saying 23 organisations would lose funding altogether.',
        rewrite: 'The council insisted the orchestra had not been singled out, and said 23 organisations would lose all their funding.',
      },
      {
        why: 'a denied clause reported with its own negation says the same',
        source: 'The minister denied that the report had been delayed for political reasons.',
        rewrite: 'The minister said the report had not been held back for political reasons.',
      },
      {
        why: "a denied clause conceded with \"no part\" says the same",
        source: 'The company denied that the layoffs were linked to the loss of its largest customer.',
        rewrite: 'The company said that losing its largest customer had played no part in the layoffs.',
      },
      {
        why: "two negators on one clause cancel: \"no village … without help\" = \"every village … receiving help\"",
        source: 'The governor said no village had been left without help since Sunday morning.',
        rewrite: 'Every village has been receiving help since Sunday morning, according to the governor.',
      },
      {
        why: "a past perfect denied since a time is the streak the act now breaks: \"their first home win over them since 2019\" / \"who had not won at home against them since 2019\"",
        source: 'Hollinsford Rhinos beat Castleton Miners 26–18 on Sunday, their first home win over their neighbours since 2019.',
        rewrite: 'Sunday\'s derby ended in a 26–18 defeat for Castleton Miners at the hands of Hollinsford Rhinos, who had not won at home against their neighbours since 2019.',
      },
      {
        why: 'a participant\'s "no" made "all" with the opposite act told in another word: "No patients will be moved" / "All patients will stay where they are"',
        source: 'No patients will be moved during the building work, the hospice said.',
        rewrite: 'All patients will stay where they are while the building work goes on, the hospice said.',
      },
      {
        why: "\"No original fittings were lost\" / \"All of the original fittings came through intact\"",
        source: 'No original fittings were lost during the restoration, according to the architect.',
        rewrite: 'All of the original fittings came through the restoration intact, said the architect.',
      },
      {
        why: 'a verb taking the act\'s noun under a modal tells no act done: "refused to meet" / "would not agree to a meeting"',
        source: 'The company refused to meet a delegation of residents last month.',
        rewrite: 'Last month the company would not agree to a meeting with a residents\' delegation.',
      },
      {
        why: '"no members\' savings had been lost" = "members\' savings were not lost": a "no" before a possessor denies the thing possessed',
        source: 'The society said on Monday that no members\' savings had been lost in the attack.',
        rewrite: 'Members\' savings were not lost in the attack, the society said on Monday.',
      },
      {
        why: '"ahead of the men" / "backing among men trailed": an adverb\'s opposite is no verb of the same spelling',
        source: 'Support was highest among women, at 71%, ahead of men on 58%.',
        rewrite: 'At 58%, backing among men trailed the 71% recorded among women.',
      },
      {
        why: 'the act an "until" waits for, left unsaid by the source\'s own "until"',
        source: '“We have not yet found what caused the fire, and we will not reopen the hall until we have,” the manager said.',
        rewrite: 'The cause of the fire was still unknown and the hall would stay shut until it had been found, the manager said.',
      },
      {
        why: "a \"no\" on a generic subject with a modal is a \"not\" on the modal (\"No orchestra of our size can survive\" / \"An orchestra of its size could not survive\")",
        source: '“No orchestra of our size can survive a cut like this without changing what it does,” she said.',
        rewrite: 'An orchestra of its size, she said, could not survive such a cut unless it changed what it did.',
      },
      {
        why: "what a degree is too much for does not happen (\"too light for any racing\" / \"no racing was possible\")",
        source: 'Light winds meant no racing was possible on Friday, and organisers added an extra race on Saturday to make up for it.',
        rewrite: 'With winds too light for any racing on Friday, organisers made up for it by adding an extra race on Saturday.',
      },
      {
        why: 'the same word said of two named people is two claims, not one negated',
        source: 'Kowalczyk denies 14 counts of fraud. Renner, 51, has pleaded guilty to money laundering.',
        rewrite: 'Kowalczyk has pleaded not guilty to 14 counts of fraud, while Renner, 51, has admitted money laundering.',
      },
      {
        why: "a denial told as insisting on the negation (\"denied that it was flawed\" / \"insisted it had not been flawed\") says the same",
        source: 'The council denied that the consultation was flawed, saying it had received 2,340 responses.',
        rewrite: 'The council insisted the consultation had not been flawed.',
      },
      {
        why: 'a participant\'s "neither" denies its clause\'s act, which the other text says was escaped ("Neither walker was injured" / "both walkers escaped injury")',
        source: 'Neither walker was injured, although the father was suffering from mild hypothermia.',
        rewrite: 'The 61-year-old was suffering from mild hypothermia, but both walkers escaped injury.',
      },
      {
        why: "\"clear of any\" denies what follows, as \"free of\" does",
        source: 'She said the museum had found no outstanding legal judgments against the company.',
        rewrite: 'The company was found to be clear of any outstanding legal judgments, she said.',
      },
      {
        why: "\"has not done it since 2018\" is \"the last time it did it was in 2018\"",
        source: 'Tarnvale Water has not imposed a ban since 2018.',
        rewrite: 'The last time the company imposed a ban was in 2018.',
      },
      {
        why: "\"have not won since 2011\" is \"their last win came in 2011\"",
        source: 'Harlequins have not won the cup since 2011.',
        rewrite: 'The Harlequins’ last cup win came in 2011.',
      },
      {
        why: "a negative phrase fronted before an inverted \"did\" denies the verb after the subject",
        source: 'The Environment Protection Agency said it had not found chlorine above safe levels at any of its six monitoring points.',
        rewrite: 'At none of its six monitoring points did the Environment Protection Agency find chlorine above safe levels, it said.',
      },
      {
        why: 'a source sentence is merged into a rewrite sentence only on a thing\'s word ("game") that another rewrite sentence takes from it, so its "lost" is not read against "did not lose"',
        source: 'Høgberg, 31, had held the title since 2021 and was unbeaten in the main event. Few observers had given him a chance of reaching the play-off after he lost his opening game to an amateur ranked outside the world’s top 500.',
        rewrite: 'Høgberg, who is 31, had been champion since 2021 and did not lose a game in the main event. After losing his first game to an amateur outside the world’s top 500, he had been given a chance of making the play-off by a few observers.',
      },
      {
        why: "a \"neither … nor\" pair on the subjects denies the act they take part in, which the other text denies with \"failed to\"",
        source: 'Neither the candles that growers lit nor the helicopters they hired managed to save the buds.',
        rewrite: 'The candles that growers lit and the helicopters they hired failed to save the buds.',
      },
      {
        why: "a \"no\" on a participant whose noun the other text moved: the act it took part in is said with a \"neither\" there",
        source: "\"Scale matters: it cuts our costs and gives us access to investments neither fund could reach alone,\" Ms Ní Bhriain said.",
        rewrite: 'Ms Ní Bhriain said scale mattered, because it cut the funds\' costs and gave them access to investments that neither could reach on its own.',
      },
      {
        why: 'a buyer named by a shorter name inside the seller\'s ("the zoo" / "Vindelholm Zoo") told from the seller\'s side is a converse, not an opposite',
        source: 'The zoo, which bought Ming from Vindelholm Zoo in 2022, has yet to decide.',
        rewrite: 'Ming was sold to the zoo by Vindelholm Zoo in 2022, and the zoo has not yet decided.',
      },
      {
        why: "\"not only … but also\" adds to what is said and denies nothing",
        source: 'The jury not only praised the screenplay but also singled out the cinematography.',
        rewrite: 'The jury praised the screenplay and singled out the cinematography.',
      },
      {
        why: "\"no one aboard\" denies the act its subject does, not the adverb after it",
        source: 'Investigators confirmed that no one aboard either vessel was seriously injured.',
        rewrite: 'Everyone aboard both ferries escaped serious injury, investigators confirmed.',
      },
      {
        why: "\"not\" on the participant denies its act: \"not one of the paintings was damaged\" = all came through undamaged",
        source: 'Not one of the gallery\'s 30 sculptures was damaged when the roof leaked during the storm.',
        rewrite: 'The gallery\'s 30 sculptures all came through undamaged when water leaked through the roof in the storm.',
      },
      {
        why: "a denied conditional perfect, and a \"without\" beside one, say how things went",
        source: 'Without the anonymous gift of £1 million, the trust said, its new library would never have opened.',
        rewrite: 'The trust said its new library had been able to open only thanks to an anonymous £1 million gift.',
      },
      {
        why: "\"unless\" is \"if not\": a condition told either way says the same",
        source: 'The plant will close in March unless a buyer is found.',
        rewrite: 'The plant will close in March if no buyer is found.',
      },
      {
        why: 'a negation in a condition contrary to fact presupposes the act: the rescue was agreed',
        source: 'The lender would have run out of cash if the rescue had not been agreed, the regulator said.',
        rewrite: 'The rescue was agreed, and the lender would otherwise have run out of cash, the regulator said.',
      },
      {
        why: '"none of" with a phrase denies the act its subject does, and escaping the act\'s noun denies it too',
        source: 'None of the climbers was seriously injured, rescuers said.',
        rewrite: 'All of the climbers escaped serious injury, rescuers said.',
      },
      {
        why: "an adjective negated by \"un-\" on the verb that carries it says the \"no\" of the source",
        source: 'Two wards lost power, and no patients were harmed, the hospital said.',
        rewrite: 'The hospital said two wards had lost power and all patients had come through unharmed.',
      },
      {
        why: "\"no\" on the doer with \"since\" in its clause tells a first since then",
        source: 'Moreno\'s victory was the first by a Chilean rider since 2004.',
        rewrite: 'No Chilean rider had won the race since 2004.',
      },
      {
        why: 'a declining verb\'s infinitive, whatever label the parse gave it, is denied',
        source: 'A rocket carrying a weather satellite failed to reach orbit on Tuesday, the operator said.',
        rewrite: 'On Tuesday the rocket carrying a weather satellite did not reach orbit, according to the operator.',
      },
      {
        why: "\"escaped injury\" denies the act \"was injured\" denies: \"Nobody was injured\" = \"everyone escaped injury\"",
        source: 'Nobody on the ferry was injured when it struck the harbour wall.',
        rewrite: 'When the ferry hit the harbour wall, everyone on board escaped injury.',
      },
      {
        why: "\"few if any\" is as good as none: \"almost no\" says the same",
        source: 'The defence ministry denied that any soldiers had crossed the border, saying few if any troops were deployed in the region.',
        rewrite: 'Rejecting claims that soldiers had crossed the border, the defence ministry said almost no troops were deployed in the region.',
      },
      {
        why: "a \"no\" on the subject and the opposite word under another verb say the same (\"No services will be affected\" / \"all will continue unaffected\")",
        source: 'No services to Eastholme General Hospital will be affected, the council said.',
        rewrite: 'According to the council, all services to Eastholme General Hospital will continue unaffected.',
      },
      {
        why: '"unless X recovers" is "if X does not recover"; the verb in -s after "unless" is the clause\'s verb, not a plural noun',
        source: 'The university said it may need to make further savings next year if recruitment does not recover.',
        rewrite: 'Further savings may be needed next year unless recruitment recovers, the university said.',
      },
      {
        why: 'an act with no doer of its own told from its "to" party\'s side is a converse, not an opposite',
        source: 'The artefacts were taken from the palace by a naval expedition in 1891 and sold to the museum\'s founder, the collector Edwin Halloran, in 1903.',
        rewrite: 'A naval expedition seized the artefacts from the palace in 1891; in 1903 they were bought by the collector Edwin Halloran, who founded the museum.',
      },
      {
        why: "\"must still be approved\" is an approval not yet given: \"has yet to approve\" says the same",
        source: 'The deal must still be approved by the central bank.',
        rewrite: 'The central bank has yet to approve the deal.',
      },
      {
        why: 'the same time order told with the clause fronted',
        source: 'Talks resumed after the strike ended.',
        rewrite: 'After the strike was over, talks resumed.',
      },
      {
        source: 'Of the 4,000 riders who started, fewer than 90 failed to finish.',
        rewrite: 'Fewer than 90 of the 4,000 starters did not finish.',
        why: 'a declining verb\'s act read as a noun after "to" ("failed to finish.") is still its act: "did not finish" says the same',
      },
      {
        source: 'Power was restored to most homes within four hours, but around 900 farms were still without electricity on Friday.',
        rewrite: 'By Friday about 900 farms were still without power, although supply had come back to most homes within four hours.',
        why: 'the same negator on a noun of the same sense ("without electricity" / "without power"), though the aligner paired "power" with the source\'s other mention',
      },
      {
        source: 'No deaths connected to the outbreak have been recorded, officials said.',
        rewrite: 'According to officials, there have been no records of deaths connected to the outbreak.',
        why: 'the source\'s "No" is on the subject of its own verb, once the participle after the subject describes it; the rewrite\'s "no records" says the same',
      },
      {
        why: "a negation fronted with \"since\" tells a first since then: \"Not since 2016 has X been hit\" = \"the first strike at X since 2016\"",
        source: 'It is the first strike at Cerro Alto since 2016, when a 19-day stoppage cost the then owner an estimated $140 million.',
        rewrite: 'Not since 2016 has Cerro Alto been hit by a strike; that year, a stoppage lasting 19 days cost the owner at the time an estimated $140m.',
      },
      {
        why: "\"no woman had won it before Tane\" = \"Tane became the first woman to win it\" (a name closing the clause after \"before\", as a pronoun does)",
        source: 'Tane became the first woman to win the Gold Cup since it was first held in 1962.',
        rewrite: 'Since the Gold Cup was first staged in 1962, no woman had won it before Tane.',
      },
      {
        why: "no member did it = every member did not: \"None of the 46 boats was forced to retire\" = \"All 46 boats got through without being forced to retire\"",
        source: 'None of the 46 boats that started the regatta was forced to retire.',
        rewrite: 'All 46 boats that started the regatta got through it without being forced to retire.',
      },
      {
        why: 'the same, the other way round',
        source: 'All 46 boats that started the regatta finished without being forced to retire.',
        rewrite: 'None of the 46 boats that started the regatta was forced to retire.',
      },
      {
        why: "\"no one had done it before him\" says he is the first (\"the first player from Poland to win\")",
        source: 'He is the first player from Poland to win the championship.',
        rewrite: 'No player from Poland had won the championship before him.',
      },
      {
        why: "a noun that negates told by another of the same sense (\"a shortage of snow\" / \"a lack of snow\")",
        source: 'The resort will close three lifts because of a severe shortage of snow.',
        rewrite: 'The resort is to shut three lifts because of a severe lack of snow.',
      },
      {
        why: '"had not borrowed from X before" denies earlier loans, not the one told now',
        source: 'Corran said it had not borrowed from Tessaline before.',
        rewrite: 'Corran Ferries borrows €40m from Tessaline Bank',
      },
      {
        why: 'an act done amiss ("incorrectly guess") is the failure ("fail to guess") told another way',
        source: 'They correctly guess "shop assistant", but incorrectly guess "pimp" and "masseuse".',
        rewrite: 'They correctly guess "shop assistant", but fail to guess "pimp" and "masseuse".',
      },
      {
        why: '"not before" a time is "no earlier than" it',
        source: 'The council says a replacement will not open before 2029.',
        rewrite: 'According to the council a replacement will open no earlier than 2029.',
      },
      {
        why: 'a thing set aside with "rather than" is the "not" one',
        source: '"We are still in the rescue phase, not the recovery phase," she said.',
        rewrite: 'She said the authorities were still in the rescue phase rather than the recovery phase.',
      },
      {
        why: 'a reporting verb after a closing quote is no act the negation governs; a negated "had" told with its object under "without"',
        source: '“Our members have not had a pay rise in nine years,” said the organiser, Bernard Achebe.',
        rewrite: 'Bernard Achebe, the organiser, said members had gone nine years without a pay rise.',
      },
      {
        why: 'a passive subject of a verb that excludes it says no: "no compulsory redundancies" = "compulsory redundancies have been ruled out"',
        source: 'The union said there would be no compulsory redundancies this year.',
        rewrite: 'Compulsory redundancies have been ruled out this year, the union said.',
      },
      {
        why: 'opposites paired only by position, each act told on both sides of the same participants (start / end)',
        source: 'Starting salaries for newly qualified nurses will increase from £28,000 to £31,000 by the end of the deal.',
        rewrite: 'By the end of the deal, newly qualified nurses will start on £31,000, up from £28,000.',
      },
      {
        why: 'opposites paired only by position, each act told on both sides (approve / reject, the rejection told as a noun)',
        source: 'The inspector approved the scheme, overturning the council\'s decision to reject it.',
        rewrite: 'The council\'s rejection of the scheme was overturned by the inspector, who approved it.',
      },
      {
        why: 'a negated verb told as "there would be no" its object',
        source: 'The board said it would not make redundancies at the plant.',
        rewrite: 'The board said there would be no redundancies at the plant.',
      },
      {
        why: 'a negated verb matched with its homograph used as an adverb ("not back" / "expected back") is another word',
        source: 'Geraint Lusk said his party would not back the bill in its current form. It will return to the Commons in the spring.',
        rewrite: 'Geraint Lusk said his party had reservations about the bill in its current form. It is expected back in the Commons in the spring.',
      },
      {
        why: '"ceased to be" = "no longer"',
        source: 'The club said the stadium was no longer safe for fans.',
        rewrite: 'The stadium had ceased to be safe for fans, the club said.',
      },
      {
        why: '"No" before a figure is the sign for number, not a negation',
        source: 'She was ranked 40th in the world last week.',
        rewrite: 'She was No 40 in the world rankings last week.',
      },
      {
        why: 'a negation in a condition contrary to fact ("Had he not admitted the offence, …") presupposes the act and denies nothing',
        source: 'Pryce admitted fraud in January. The judge said the sentence would have been longer without his admission of the offence.',
        rewrite: 'Pryce admitted fraud in January. Had he not admitted the offence, the judge said, the sentence would have been longer.',
      },
      {
        why: 'a negation cancelled by an opposite in its own clause: "sealed incorrectly" / "not … sealed correctly"',
        source: 'The count was delayed after a ballot box was found to have been sealed incorrectly.',
        rewrite: 'Counting was held up when a ballot box was found not to have been sealed correctly.',
      },
      {
        why: 'opposite comparisons of the two parties, each told of the other ("smaller rival X" / "its bigger rival Y"), say the same; a rival is each party\'s',
        source: 'Harrow Bank has agreed to buy its smaller rival Lindmoor Building Society for £600 million.',
        rewrite: 'Lindmoor Building Society is to be bought by its bigger rival Harrow Bank for £600m.',
      },
      {
        source: 'Waits for knee surgery have not fallen, the figures show.',
        rewrite: 'Behind the fall',
        why: 'a rewrite with no verb (a heading) names a topic: it says nothing fell or did not',
      },
      {
        source: 'The driver did not need hospital treatment.',
        rewrite: 'The driver was not treated in hospital.',
        why: 'the act the negated verb\'s object names, told by its own verb, still negated',
      },
      {
        source: 'Road-safety charity Slow Forward welcomed the backlog measures but warned that passing the test early should not be seen as a substitute for experience.',
        rewrite: 'Slow Forward, a road-safety charity, backed the measures to tackle the backlog but cautioned that passing the test early should not be treated as a replacement for experience.',
        why: 'a word of a name ("Forward") has no opposite ("backed")',
      },
      {
        source: 'Rowe kicked the winning penalty with two minutes remaining.',
        rewrite: 'Rowe kicked the winning penalty with two minutes left.',
        why: '"left" and "remaining" as adjectives share a sense, though the verbs "leave" and "remain" are opposites',
      },
      {
        why: 'a negated equality of degree ("not … as sharply as") is a lesser degree ("less steeply"): the act happened',
        source: 'Landlords had not raised rents as sharply as in the previous year, the survey found.',
        rewrite: 'Landlords had put up rents less steeply than in the year before, the survey found.',
      },
      {
        source: 'The tram line, first proposed in 2017, was due to open last year but is still not finished.',
        rewrite: 'The tram line, first proposed in 2017, was due to open last year but has yet to be finished.',
        why: '"has yet to be finished" is not finished so far',
      },
      {
        source: "The mayor said on Tuesday that he did not support the council's proposed licensing scheme for landlords.",
        rewrite: "The mayor said on Tuesday that he did not back the council's proposed licensing scheme for landlords.",
        why: 'both sides negate the same act, told with a synonym',
      },
      {
        why: 'a negated comparative says what the superlative says: "No woman had run faster" = "the fastest by a woman"',
        source: "Lindqvist's time was the fastest by a woman in the country this year.",
        rewrite: 'No woman in the country had run the distance faster this year than Lindqvist.',
      },
      {
        why: 'the negated act told under "without", known by the object the two share: "Neither player had dropped a set" = "Both reached the final without losing a set"',
        source: 'Neither player had dropped a set before the final.',
        rewrite: 'Both players had reached the final without losing a set.',
      },
      {
        why: 'a "-free" compound is the noun denied: "frost-free" = "without frost"',
        source: 'Orchards in the valley expect a record crop after a frost-free spring.',
        rewrite: 'After a spring without frost, orchards in the valley expect a record crop.',
      },
      {
        why: 'the object of a verb that forbids it does not happen: "bans the use" = "may no longer use"',
        source: 'The new order bans the use of sprinklers on lawns across the district.',
        rewrite: 'Residents across the district may no longer use sprinklers on lawns.',
      },
      {
        why: '"ruled out" denies its gerund as "would not" does',
        source: 'The union said it would not call another strike before Christmas.',
        rewrite: 'The union ruled out calling another strike before Christmas.',
      },
      {
        why: '"still waiting to be paid" is "not yet paid"',
        source: 'The builder said he had not yet been paid for the work.',
        rewrite: 'The builder said he was still waiting to be paid for the work.',
      },
      {
        why: 'a declining verb for a negator keeps the polarity: "did not manage to" = "failed to"',
        source: 'The team failed to win a match all season.',
        rewrite: 'The team did not manage to win a match all season.',
      },
      {
        why: 'an opposite said with a "no" is the same claim: "had no doctor" = "lacked a doctor"',
        source: 'The village has had no doctor since March.',
        rewrite: 'The village has lacked a doctor since March.',
      },
      {
        why: 'opposite predicates need both the doer and the thing done to in common: "won the final, defeating" is two steps of one event',
        source: 'Harlow won the county cup final on Saturday, defeating Stanmore 2-1.',
        rewrite: 'Harlow defeated Stanmore 2-1 on Saturday to win the county cup final.',
      },
      {
        why: "a gerund of a denying verb is denied: \"denies stealing\" = \"did not steal\"",
        source: "Mr Okafor, the charity's former treasurer, denies stealing \u00a312,400 from its accounts.",
        rewrite: "Mr Okafor, the charity's former treasurer, says he did not steal \u00a312,400 from its accounts.",
      },
      {
        why: "a preventing verb read from the parse however far from its \"from\": \"bars X from running\" = \"may not run\"",
        source: "A court order bars the former director of Lytham Freight from running any company for eight years.",
        rewrite: "Under a court order, the former director of Lytham Freight may not run a company for the next eight years.",
      },
      {
        why: "the subject of a ceasing verb: \"Work has been halted\" = \"no work is being carried out\"",
        source: "Work on the Crossley bypass has been halted while archaeologists examine a Roman burial site uncovered by diggers.",
        rewrite: "While archaeologists examine a Roman burial site that diggers uncovered, no work is being carried out on the Crossley bypass.",
      },
      {
        why: "\"avoided flooding\" = \"was not flooded\"",
        source: "The new flood defences held, so Sandholme avoided flooding during Saturday's downpour.",
        rewrite: "Sandholme was not flooded during Saturday's downpour because the new flood defences held.",
      },
      {
        why: 'the alternative set aside by "rather than" is not done: "not to raise money"',
        source: 'The cabinet member said the levy was meant to bring properties back into use rather than to raise money.',
        rewrite: 'The cabinet member said the aim of the levy was to bring properties back into use, not to raise money.',
      },
      {
        why: 'a participant of a declining verb: "Both companies declined to comment" = "Neither company would comment"',
        source: 'Neither company would comment on the contract.',
        rewrite: 'Both companies declined to comment on the contract.',
      },
      {
        why: '"is still to decide" = "has not yet decided"',
        source: 'The company has not yet decided whether to appeal.',
        rewrite: 'The company is still to decide whether to appeal.',
      },
      {
        why: 'a privative verb denies its object: "lost power" = "without power"',
        source: 'The storm left 30,000 homes without power.',
        rewrite: 'Some 30,000 homes lost power in the storm.',
      },
      {
        why: 'a word negated by its prefix governs the act: "unable to reopen" = "could not reopen"',
        source: 'The airport was unable to reopen the runway.',
        rewrite: 'The airport could not reopen the runway.',
      },
      {
        why: 'an "un-" word WordNet does not list still negates its base: "is unaffordable" = "cannot afford"',
        source: 'The council said the scheme was unaffordable to run.',
        rewrite: 'The council said it could not afford to run the scheme.',
      },
      {
        why: '"unaffected" meets "not affected" in the alignment, and the polarity is the same',
        source: 'Traders said prices had not yet been affected.',
        rewrite: 'So far, prices had been unaffected, traders said.',
      },
      {
        why: 'a "no" on a participant negates its predicate: "Neither company would comment" = "Both companies declined to comment"',
        source: 'Both companies declined to comment on the report on Friday.',
        rewrite: 'Neither company would comment on the report on Friday.',
      },
      {
        why: 'a denying verb negates its clause: "denied that it had leaked" = "said it had not leaked"',
        source: 'Officials at the plant denied that the tank had leaked into the river, the regulator said.',
        rewrite: 'Officials at the plant said the tank had not leaked into the river, the regulator said.',
      },
      {
        why: '"unless X" = "if not X"',
        source: 'The strike will go ahead on Monday unless the company improves its offer, the union said.',
        rewrite: 'The strike will go ahead on Monday if the company does not improve its offer, the union said.',
      },
      {
        why: 'a ceased act: "no longer makes" = "has stopped making"',
        source: 'The factory no longer makes biscuits, the owner said on Tuesday.',
        rewrite: 'The factory has stopped making biscuits, the owner said on Tuesday.',
      },
      {
        why: 'a participle after the object describes it: "not join a coalition led by X" does not deny that X leads',
        source: 'The Liberal Centre party will not join a coalition led by Prime Minister Edda Rask, its leader, Marten Holby, told reporters on Wednesday.',
        rewrite: 'Marten Holby, who leads the Liberal Centre party, told reporters on Wednesday that it would not enter a coalition headed by Prime Minister Edda Rask.',
      },
      {
        why: '"has yet to concede" is "has not conceded"',
        source: 'Ibarra has not conceded and said her campaign would wait for the final count.',
        rewrite: 'Ibarra, who has yet to concede, said her campaign would wait for the final count.',
      },
      {
        why: '"is yet to train" is "has not trained yet"',
        source: 'He could make his debut on Saturday, although he has not trained with the squad yet.',
        rewrite: 'Although he is yet to train with the squad, he could make his debut on Saturday.',
      },
      {
        why: 'contraction',
        source: 'The board did not approve the merger at its meeting on Thursday.',
        rewrite: "The board didn't approve the merger at its meeting on Thursday.",
      },
      {
        why: 'negated antonym: did not reject = approved',
        source: 'The committee did not reject the proposal on Wednesday.',
        rewrite: 'The committee approved the proposal on Wednesday.',
      },
      {
        why: 'negated antonym: not guilty = innocent',
        source: 'The jury found that the driver was not guilty of dangerous driving.',
        rewrite: 'The jury found that the driver was innocent of dangerous driving.',
      },
    ],
  },

  tense: {
    hits: [
      {
        source: 'A separate application for a battery store on the same site will be considered in June.',
        rewrite: 'Councillors examined a separate application for a battery store on the same site in June.',
        text: 'examined',
      },
      {
        source: 'Okafor, who used to train with Sorokin, moved to Lagos.',
        rewrite: 'Okafor, who trains with Sorokin, moved to Lagos.',
        text: 'trains',
      },
      {
        source: 'A red heat alert was in force across the south for nine days.',
        rewrite: 'A red heat alert is still in force across the south.',
        text: 'is',
      },
      {
        source: 'The bridge was closed for nine days.',
        rewrite: 'The bridge is still closed.',
        text: 'is still closed',
      },
      {
        source: 'The council said its legal team is reviewing the decision.',
        rewrite: 'The council said its legal team has completed its review of the decision.',
        text: 'has completed',
      },
      {
        source: 'The regulator said the lender would have collapsed within weeks if the rescue had not been agreed.',
        rewrite: 'The regulator said the lender collapsed within weeks, before the rescue was agreed.',
        text: 'collapsed',
      },
      {
        source: 'Ashcombe were about to complete the signing of the Polish winger, the club said.',
        rewrite: 'Ashcombe completed the signing of the Polish winger, the club said.',
        text: 'completed',
      },
      {
        source: 'The club used to play its home games at Elm Park.',
        rewrite: 'The club plays its home games at Elm Park.',
        text: 'plays',
        sourceText: 'used to play',
      },
      {
        source: 'Crews at Kestrel Isles Ferries walked out on Thursday. The company had intended to run a reduced timetable using agency crews.',
        rewrite: 'Crews at Kestrel Isles Ferries walked out on Thursday. Kestrel ran a scaled-back timetable with agency crews.',
        text: 'ran',
      },
      {
        source: 'Kestrel Rail, the train company, blamed a signal fault. The company has been asked by the Rail Safety Board to publish a full account of the fault by June.',
        rewrite: 'Kestrel Rail, the train company, blamed a signal fault. Kestrel Rail published a full account of the fault for the Rail Safety Board, which had wanted one by June.',
        text: 'published',
        sourceText: 'publish',
      },
      {
        source: 'Ingrid Sælen, who has chaired the trust since 2018, will step down in May.',
        rewrite: 'Ingrid Sælen, who chaired the trust from 2018, will step down in May.',
        text: 'chaired',
        sourceText: 'has chaired',
      },
      {
        source: 'The council had cut its grant to the city\'s three museums by half in 2022.',
        rewrite: 'The council is also cutting its grant to the city\'s three museums by half.',
        text: 'is also cutting',
      },
      {
        source: 'The firm is cutting 200 jobs at its Leeds plant.',
        rewrite: 'The firm cut 200 jobs at its Leeds plant.',
        text: 'cut',
      },
      {
        source: 'Construction was due to start in the spring and is expected to take about three years.',
        rewrite: 'Building work began in the spring and is expected to last around three years.',
        text: 'began',
      },
      {
        text: 'have appealed',
        source: 'Ashcombe Raiders lost the semi-final. Ashcombe were set to appeal against the ban.',
        rewrite: 'Ashcombe Raiders lost the semi-final. The Raiders have appealed against the ban.',
      },
      {
        text: 'closed',
        source: 'Harbourline said it expected to close five outlets.',
        rewrite: 'Harbourline said it closed five outlets.',
      },
      {
        source: 'A government spokesperson said ministers were in talks with the company and had offered £500 million towards the cost of the new furnace.',
        rewrite: 'Ministers were in talks with the company and would offer £500m towards the cost of the new furnace, a government spokesperson said.',
        text: 'would offer',
      },
      {
        source: 'The bank is considering turning some of the closed sites into shared hubs.',
        rewrite: 'Some of the closed sites have been turned into shared hubs.',
        text: 'have been turned',
      },
      {
        source: 'The family trust was expected to back the offer.',
        rewrite: 'The family trust backed the offer.',
        text: 'backed',
      },
      {
        source: 'The regulator is to publish its findings in March, officials said.',
        rewrite: 'The regulator published its findings in March, officials said.',
        text: 'published',
      },
      {
        source: 'Harbour Bank said it had already opened 12 banking hubs in towns across the region.',
        rewrite: 'Harbour Bank said it would open 12 banking hubs in towns across the region.',
        text: 'would open',
      },
      {
        source: 'The tenants have already filed a legal challenge against the landlord.',
        rewrite: 'The tenants plan to challenge the landlord in court.',
        text: 'challenge',
      },
      {
        source: 'Okoro, 24, has passed a medical and will train with the squad next week.',
        rewrite: 'The 24-year-old Okoro is due to have a medical and will train with the squad next week.',
        text: 'have',
      },
      {
        source: 'The council opened a consultation, which ended on 4 June.',
        rewrite: 'A consultation is due to close on 4 June.',
        text: 'close',
      },
      {
        source: 'The local council has promised to review transport for students.',
        rewrite: 'Transport for students has been reviewed by the local council.',
        text: 'has been reviewed',
      },
      {
        source: "The council's cabinet member for education, Graham Oduya, said the authority had listened to concerns and would provide a free bus for pupils.",
        rewrite: "Graham Oduya, the council's cabinet member for education, said the authority had listened to concerns and had already laid on a free bus for pupils.",
        text: 'had already laid',
      },
      {
        source: 'The team plans to repeat the experiment on working farms next summer.',
        rewrite: 'The researchers have since repeated the experiment on working farms.',
        text: 'repeated',
      },
      {
        source: 'Engineers had to lower the track under 11 bridges to make room for overhead wires.',
        rewrite: 'To make room for the overhead wires, engineers will need to lower the track under 11 bridges.',
        text: 'will need',
      },
      {
        source: 'The company built the bridge over the river.',
        rewrite: 'The firm will build the bridge over the river.',
        text: 'will build',
      },
      {
        source: 'The team used 62 hours of telescope time. They hope to measure how quickly the galaxy is forming new stars.',
        rewrite: 'The team used 62 hours of telescope time. The researchers have measured how quickly the galaxy is forming new stars.',
        text: 'have measured', sourceText: 'measure',
      },
      {
        source: 'Orvane Foods has agreed to buy the regional bakery chain Millstead for £40 million, the company said.',
        rewrite: 'Orvane Foods bought the regional bakery chain Millstead for £40m, the company said.',
        text: 'bought', sourceText: 'buy',
      },
      {
        source: 'The final results are due on Wednesday, the electoral commission said.',
        rewrite: 'Final results were released on Wednesday, the electoral commission said.',
        text: 'were released', sourceText: 'are',
      },
      {
        source: 'The car park owner, Dunmore Leisure Ltd, was fined £400,000 last year after admitting safety breaches.',
        rewrite: 'Dunmore Leisure Ltd, which owns the car park, is due to be fined £400,000 after admitting safety breaches.',
        text: 'be fined',
      },
      {
        source: 'Engineers will repair the damaged bridge over the river.',
        rewrite: 'Engineers repaired the damaged bridge over the river.',
        text: 'repaired', sourceText: 'will repair',
      },
      {
        source: 'The hospital closed its maternity unit after staff shortages.',
        rewrite: 'The hospital will close its maternity unit after staff shortages.',
        text: 'will close', sourceText: 'closed',
      },
      {
        source: 'The company sold 200 homes at the site, the union said.',
        rewrite: 'The company will sell 200 homes at the site, the union said.',
        text: 'will sell', sourceText: 'sold',
      },
    ],
    quiet: [
      {
        why: "\"set a date for a new round\" names what the date is for, no time it was set for: \"has set\" / \"has been fixed\" tell the same (a guard)",
        source: 'Neither side has set a date for a new round of talks.',
        rewrite: 'No date for another round of talks has been fixed by either side.',
      },
      {
        why: 'a synonym told in another place of its sentence is compared only between a plan and a done act (a guard)',
        source: 'It is the first time a Polish film has won the festival\'s top prize since 1998.',
        rewrite: 'A Polish film last took the festival\'s top prize in 1998.',
      },
      {
        why: "\"there were no plans for further cuts\" = \"no further cuts were planned\": a plan said to exist lies ahead",
        source: 'The chief executive said there were no plans for further cuts this year.',
        rewrite: 'The chief executive said no further cuts were planned for this year.',
      },
      {
        why: "a word matched across a relative and a main clause: \"who took the choir on tour, will become director\" / \"who led the tour, will take the title\"",
        source: 'Anders, who took the choir on its first tour of Canada in 2015, will become director emeritus.',
        rewrite: 'Anders, who led the choir\'s first Canadian tour in 2015, will take the title of director emeritus.',
      },
      {
        why: "a reporting verb after a comma with its speaker after it is no second verb of the clause before, and takes none of its \"will\"",
        source: 'Residents who refuse to leave could face fines of up to €3,000, the regional governor warned.',
        rewrite: 'Anyone refusing to leave will be fined up to €3,000, warned the regional governor.',
      },
      {
        why: 'a conditional perfect told again as one says the same',
        source: 'The regulator said the lender would have collapsed without the rescue.',
        rewrite: 'Without the rescue, the lender would have collapsed, according to the regulator.',
      },
      {
        why: "\"is being used to house\" is a passive of \"use\" with a purpose, no ended habit",
        source: 'Evacuees are being housed in the sports pavilion.',
        rewrite: 'The sports pavilion is being used to house evacuees.',
      },
      {
        why: 'a verb carrying another act tells that act\'s time: "continued to invest" and "will continue to give" are two acts',
        source: 'The minister said fares rose while the government continued to invest in new trains. Railcards give a third off.',
        rewrite: 'The minister said fares rose while the government invested in new trains. Railcards will continue to give a third off.',
      },
      {
        source: 'The takeaway was ordered to close for five days while it was cleaned.',
        rewrite: 'The takeaway closed for five days, as ordered, while it was cleaned.',
        why: "a past order (\"was ordered to close\") may well have been obeyed since: its infinitive is no act still ahead",
      },
      {
        source: 'The local MP said she had asked to meet the vice-chancellor this week.',
        rewrite: 'The local MP said she had requested a meeting with the vice-chancellor this week.',
        why: "asking to do something oneself is one act, the asking: \"had requested a meeting\" tells it",
      },
      {
        source: '“We have lost three contracts since March,” the owner said.',
        rewrite: 'The owner said the firm had lost three contracts since March.',
        why: "a present perfect \"since\" reported in the past perfect is the same state, backshifted",
      },
      {
        source: 'The trust said it had since opened two evening clinics.',
        rewrite: 'Since then, according to the trust, two evening clinics have opened.',
        why: "a past perfect parted from its verb by \"since\" is no simple past: the state reported, not a finished act",
      },
      {
        source: 'Engineers will inspect the bridge before it reopens.',
        rewrite: 'The bridge will not reopen until engineers have inspected it.',
        why: "a present perfect in a clause of time (\"until engineers have inspected it\") tells what will be done by then, no past fact",
      },
      {
        source: 'The pump will be replaced, and then the launch date will be announced.',
        rewrite: 'The launch date will be announced once the pump has been replaced.',
        why: "a present perfect after \"once\" is done by a time ahead",
      },
      {
        why: "a present perfect still bears on now, as the progressive does: \"have appealed\" / \"are appealing\"",
        source: 'Residents have appealed against the decision to close the library.',
        rewrite: 'Residents are appealing against the decision to close the library.',
      },
      {
        why: "a negated progressive tells a state of failing, not an act going on: \"is not working\" / \"did not work\"",
        source: 'Cassie suggests contacting IT if the website is not working.',
        rewrite: 'Cassie suggests contacting IT if the website did not work.',
      },
      {
        why: 'a decision taken against one weighed is the modality rule\'s, not a tense of one act',
        source: 'The council is also considering a proposal to add a new crossing.',
        rewrite: 'The council had also decided to add a new crossing.',
      },
      {
        why: "a gerund under a verb of expecting is ahead, as the infinitive is (\"expected to close\" / \"anticipated shutting\")",
        source: 'Harbourline said it expected to close roughly one in five of its outlets.',
        rewrite: 'Harbourline said it anticipated shutting around one in five of its outlets.',
      },
      {
        why: 'a copula that schedules a "to" infinitive tells no time of its own ("was due to lift off at" / "had been scheduled for")',
        source: 'The rocket was due to lift off from the spaceport at 22:40 local time on 14 November.',
        rewrite: 'Lift-off from the spaceport had been scheduled for 10.40pm local time on November 14.',
      },
      {
        why: '"arranged" schedules as "scheduled" does: what has been arranged lies ahead',
        source: 'No further talks have been scheduled.',
        rewrite: 'No more talks have been arranged.',
      },
      {
        why: '"be to blame" tells a fault, not a plan',
        source: 'Poor signalling was to blame for the delays, the operator said.',
        rewrite: 'The operator blamed the delays on poor signalling.',
      },
      {
        why: 'a value set "at" an amount for a year is no scheduling',
        source: 'The quota has been set at 5,000 tonnes for next year.',
        rewrite: 'The quota for next year has been fixed at 5,000 tonnes.',
      },
      {
        why: 'a reporting verb is compared with a reporting verb, not with the event it reports',
        source: 'The firm is to close 12 stores, it announced on Monday.',
        rewrite: 'The firm announced on Monday that it would shut 12 stores.',
      },
      {
        why: 'a verb of its own over a noun ("approved a cap") does not lend that noun its tense',
        source: 'The assembly has approved a cap on rents, ministers said.',
        rewrite: 'Rents are to be capped after the assembly gave its approval, ministers said.',
      },
      {
        why: 'two verbs of different subjects ("the harvested plants would need" / "the results … needed", a conjoined verb taking its first verb\'s subject) tell different events',
        source: 'She cautioned that the harvested plants would need to be disposed of safely. Professor Malik Osei said the results were promising but needed to be repeated on larger sites.',
        rewrite: 'Professor Malik Osei warned that the harvested plants would need to be disposed of safely. He described the results as promising but said they needed to be repeated on larger sites.',
      },
      {
        why: '"set … for the ninth year in a row": an ordinal counts the times it was done, not a date it was set for',
        source: 'The chief executive, Paul Desai, said Fennick had set a balanced budget for the ninth year in a row.',
        rewrite: 'Paul Desai, the chief executive, said it was the ninth consecutive year in which Fennick had set a balanced budget.',
      },
      {
        why: 'a past form before its noun ("planned police raids") describes the noun; it tells no time',
        source: 'A former detective took cash from a dealer in return for tipping him off about planned police raids, a jury heard on Monday.',
        rewrite: 'Jurors were told on Monday that a former detective accepted money from a dealer in exchange for warning him about police raids that were being planned.',
      },
      {
        why: 'a past form right after a preposition and before a noun ("driven by improved scores") is a describing participle',
        source: 'The rise was driven mainly by improved scores for student satisfaction, the editors said.',
        rewrite: 'According to the editors, the climb was largely due to better scores for student satisfaction.',
      },
      {
        source: 'The closures will cut 30 jobs, and staff will be moved to a new office in Leeds, the firm said.',
        rewrite: 'According to the firm, 30 jobs will go, with staff transferred to a new office in Leeds.',
        why: 'a participle after a subject opened by "with" is an absolute phrase: its time is the clause\'s it hangs on (will go)',
      },
      {
        source: 'A hearing at the High Court is due to take place in the spring. Neither side would comment on whether settlement talks were under way.',
        rewrite: 'The High Court is due to hear the case in the spring. Both sides declined to say whether settlement talks were taking place.',
        why: 'an infinitive\'s subject is its governor\'s: the hearing is to take place, the talks were taking place, two events',
      },
      {
        source: 'Tranter said no redundancies were planned.',
        rewrite: 'No redundancies were planned, Tranter said.',
        why: 'the same words in another order: a speaker closing the sentence is no object of "planned"',
      },
      {
        source: 'Calloway said officers were still looking for witnesses.',
        rewrite: 'Calloway said officers were still trying to trace witnesses.',
        why: '"were still looking" is the counterpart of "were still trying", not of the infinitive after it',
      },
      {
        source: 'The loan will be repaid over 25 years.',
        rewrite: 'The loan has a repayment period of 25 years.',
        why: '"has" is the present, not a past',
      },
      {
        why: 'verbs whose subjects are different things tell different events: "falling numbers had made it too costly" / "five teachers will be made redundant"',
        source: 'The governors said falling numbers had made the sixth form too expensive to run.',
        rewrite: 'Five teachers will be made redundant at the sixth form, the governors said.',
      },
      {
        why: 'a reporting verb tells when it was said, not when the event it reports happens: "said construction would start" / "building work will begin, according to"',
        source: "The managing director, Priya Ondaatje, said construction would start early next year.",
        rewrite: 'Building work will begin early next year, according to Priya Ondaatje, the managing director.',
      },
      {
        why: 'a bare participle after a noun describes it, adverbs between or not: "with the panels then sold"',
        source: 'The panels will be sold to housing associations for use in retrofit projects.',
        rewrite: 'Linen will be made into panels, with the panels then sold to housing associations for retrofit work.',
      },
      {
        why: 'an auxiliary before its own subject opens a condition ("had he not pleaded guilty"), no past tense of its own',
        source: 'She added that the sentence would have been longer had he not pleaded guilty.',
        rewrite: 'Had he not pleaded guilty, she added, the sentence would have been longer.',
      },
      {
        why: '"set up" and "fixed" (repaired) tell what happened; only "set for" a date schedules',
        source: 'A rest centre was opened in the church hall, and all the damaged pipes had been fixed by Friday.',
        rewrite: 'A rest centre was set up in the church hall, and all the damaged pipes had been put right by Friday.',
      },
      {
        why: 'what was set for a date lies ahead, told actively or passively: "set a hearing for" = "a hearing has been set for"',
        source: 'Judge Ruth Okafor set a sentencing hearing for 4 March.',
        rewrite: 'A sentencing hearing has been set for March 4 by Judge Ruth Okafor.',
      },
      {
        why: 'an implicative verb\'s infinitive happened: "managed to reach" = "reached"',
        source: 'Rescue teams managed to reach the village on Saturday, officials said.',
        rewrite: 'Rescue teams reached the village on Saturday, officials said.',
      },
      {
        why: '"was due to open" = "had been scheduled to open": the infinitive carries the time',
        source: 'The 11-kilometre line was due to open in October, the transport director said.',
        rewrite: 'The 11 km line had been scheduled to open in October, the transport director said.',
      },
      {
        why: 'a participle describing a noun inside a reported clause has no tense ("a convoy planned for next week had received")',
        source: 'A second convoy is planned for next week, but officials said it had not yet received security guarantees.',
        rewrite: 'Officials said a second convoy planned for next week had not yet received security guarantees.',
      },
      {
        why: '"was due to stop" and "was to have stopped" are both a plan seen from the past',
        source: 'Villagers have won a reprieve for the number 47 bus, which was due to stop running at the end of the month.',
        rewrite: 'The number 47 bus, which was to have stopped running at the end of the month, has been given a reprieve by villagers.',
      },
      {
        why: 'a noun "plan" after a copula schedules nothing',
        source: 'According to Holby, the sticking point was a plan to raise the retirement age to 68.',
        rewrite: 'The main obstacle was a proposal to lift the retirement age to 68, Holby said.',
      },
      {
        why: 'a reporting verb moved to the end keeps its counterpart; the reported clause is compared with the reported clause',
        source: 'Ministers said roofs, windows and heating systems would be prioritised.',
        rewrite: 'Priority will go to roofs, windows and heating systems, ministers said.',
      },
      {
        why: 'reported-speech backshift will -> would',
        source: 'The mayor said the library will reopen in the spring.',
        rewrite: 'The mayor said the library would reopen in the spring.',
      },
      {
        why: 'present perfect vs simple past',
        source: 'The factory has closed after forty years in the town.',
        rewrite: 'The factory closed after forty years in the town.',
      },
      {
        why: 'will vs is going to',
        source: 'The council will reopen the pool in June, a spokesman said.',
        rewrite: 'The council is going to reopen the pool in June, a spokesman said.',
      },
    ],
  },

  modality: {
    hits: [
      {
        source: 'Under the conditions, Brightfield must plant 2 km of new hedgerow around the site.',
        rewrite: 'Under the conditions, Brightfield has the option of planting 2 km of new hedgerow around the site.',
        text: 'has the option',
      },
      {
        source: 'The minister said councils should be given a greater say.',
        rewrite: 'The minister said that councils had to be given more say.',
        text: 'had to be given',
      },
      {
        source: 'Patients who took a stronger tablet than prescribed might experience nosebleeds or unusual bruising.',
        rewrite: 'Patients who have taken a higher-strength tablet than prescribed will suffer nosebleeds or unexplained bruising.',
        text: 'will suffer',
      },
      {
        source: 'The developer must fund a habitat programme and is required to limit construction traffic to weekdays.',
        rewrite: 'The developer has to pay for a habitat programme, and it is allowed to confine construction traffic to weekdays.',
        text: 'is allowed to confine',
      },
      {
        source: 'The council will close the library in June.',
        rewrite: 'The council plans to close the library in June.',
        text: 'plans to close',
      },
      {
        source: 'The bank is considering turning some of the closed sites into shared hubs.',
        rewrite: 'The bank will turn some of the closed sites into shared hubs.',
        text: 'will turn',
      },
      {
        source: 'The director was accused of hiding the losses from auditors.',
        rewrite: 'The director hid the losses from auditors.',
        text: 'hid',
      },
      {
        // the hedged verb replaced, its object now the subject of a new verb stated as fact
        source: 'The museum may extend the show into the spring if visitor numbers hold up.',
        rewrite: 'The show will run on into the spring.',
        text: 'will run',
      },
      {
        // a deliberation reported as a decision
        source: 'The trust is considering closing the maternity unit at Dunmere Hospital.',
        rewrite: 'The trust has decided to close the maternity unit at Dunmere Hospital.',
        text: 'has decided to close',
      },
      {
        // the act weighed is named by the deliberation's object ("a proposal to add")
        source: 'The county is also considering a proposal to build a footbridge over the railway.',
        rewrite: 'The county had also decided to build a footbridge over the railway.',
        text: 'had also decided to build',
      },
      {
        // a gerund right after the deliberation, however the parse hung it
        source: 'Harlow Borough Council\'s cabinet has proposed closing Bridge Street to cars on Sundays.',
        rewrite: 'The cabinet of Harlow Borough Council has decided to shut Bridge Street to cars on Sundays.',
        text: 'has decided to shut',
      },
      {
        // a decision reported as a deliberation
        source: 'The museum has decided to sell two of its paintings.',
        rewrite: 'The museum is considering selling two of its paintings.',
        text: 'considering selling',
      },
      {
        source: 'Researchers said that regular exercise may lower the risk of heart disease in older adults.',
        rewrite: 'Researchers said that regular exercise lowers the risk of heart disease in older adults.',
        text: 'lowers',
      },
      {
        source: 'The plant may be able to build 60,000 bikes a year.',
        rewrite: 'The plant will build 60,000 bikes a year.',
        text: 'will build',
      },
      {
        // a plan told as a decision taken: the infinitive is governed by a finite verb of deciding
        source: 'The council plans to double the premium on empty homes from April.',
        rewrite: 'The council has decided to double the premium on empty homes from April.',
        text: 'has decided to double', sourceText: 'plans to double',
      },
      {
        // An aim or a wish, like a plan, puts the event ahead without stating it.
        source: 'The trust said it hoped to clear the backlog of hip operations by June.',
        rewrite: 'The backlog of hip operations will be cleared by June, the trust said.',
        text: 'will be cleared',
      },
      {
        source: 'The vaccine could reduce hospital admissions among the elderly.',
        rewrite: 'The vaccine will reduce hospital admissions among the elderly.',
        text: 'will reduce', sourceText: 'could reduce',
      },
      {
        source: 'Prosecutors allege that the firm hid its losses from investors.',
        rewrite: 'Prosecutors have established that the firm hid its losses from investors.',
        text: 'established', sourceText: 'allege',
      },
      {
        source: 'The minister is expected to resign before the end of the week.',
        rewrite: 'The minister will resign before the end of the week.',
        text: 'will resign', sourceText: 'expected to resign',
      },
      {
        source: 'The study suggests that the diet lowers the risk of heart disease.',
        rewrite: 'The study proves that the diet lowers the risk of heart disease.',
        text: 'proves', sourceText: 'suggests',
      },
      {
        source: 'The airline will cut 300 jobs next year.',
        rewrite: 'The airline could cut 300 jobs next year.',
        text: 'could cut', sourceText: 'will cut',
      },
      {
        source: 'Inflation will probably ease in the second half of the year.',
        rewrite: 'Inflation will ease in the second half of the year.',
        text: 'will ease', sourceText: 'probably ease',
      },
    ],
    quiet: [
      {
        source: 'The trust said it could no longer fund every hospice at its previous level.',
        rewrite: 'The trust said it was unable to keep funding every hospice at its previous level.',
        why: '\'could no longer\' denies a possibility, as \'unable to\' does',
      },
      {
        source: 'The board said it can no longer afford grants of £1.2 million a year.',
        rewrite: 'The board said it could no longer afford the £1.2m a year the grants cost.',
        why: 'a possibility denied is a negated fact told with a modal',
      },
      {
        source: 'Patel said the close result showed the party could not take voters for granted.',
        rewrite: 'Patel said the closeness of the result showed that voters were not something the party could take for granted.',
        why: 'a modal in a relative clause on what a copula denies is denied',
      },
      {
        why: "a choice left to the doer (\"has the option of planting\", \"is free to plant\") is a possibility, as \"may\" is (a guard)",
        source: 'Under the conditions, Brightfield may plant 2 km of new hedgerow around the site.',
        rewrite: 'Under the conditions, Brightfield is free to plant 2 km of new hedgerow around the site.',
      },
      {
        why: "the bare verb of a clause under a verb of advising (\"advise that the stock be fished\") says what should be done, as \"should\" does",
        source: 'Scientists say the stock should be fished at 610,000 tonnes.',
        rewrite: 'Scientists advise that the stock be fished at 610,000 tonnes.',
      },
      {
        why: "a reported \"had to\" is \"must\" backshifted",
        source: 'The minister said councils must be given a greater say.',
        rewrite: 'The minister said that councils had to be given more say.',
      },
      {
        why: "\"is required to\" is an obligation as \"must\" is",
        source: 'The developer is required to limit construction traffic to weekdays.',
        rewrite: 'The developer must confine construction traffic to weekdays.',
      },
      {
        why: 'a timetable told as a future stated says the same of what lies ahead',
        source: 'The checkpoint is set to reopen at 6am on Friday, officials said.',
        rewrite: 'Officials said the checkpoint will reopen at 06:00 on Friday.',
      },
      {
        source: 'Islanders would instead rely on a twice-weekly freight boat that can carry up to 12 passengers.',
        rewrite: 'Islanders would instead depend on a freight boat that sails twice a week and has room for as many as 12 passengers.',
        why: '"can" with an amount for its verb\'s object tells a capacity, not how likely anything is',
      },
      {
        source: 'The pump would have to be replaced and the stage tested again before a launch date could be announced.',
        rewrite: 'A launch date cannot be announced until the pump has been replaced and the stage re-tested.',
        why: "a modal in a clause that bounds when something happens (\"before a date could be announced\") hedges no claim; the rewrite may tell it as a denial (\"cannot be announced until\")",
      },
      {
        why: "a future stated put as a timetable says the same of what lies ahead: \"will run until 2029\" / \"is set to run until 2029\"",
        source: 'The ban, backdated to 2 March, will run until March 2029.',
        rewrite: 'Backdated to March 2, the ban is set to run until March 2029.',
      },
      {
        why: '"might not" keeps the hedge: it denies no possibility',
        source: 'It warned this could take until the autumn.',
        rewrite: 'It warned this might not happen until the autumn.',
      },
      {
        why: '"may not" and "might not" hedge alike',
        source: 'Analysts said the airline may not survive the winter.',
        rewrite: 'Analysts said the airline might not survive the winter.',
      },
      {
        why: 'an obligation restated with "requires … to"; the "can" of a "before" clause on another verb is not its counterpart',
        source: 'Under the contract, the landlord must give a month\'s notice before any repairs begin.',
        rewrite: 'The contract requires the landlord to give a month\'s notice before repairs can start.',
      },
      {
        why: 'a copula that schedules its infinitive ("is due to finish") states a timetable, which "should be over" restates',
        source: 'Harvesting began on 3 August and is due to finish by mid-September.',
        rewrite: 'Harvesting started on August 3 and should be over by the middle of September.',
      },
      {
        why: 'a command ("Read the report online") asserts nothing that a "can" could weaken',
        source: 'Read the full report on the council website.',
        rewrite: 'The full report can be read on the council website.',
      },
      {
        why: 'a noun made from a verb of certainty with a "that" clause ("faced allegations that she failed") hedges as its verb does ("accused of failing")',
        source: 'Sergeant Mia Holt, 44, was accused of failing to log the seizure of a vehicle in March 2025.',
        rewrite: 'Sergeant Mia Holt, 44, faced allegations that she failed to log the seizure of a vehicle in March 2025.',
      },
      {
        why: 'a modal in an indirect question ("how the fund should be divided") hedges no claim',
        source: 'The two unions failed to decide how the fund should be divided.',
        rewrite: 'The two unions could not decide how to divide the fund.',
      },
      {
        why: 'a possibility with a denied subject ("no buyer could be found") is a certainty, as "unable to find" is',
        source: 'The board said it had been unable to find a buyer for the plant.',
        rewrite: 'No buyer for the plant could be found, the board said.',
      },
      {
        why: 'a person\'s suggestion is a proposal ("suggested combining" / "proposed combining")',
        source: 'Marketing suggested combining the two launch events.',
        rewrite: 'Marketing proposed combining the two launch events.',
      },
      {
        why: 'a relative clause on what is proposed names no act weighed ("proposes Plan B, which offers")',
        source: 'The agent proposes Plan B, which offers cover for theft and fire.',
        rewrite: 'Plan B, which the agent proposes, offers cover for theft and fire.',
      },
      {
        why: 'a deliberation and a possibility both leave the act undecided ("is weighing whether to sell" / "may sell")',
        source: 'The club is weighing whether to sell its training ground.',
        rewrite: 'The club may sell its training ground.',
      },
      {
        why: 'a deliberation advised ("should consider offering") is the modal\'s to compare, and kept',
        source: 'Dentists said parents should consider offering children water instead.',
        rewrite: 'Parents should think about giving children water instead, dentists said.',
      },
      {
        why: 'a deliberation under another verb ("had to consider") is no deliberation of the speaker\'s',
        source: 'The judge told jurors that they must consider whether the driver had been distracted.',
        rewrite: 'Jurors were told by the judge that they had to consider whether the driver had been distracted.',
      },
      {
        why: 'a proposal\'s content told as a conditional ("an amendment that would have kept") is not a decision',
        source: 'Opposition councillors proposed an amendment to keep the library open, but it was defeated.',
        rewrite: 'An amendment from opposition councillors that would have kept the library open was defeated.',
      },
      {
        why: '"able to" alone tells a capacity, no hedge: "a plant able to build 60,000 bikes" = "a plant that will build 60,000 bikes"',
        source: 'Northwind opened a plant in Tilburg that will build up to 60,000 bikes a year.',
        rewrite: 'A plant able to build as many as 60,000 bikes a year was opened in Tilburg by Northwind.',
      },
      {
        why: 'a possibility denied is a necessity: "cannot come into force until ratified" = "must be ratified before it comes into force"',
        source: 'The treaty cannot come into force until it has been ratified by both parliaments.',
        rewrite: 'Both parliaments must ratify the treaty before it comes into force.',
      },
      {
        why: '"could not", "unable to" and "had not been able to" all deny the same possibility',
        source: 'Residents could not return home, and the trust had been unable to maintain its pavilion.',
        rewrite: 'Residents were unable to return home, and the trust had not been able to maintain its pavilion.',
      },
      {
        why: 'a decision told as what will happen says the same: "has decided to double" = "will double"',
        source: 'The council has decided to double the premium on empty homes from April.',
        rewrite: 'The council will double the premium on empty homes from April.',
      },
      {
        why: 'a past "had to" tells that it happened: no hedge',
        source: 'No patient waited longer than 12 hours in October.',
        rewrite: 'In October, no patient had to wait more than 12 hours.',
      },
      {
        why: 'a modal in a purpose clause ("so that engineers could replace") states the purpose, not a possibility',
        source: 'The Kelby tunnel will close overnight for three weeks while engineers replace its ventilation fans.',
        rewrite: 'The Kelby tunnel will shut overnight for three weeks so that engineers can replace the ventilation fans.',
      },
      {
        why: '"need not" = "do not have to"',
        source: 'Pupils do not have to wear blazers while the heatwave lasts, Stanmore Academy told parents in a letter.',
        rewrite: 'Stanmore Academy told parents in a letter that pupils need not wear blazers for the duration of the heatwave.',
      },
      {
        why: 'could vs might',
        source: 'The storm could damage crops across the region.',
        rewrite: 'The storm might damage crops across the region.',
      },
      {
        why: 'is likely to vs will probably',
        source: 'The minister is likely to resign before the end of the week.',
        rewrite: 'The minister will probably resign before the end of the week.',
      },
      {
        why: 'is expected to vs is likely to',
        source: 'The minister is expected to resign before the end of the week.',
        rewrite: 'The minister is likely to resign before the end of the week.',
      },
    ],
  },

  quantifier: {
    hits: [
      {
        source: 'Two of the five had been hand-reared by staff, the keeper said.',
        rewrite: 'All five had been hand-reared by staff, the keeper said.',
        text: 'All five',
      },
      {
        source: 'Police said three of the four were later released without charge.',
        rewrite: 'All four were later released without charge, police said.',
        text: 'All four',
      },
      {
        source: 'Utilities were among the few sectors to fall on Monday.',
        rewrite: 'Utilities were among the many sectors that fell on Monday.',
        text: 'the many',
      },
      {
        source: 'The administrators said a handful of potential bidders had come forward.',
        rewrite: 'The administrators said dozens of would-be bidders had come forward.',
        text: 'dozens of would-be bidders',
      },
      {
        source: 'The company said only a minority of the affected workers would be offered jobs at its new furnace.',
        rewrite: 'According to the company, the majority of those affected will be offered posts at its new furnace.',
        text: 'the majority',
      },
      {
        source: 'The airport says hardly any homes outside the village will be affected by the extra noise.',
        rewrite: 'Some homes beyond the village will be affected by the extra noise, the airport says.',
        text: 'Some homes',
      },
      {
        source: 'The association warned that not all of the 90 member universities would be able to absorb the cut.',
        rewrite: 'The association warned that the cut could not be absorbed by any of the 90 member universities.',
        text: 'could not be absorbed',
        also: [['quantifier', '90 member']],
      },
      {
        source: 'Scientists say the stock should be fished at no more than 610,000 tonnes next year.',
        rewrite: 'Scientists say the stock should be fished at 610,000 tonnes at least next year.',
        text: '610,000 tonnes at least',
      },
      {
        source: 'Bins will be collected every other week from April.',
        rewrite: 'From April bins will be collected weekly.',
        text: 'weekly',
      },
      {
        source: 'Nearly all of the roles being cut are in sales and customer support.',
        rewrite: 'All of the positions going are in sales and customer support.',
        text: 'All',
      },
      {
        source: 'The harbourmaster said the lifeboat crew was rarely called out to so many boats at once.',
        rewrite: 'According to the harbourmaster, the lifeboat crew was often called out to this many boats at once.',
        text: 'often',
      },
      {
        source: 'The crowd, about 200 people, gathered outside the town hall.',
        rewrite: 'The crowd of 200 people gathered outside the town hall.',
        text: '200',
      },
      {
        source: 'The talk, about 40 minutes long, was well received.',
        rewrite: 'The 40-minute talk was well received.',
        text: '40-minute',
      },
      {
        text: 'Some staff',
        source: 'Staff will receive a bonus.',
        rewrite: 'Some staff will receive a bonus.',
      },
      {
        source: 'A majority of members backed the plan.',
        rewrite: 'Half of the members backed the plan.',
        text: 'Half of the members',
      },
      {
        source: 'Most of the region\'s growers lost their crop.',
        rewrite: 'Some 42% of the region\'s growers lost their crop.',
        text: 'Some 42% of the region\'s growers',
      },
      {
        source: 'Only a minority of members backed the plan.',
        rewrite: 'Sixty per cent of members backed the plan.',
        text: 'Sixty per cent of members',
      },
      {
        source: 'The bank has 14 branches in Haldane, and every one of them will close.',
        rewrite: 'Nine of the bank\'s 14 branches in Haldane will close.',
        text: 'Nine of the bank\'s 14',
      },
      {
        source: 'Most of the bank\'s 14 branches will close.',
        rewrite: 'Five of the bank\'s 14 branches will close.',
        text: 'Five of the bank\'s 14',
      },
      {
        source: 'The hurricane struck the coast, flattening a handful of fishing villages.',
        rewrite: 'The storm hit the coast, flattening 11 fishing villages.',
        text: '11 fishing',
      },
      {
        source: 'The audit found that 62% of existing bridges needed repairs.',
        rewrite: 'The audit found that most existing bridges needed repairs.',
        text: 'most',
      },
      {
        source: 'The audit found that more than half of the county\'s bridges needed repairs.',
        rewrite: 'The audit found that half of the county\'s bridges needed repairs.',
        text: 'half',
      },
      {
        source: 'Inspectors found that two in five care homes in the county were understaffed.',
        rewrite: 'Most care homes in the county were understaffed, inspectors found.',
        text: 'Most',
      },
      {
        source: 'The audit found that 40% of existing bridges needed repairs.',
        rewrite: 'The audit found that most existing bridges needed repairs.',
        text: 'most',
      },
      {
        source: 'Buses from all but three of the city\'s 20 depots ran late on Monday.',
        rewrite: 'Buses from three of the city\'s 20 depots ran late on Monday.',
        text: 'three',
      },
      {
        source: 'Rents will be capped at £900 a month, the minister said.',
        rewrite: 'Rents will cost at least £900 a month, the minister said.',
        text: 'at least £900',
      },
      {
        source: 'Nearly all of the crew had trained at the club\'s academy.',
        rewrite: 'Every member of the crew had trained at the club\'s academy.',
        text: 'Every',
      },
      {
        source: 'More than half the staff voted to strike.',
        rewrite: 'Under half the staff voted to strike.',
        text: 'Under half',
      },
      {
        // a hyphenated describer between the scope word and its noun, its first part no adjective
        source: 'Some off-peak services will be suspended over the winter.',
        rewrite: 'Most off-peak trains will be suspended over the winter.',
        text: 'Most',
      },
      {
        source: 'Salaries of £100,000 were paid to the directors.',
        rewrite: 'Salaries over £100,000 were paid to the directors.',
        text: 'over £100,000',
      },
      {
        source: "Some of the airport's 1,900 staff work for airlines.",
        rewrite: 'The majority of the 1,900 people who work at the airport are employed by airlines.',
        text: 'The majority',
      },
      {
        source: 'Inspectors found that most of the spills lasted under an hour.',
        rewrite: 'Inspectors found that all of the spills lasted under an hour.',
        // A scope word's "of" phrase read from the parse where the words alone miss its noun ("spills" read as a verb).
        text: 'all',
      },
      {
        source: 'Homes that have stood empty for six months or more pay the levy.',
        rewrite: 'Homes that have stood empty for six months pay the levy.',
        text: 'six months',
      },
      {
        source: 'The regulator said the two children were younger than 12.',
        rewrite: 'The regulator said the two children were 12.',
        text: '12',
      },
      {
        source: 'The pension fund now holds no more than £1bn, its trustees said.',
        rewrite: 'The pension fund now holds more than £1bn, its trustees said.',
        text: 'more than £1bn', sourceText: 'no more than £1bn',
      },
      {
        source: 'Most residents opposed the plan to build a new runway.',
        rewrite: 'All residents opposed the plan to build a new runway.',
        text: 'All', sourceText: 'Most',
      },
      {
        source: 'At least 12 people died in the flooding, officials said.',
        rewrite: '12 people died in the flooding, officials said.',
        text: '12', sourceText: 'At least 12',
      },
      {
        source: 'Some teachers joined the strike over pay on Monday.',
        rewrite: 'Many teachers joined the strike over pay on Monday.',
        text: 'Many', sourceText: 'Some',
      },
      {
        source: 'About 40 people attended the meeting in the village hall.',
        rewrite: 'More than 40 people attended the meeting in the village hall.',
        text: 'More than 40', sourceText: 'About 40',
      },
      {
        source: 'The survey found most residents opposed the new runway.',
        rewrite: 'The survey found residents opposed the new runway.',
        text: 'residents', sourceText: 'most residents',
      },
    ],
    quiet: [
      {
        source: 'The five had been hand-reared by staff, the keeper said.',
        rewrite: 'All five had been hand-reared by staff, the keeper said.',
        why: '\'the five\' and \'all five\' are the whole set alike (a guard)',
      },
      {
        source: 'All four were later released without charge, police said.',
        rewrite: 'Police said the four were later released without charge.',
        why: '\'all four\' and \'the four\' the other way round (a guard)',
      },
      {
        source: 'Utilities were among the few sectors to fall on Monday.',
        rewrite: 'Utilities were among the handful of sectors that fell on Monday.',
        why: '\'the few\' is a small number, as \'a handful\' is',
      },
      {
        source: 'Residents within a 3-kilometre radius were told to stay indoors.',
        rewrite: 'People living within 3 km were told to stay indoors.',
        why: '\'within a 3-kilometre radius\' is \'within 3 km\'',
      },
      {
        source: 'Tests showed some bottles contained as little as 60% of the stated volume.',
        rewrite: 'According to tests, some bottles held as low as 60 per cent of the volume stated.',
        why: '\'as low as\' is the same bound as \'as little as\'',
      },
      {
        why: 'the cue on the set the same act is told of next, the set named otherwise, in the same class (a guard)',
        source: 'The company said most of the affected workers would be offered jobs at its new furnace.',
        rewrite: 'According to the company, the majority of those affected will be offered posts at its new furnace.',
      },
      {
        why: "\"1,000 or so\" = \"around 1,000\": a hedge after the figure, nearer it than \"just\"",
        source: 'Only around 1,000 eastern black rhinos are thought to survive in the wild.',
        rewrite: 'Just 1,000 or so eastern black rhinos are believed to survive in the wild.',
      },
      {
        why: "\"as well as six months\" adds a thing; it is no equative bound on the figure",
        source: 'Affected employees will receive at least 16 weeks\' pay and six months of health cover.',
        rewrite: 'Staff who lose their jobs will get no fewer than 16 weeks\' pay as well as six months of health cover.',
      },
      {
        why: "\"over\" after a verb of choosing and what it chose sets the rest aside: \"chose Thornbury over three other universities\"",
        source: 'The company had chosen Thornbury over three other universities, including one in Germany.',
        rewrite: 'The company picked Thornbury ahead of three other universities, one of them in Germany.',
      },
      {
        why: "\"over\" after a noun of thought or feeling (\"concerns over 32 ballot papers\") is what the concern is about, no bound",
        source: 'The agent cited concerns about 32 ballot papers.',
        rewrite: 'The agent raised concerns over 32 ballot papers.',
      },
      {
        why: 'the same "all" on the same figure ("All five crew" / "all five of the trawler\'s crew") adds no scope',
        source: 'All five crew on the trawler were rescued.',
        rewrite: 'A lifeboat picked up all five of the trawler’s crew.',
      },
      {
        why: 'a figure\'s bound put after it ("610,000 tonnes at most") is the same bound as before it',
        source: 'Scientists say the stock should be fished at no more than 610,000 tonnes next year.',
        rewrite: 'Scientists say the stock should be fished at 610,000 tonnes at most next year.',
      },
      {
        why: 'every other week is every second week',
        source: 'The ferry will sail every other week during the winter.',
        rewrite: 'During the winter the ferry will sail every second week.',
      },
      {
        source: 'From Monday, all visitors to the ward must wear a mask.',
        rewrite: 'Visitors to the ward will have to wear a mask from Monday.',
        why: "a bare plural is the whole set already: dropping \"all\" before it changes no scope",
      },
      {
        source: 'All the shops in the arcade closed early on Saturday.',
        rewrite: 'The arcade\'s shops shut early on Saturday.',
        why: 'a definite plural is every member of the set',
      },
      {
        why: "the whole of a set told by an adverb of the verb it undergoes: \"all winter sailings\" / \"winter crossings would be scrapped altogether\"",
        source: 'Northsound Ferries plans to cancel all winter sailings between Portmaddock and Inishvarra.',
        rewrite: 'Winter crossings between Portmaddock and Inishvarra would be scrapped altogether under plans unveiled by Northsound Ferries.',
      },
      {
        why: 'a universal where the source says "no" of the same set is the negation\'s to weigh: "No patients died" = "All patients survived"',
        source: 'Side effects were mostly mild, and no patients died during the study.',
        rewrite: 'All patients survived the study, and side effects were largely mild.',
      },
      {
        why: "\"about\" after a noun of telling is what it tells of, no hedge: \"a film about two sisters\"",
        source: 'The film, about two sisters who run a failing salt works, beat eleven other titles in the main competition.',
        rewrite: 'Eleven other titles in the main competition lost out to the film, which follows two sisters running a struggling salt works.',
      },
      {
        why: "\"numerous\" on a bare noun that is no subject adds no scope (\"discussed topics\" / \"discussed numerous topics\")",
        source: 'The two leaders discussed topics ranging from trade to security.',
        rewrite: 'The two leaders discussed numerous topics ranging from trade to security.',
      },
      {
        why: '"most" after an owner\'s word is a degree ("their most preferred destinations")',
        source: 'Bridget and Clare discuss their favourite destinations, including Portishead.',
        rewrite: 'Bridget and Clare discuss their most preferred destinations, including Portishead.',
      },
      {
        why: 'a bare noun that is no clause\'s subject tells some of the thing ("would give money to" / "some of the money will go to")',
        source: 'Penhaligon said he would also give money to the local lifeboat station.',
        rewrite: 'Some of the money will also go to the local lifeboat station, Penhaligon said.',
      },
      {
        why: 'a share within the range its scope word says ("most" / "some 62%")',
        source: 'Most of the region\'s growers lost their crop.',
        rewrite: 'Some 62% of the region\'s growers lost their crop.',
      },
      {
        why: '"a majority" / "60 per cent"',
        source: 'A majority of members backed the plan.',
        rewrite: 'Sixty per cent of the members backed the plan.',
      },
      {
        why: '"almost" before a determiner and "entire" is "nearly all"',
        source: 'Some growers said they had lost almost their entire harvest.',
        rewrite: 'Some growers said they had lost nearly all of their harvest.',
      },
      {
        why: 'a count of a stated whole within the range of the scope word it replaced',
        source: 'Most of the bank\'s 14 branches will close.',
        rewrite: 'Nine of the bank\'s 14 branches will close.',
      },
      {
        why: 'an adverb of frequency after a degree word compares how often; it sets no scope',
        source: 'Noise, litter and parking were among the most common complaints, with some residents waiting weeks for a reply.',
        rewrite: 'Among the complaints made most often were noise, litter and parking, and some residents waited weeks for a reply.',
      },
      {
        why: 'a bound the scope word says as well ("more than half" is "the majority")',
        source: 'The audit found that more than half of the county\'s bridges needed repairs.',
        rewrite: 'The audit found that the majority of the county\'s bridges needed repairs.',
      },
      {
        why: '"all but" and "all except" are one exception',
        source: 'All but two of the ward\'s 14 polling stations opened late.',
        rewrite: 'All except two of the ward\'s 14 polling stations opened late.',
      },
      {
        why: 'a verb that sets a ceiling bounds its amount as "no more than" does',
        source: 'Rents will be capped at £900 a month, the minister said.',
        rewrite: 'Rents will cost no more than £900 a month, the minister said.',
      },
      {
        why: 'two words for a universal short of all ("nearly all" / "almost every")',
        source: 'Nearly all of the crew had trained at the club\'s academy.',
        rewrite: 'Almost every member of the crew had trained at the club\'s academy.',
      },
      {
        why: '"how many" asks the amount ("the number of"); it claims none',
        source: 'Grants will be based on the number of pupils enrolled.',
        rewrite: 'Grants will depend on how many pupils are enrolled.',
      },
      {
        why: 'a small degree before a bound ("just under", "a little under") puts the amount near the figure either way',
        source: 'The average wait has risen to 6.5 days, up from just under three days in September.',
        rewrite: 'Ships now wait an average of 6.5 days, against a little under three days in September.',
      },
      {
        why: '"less than half" and "below half" are both the minority, whichever word bounds the half',
        source: 'Oceans Trust said cod stocks were still at less than half their sustainable level.',
        rewrite: 'According to Oceans Trust, cod stocks remain at below half their sustainable level.',
      },
      {
        why: '"too few" measures against a need, as "a shortage of" does; it is no share of a set',
        source: 'Ingrid Solvang blamed autumn storms, a shortage of crane operators and the late arrival of vessels.',
        rewrite: 'Autumn storms, too few crane operators and the late arrival of ships caused the backlog, Ingrid Solvang said.',
      },
      {
        why: 'a figure\'s own hedge ("some 420 of Redbrook\'s drivers") is the number\'s, not a scope word over the drivers',
        source: 'About 420 Redbrook drivers and engineers are expected to transfer to Tallis.',
        rewrite: 'Some 420 of Redbrook’s drivers and engineers are expected to move across to Tallis.',
      },
      {
        why: 'the hedge moved onto the verb the amount hangs from ("is estimated to be worth")',
        source: 'The seven-year franchise, worth an estimated £210 million, covers 38 routes.',
        rewrite: 'Covering 38 routes, the seven-year franchise is estimated to be worth £210m.',
      },
      {
        why: '"the second half" is a period of the match, not a share',
        source: 'Early in the second half the game swung when Ashdown was sin-binned.',
        rewrite: 'Early in the second half the game turned, when Ashdown was sin-binned.',
      },
      {
        why: '"over" before a count of periods WordNet knows as lengths of time ("four seasons") says when, not more than',
        source: 'Ravuvu made 58 appearances for Aubrac over four seasons.',
        rewrite: 'In four seasons with Aubrac he made 58 appearances.',
      },
      {
        why: '"within" a range of years is "in the next" years: the range\'s first end is a length of time too',
        source: 'Vogt said the firm could list its shares in the next three to four years.',
        rewrite: 'Vogt said the firm could list its shares within three to four years.',
      },
      {
        why: 'a one-word scope cue told by a word of the same sense ("too often" / "too frequently")',
        source: 'The chair said the ministry too often signed contracts early.',
        rewrite: 'The chair said the ministry too frequently signed contracts early.',
      },
      {
        why: '"over half" is a scope word of its own, as "more than half" is, not a figure',
        source: 'The secretary said more than half of the posts at risk were held by academics.',
        rewrite: 'According to the secretary, academics hold over half of the posts at risk.',
      },
      {
        why: 'a fraction joined to its unit ("a quarter-point cut") is "a quarter of a percentage point"',
        source: 'Three members favoured a cut of a quarter of a percentage point.',
        rewrite: 'Three members backed a quarter-point cut.',
      },
      {
        source: 'Jockey Fergal Nash, 38, has announced his retirement after a career in which he rode more than 1,400 winners.',
        rewrite: 'Fergal Nash has announced he is retiring at the age of 38, having ridden over 1,400 winners.',
        why: '"over" after a participle read as a noun is still a bound: "having ridden over 1,400 winners"',
      },
      {
        source: 'Engineers had to lower the track under 11 bridges to make room for overhead wires.',
        rewrite: 'Engineers had to lower the track beneath 11 bridges to make room for overhead wires.',
        why: '"under" between a noun and a count of things says where, not how many',
      },
      {
        why: '"sued X over £2.3m": "over" and a sum after a singular noun is what the dispute is about, no bound',
        source: 'The firm has sued the developer for £2.3 million in unpaid fees.',
        rewrite: 'The firm has sued the developer over £2.3m in unpaid fees.',
      },
      {
        why: 'a share of a counted set ("the majority of the 1,900 people") is a scope word, and "most of the airport\'s staff" scopes over the staff, not the possessor',
        source: "Most of the airport's 1,900 staff work for airlines rather than for the airport itself.",
        rewrite: 'The majority of the 1,900 people who work at the airport are employed by airlines, not by the airport itself.',
      },
      {
        why: '"every one of X\'s 140 employees" = "all 140 X employees"',
        source: 'All 140 Quillfield employees will be offered roles in the enlarged group.',
        rewrite: "Every one of Quillfield's 140 employees will be offered a role in the enlarged group.",
      },
      {
        why: '"a number of years ago" = "several years ago": both "some", compared however the parse hangs the time phrase',
        source: 'Detectives believe the guard had worked with him several years ago.',
        rewrite: 'Detectives believe the guard had worked alongside him a number of years ago.',
      },
      {
        why: 'a hedged amount is compared with the same amount in its unit, not with a bare count of the same value ("the two unions")',
        source: 'The two unions agreed on Friday to end a dispute that has run for almost three years, involving three of the companies.',
        rewrite: 'A dispute that has run for nearly three years, involving three of the companies, is over after the two unions agreed on Friday to end it.',
      },
      {
        why: '"the greater part of the day" is "most of the day"',
        source: 'The bridge was shut for the greater part of the day after the crash.',
        rewrite: 'The bridge was closed for most of the day after the crash.',
      },
      {
        why: '"most" before an adjective and a singular noun is a superlative, not a majority',
        source: 'Okafor, the best player in the final, scored 31 points.',
        rewrite: 'Okafor, named most valuable player in the final, scored 31 points.',
      },
      {
        why: '"within 40 minutes" says as much as "in under 40 minutes" and "in 40 minutes"',
        source: 'Tickets for the festival sold out within 40 minutes on Friday morning.',
        rewrite: 'Tickets for the festival were snapped up in under 40 minutes on Friday morning.',
      },
      {
        why: '"within" a time span is no bound against the plain span',
        source: 'Tickets for the festival sold out in 40 minutes on Friday morning.',
        rewrite: 'Tickets for the festival sold out within 40 minutes on Friday morning.',
      },
      {
        why: "\"more than half\" = \"the majority of\"",
        source: "More than half of Westmoor's road bridges need structural repairs, a county survey has found.",
        rewrite: "A county survey has found that structural repairs are needed on the majority of Westmoor's road bridges.",
      },
      {
        why: "\"fewer than half\" = \"a minority of\"",
        source: "Fewer than half of the golf club's members voted in the election for a new captain.",
        rewrite: "Only a minority of the golf club's members took part in the vote for a new captain.",
      },
      {
        why: "\"just short of\" = \"nearly\"",
        source: "Nearly 2,000 people have signed the petition to save the Regal cinema in Ferrybridge.",
        rewrite: "The petition to save Ferrybridge's Regal cinema has attracted just short of 2,000 signatures.",
      },
      {
        why: "\"over the age of 65\" bounds the age as \"older than 65\" does",
        source: "The new shingles vaccine is being offered to everyone older than 65 in the Calder region.",
        rewrite: "Anyone in the Calder region over the age of 65 is being offered the new shingles vaccine.",
      },
      {
        why: "\"typically\" = \"usually\"",
        source: "Hedgehogs usually hibernate between November and March, the Northdale Wildlife Trust said.",
        rewrite: "The hedgehog typically hibernates from November to March, according to the Northdale Wildlife Trust.",
      },
      {
        why: "a sentence-initial \"Certain\" is a scope word",
        source: "Certain medicines, including insulin, will be exempt from the new import tariff.",
        rewrite: "Some medicines, insulin among them, will be exempt from the new import tariff.",
      },
      {
        why: 'a bound after the figure and its noun: "six months or more" = "at least six months"',
        source: 'Council figures show 1,140 homes have stood empty for at least six months.',
        rewrite: 'According to council figures, 1,140 homes have been vacant for six months or more.',
      },
      {
        why: 'a negated universal is a partial scope: "did not always manage" = "sometimes failed"',
        source: 'Testers found that the app sometimes failed to sync invoices.',
        rewrite: 'Testers found that the app did not always manage to sync invoices.',
      },
      {
        why: 'a free-choice "any" added alone changes no scope',
        source: 'Money raised would go into the housing fund.',
        rewrite: 'Any money raised would be put into the housing fund.',
      },
      {
        why: 'a comparative with "than" bounds a figure as "more than" does',
        source: 'Police said the driver had been travelling at more than 90mph.',
        rewrite: 'The driver was going faster than 90mph, according to police.',
      },
      {
        why: '"a minimum of" = "at least"',
        source: 'The new flood scheme will cost at least £2m, the council said on Monday.',
        rewrite: 'The new flood scheme will cost a minimum of £2m, the council said on Monday.',
      },
      {
        why: '"just under" is read whole, = "almost", not as "under"',
        source: 'The pension fund now holds just under £1bn, its trustees said.',
        rewrite: 'The pension fund now holds almost £1bn, its trustees said.',
      },
      {
        why: '"only a handful" = "just a few"',
        source: 'Only a handful of residents objected to the plan at the meeting.',
        rewrite: 'Just a few residents objected to the plan at the meeting.',
      },
      {
        why: '"not many" = "few"',
        source: 'Few residents attended the meeting on the new car park, the council said.',
        rewrite: 'Not many residents attended the meeting on the new car park, the council said.',
      },
      {
        why: 'the scope word itself is kept, whatever the context makes of it ("bars them from deleting any" / "may not delete any")',
        source: 'A temporary injunction bars Brightlane from deleting any of the customer\'s data until the case is heard.',
        rewrite: 'Under a temporary injunction, Brightlane may not delete any of the customer\'s data before the case is heard.',
      },
      {
        why: '"went up to X from Y" is a change\'s end point, not an "up to" bound',
        source: 'Revenue went up to 1.2 billion dollars from 1.1 billion dollars, the company said.',
        rewrite: 'Revenue rose to $1.2 billion from $1.1 billion, the company said.',
      },
      {
        why: 'under a negation "any" is the negation\'s, not "all"',
        source: 'No staff were harmed during the journey, the office said.',
        rewrite: 'None of the staff came to any harm on the way, the office said.',
      },
      {
        why: '"a number of" = "several"',
        source: 'The barrister put it to her that several of the signatures had been forged, and she denied it.',
        rewrite: 'The barrister suggested to her that a number of the signatures had been forged, and she denied it.',
      },
      {
        why: '"as little as" = "just"',
        source: 'Residents can sponsor a tile on the library roof for as little as £1, the council said.',
        rewrite: 'Residents can sponsor a tile on the library roof for just £1, the council said.',
      },
      {
        why: 'after "the", a scope word is a degree or a stretch: "the most recent survey", "the final few metres"',
        source: 'Schools rated poor in the most recent survey can apply. She faded in the final few metres.',
        rewrite: 'Schools rated poor in the latest survey can apply. She faded in the closing metres.',
      },
      {
        why: '"above 38C" is "more than 38C"',
        source: 'Temperatures of more than 38C have made the blaze hard to contain.',
        rewrite: 'Temperatures above 38C have made the blaze hard to contain.',
      },
      {
        why: 'most vs most of the',
        source: 'Most residents opposed the plan to build a new runway.',
        rewrite: 'Most of the residents opposed the plan to build a new runway.',
      },
      {
        why: 'most vs the majority of',
        source: 'Most voters backed the proposal in the referendum.',
        rewrite: 'The majority of voters backed the proposal in the referendum.',
      },
      {
        why: 'nearly vs almost',
        source: 'Nearly 40 people attended the meeting in the village hall.',
        rewrite: 'Almost 40 people attended the meeting in the village hall.',
      },
      {
        why: 'about vs around',
        source: 'About 40 people attended the meeting in the village hall.',
        rewrite: 'Around 40 people attended the meeting in the village hall.',
      },
    ],
  },

  quote: {
    hits: [
      {
        source: 'The ministry said the scheme was “almost certainly unlawful”.',
        rewrite: 'The ministry described the scheme as “certainly unlawful”.',
        text: 'certainly unlawful',
      },
      {
        source: '"We were second best for most of the afternoon," said Castlebrook manager Iris Fenn.',
        rewrite: 'Iris Fenn, the Castlebrook manager, said: "We were second best for the whole afternoon."',
        text: 'for the whole',
      },
      {
        source: 'She told reporters: "We will not back down on this issue."',
        rewrite: 'She told reporters: "We will never back down on this issue."',
        text: 'never', sourceText: 'not',
      },
      {
        source: '"The results are encouraging," the coach said after the match.',
        rewrite: '"The results are excellent," the coach said after the match.',
        text: 'excellent', sourceText: 'encouraging',
      },
      {
        source: '"We have never seen damage on this scale," the fire chief said.',
        rewrite: '"We have never seen damage like this," the fire chief said.',
        text: 'like', sourceText: 'on',
      },
    ],
    quiet: [
      {
        source: '“We simply ran out of time, that’s all,” the coach said after the defeat.',
        rewrite: 'The coach said after the defeat that the side ran out of time that afternoon – “that’s all”.',
        why: 'a quoted contraction with a curly apostrophe is read as the source writes it',
      },
      {
        source: 'Dr Ewa Nowak said: “The pressure is worst in orthopaedics and ophthalmology.” She added: “Patients are waiting in pain for their operations.”',
        rewrite: '“The pressure is worst in orthopaedics and ophthalmology – patients are waiting in pain for their operations,” said Dr Ewa Nowak.',
        why: 'two of the source\'s quotations joined at a dash, each word for word, alter no quoted words',
      },
      {
        why: 'a quoted fragment whose limiting word stays just outside the marks',
        source: 'The report said the roof was “almost completely rotten”.',
        rewrite: 'The report said the roof was almost “completely rotten”.',
      },
      {
        why: 'a quoted fragment cut after a word that limits nothing',
        source: 'He called the plan “a reckless and costly gamble”.',
        rewrite: 'He called the plan a “costly gamble”.',
      },
      {
        why: 'a verbatim fragment of the quote',
        source: 'The mayor described the decision as "a disgrace to the city" on Tuesday.',
        rewrite: 'The mayor described the decision as "a disgrace" on Tuesday.',
      },
      {
        why: 'speaker and verb inverted after the quote',
        source: '"We have never seen damage on this scale," the fire chief said.',
        rewrite: '"We have never seen damage on this scale," said the fire chief.',
      },
      {
        why: 'straight vs curly quotation marks',
        source: '"We have never seen damage on this scale," the fire chief said.',
        rewrite: '\u201cWe have never seen damage on this scale,\u201d the fire chief said.',
      },
    ],
  },

  attribution: {
    hits: [
      {
        source: 'Dr Ellen Marsh, the trust\'s chief executive, said the fall was welcome. Tom Reilly, who chairs the patients\' group, said many people were still waiting in pain. He said waits for scans had worsened over the same period.',
        rewrite: 'Dr Ellen Marsh, the trust\'s chief executive, said the fall was welcome. Tom Reilly, chair of the patients\' group, said many people were still waiting in pain. Waits for scans had grown longer over the same period, according to Marsh.',
        text: 'Marsh',
      },
      {
        source: 'Police said a 40-year-old woman had been arrested on suspicion of starting the fire.',
        rewrite: 'The fire service added that a woman of 40 had been arrested on suspicion of starting the blaze.',
        text: 'fire service',
      },
      {
        source: 'An independent report commissioned by the regulator found that 38% of the company\'s storm overflows had faulty monitors. Environment Secretary Joanna Pell said the fine was right.',
        rewrite: 'Thirty-eight per cent of the company\'s storm overflows had faulty monitors, said Environment Secretary Joanna Pell.',
        text: 'Environment Secretary Joanna Pell',
      },
      {
        source: 'Race director Helen Marsh said 18,400 people started. Kiprotich\'s coach, Samuel Otieno, said the heat had been brutal for the lead pack.',
        rewrite: 'Race director Helen Marsh said 18,400 people started. The heat had been brutal for the lead pack, the race director added.',
        text: 'race director',
      },
      {
        // A body's word stands for the claim's subject only: another name as speaker is another voice.
        source: 'Crumb & Co plans to open 45 new shops over the next two years, the company said on Wednesday.',
        rewrite: 'Harlow Mercantile Bank said on Wednesday that Crumb & Co intended to add 45 shops within two years.',
        text: 'Harlow Mercantile Bank',
      },
      {
        source: 'According to court documents, Kiprono paid Wachira €2,000 in cash three weeks before the race.',
        rewrite: 'Three weeks before the race, Kiprono paid Wachira €2,000 in cash, according to the defendant.',
        text: 'defendant',
      },
      {
        source: 'It was rumoured in the City that Castlegate’s chief executive, Ingrid Sørlie, would step down if a deal went ahead.',
        rewrite: 'Should a deal proceed, Castlegate’s chief executive, Ingrid Sørlie, would step aside, a Harbourline spokesman confirmed.',
        text: 'Harbourline spokesman',
      },
      {
        source: 'According to court documents, Wachira received €2,000 in cash from Kiprono three weeks before the race.',
        rewrite: 'Three weeks before the race, Kiprono paid Wachira €2,000 in cash, according to the defendant.',
        text: 'defendant',
      },
      {
        source: 'Dealers blamed the rally on reports that black pod disease had spread.',
        rewrite: 'The rally was driven by reports that black pod disease had spread.',
        text: 'The rally was driven',
      },
      {
        source: 'A company spokesperson said: “These are difficult decisions.” Chief executive Lena Brandt told investors in January that the company would spend $2 billion on AI.',
        rewrite: '“These are difficult decisions,” chief executive Lena Brandt said. In January, Brandt told investors that the company would spend $2bn on AI.',
        text: 'chief executive Lena Brandt',
      },
      {
        source: 'It is understood that his contract with Norrhavn will run for five years.',
        rewrite: 'The orchestra has confirmed that his contract with Norrhavn will run for five years.',
        text: 'orchestra',
      },
      {
        source: 'Halvorsen agreed to buy the bank on Monday. According to a person familiar with the talks, two rival lenders examined its books but walked away.',
        rewrite: 'Halvorsen agreed on Monday to buy the bank. Two rival lenders examined its books but then walked away, Halvorsen said in a statement.',
        text: 'Halvorsen',
        sourceText: 'person',
      },
      {
        source: 'The maternity unit at Wynford General is understood to be under review, although no decision on its future has been taken.',
        rewrite: 'Dr Marsh said the maternity unit at Wynford General was under review, though no decision had been taken on its future.',
        text: 'Dr Marsh',
      },
      {
        source: 'Head coach Dafydd Pryce has named a 36-man squad. Forwards coach Siôn Prydderch said the captain would be managed carefully. “Nobody is guaranteed a Test shirt,” the head coach said.',
        rewrite: 'Head coach Dafydd Pryce has named a 36-man squad. Forwards coach Siôn Prydderch said the captain would be managed carefully. Nobody was guaranteed a Test shirt, Prydderch said.',
        text: 'Prydderch',
      },
      {
        source: 'Chief executive Anders Lindgren said sales had fallen. The finance director, Ngozi Okonkwo-Hale, said the company would cut about 600 jobs.',
        rewrite: 'Chief executive Anders Lindgren said sales had fallen. Lindgren also said that about 600 jobs would be cut.',
        text: 'Lindgren',
      },
      {
        source: 'The Federation of Small Businesses called the parking charges “a tax on the high street”.',
        rewrite: 'For the council, the parking charges are “a tax on the high street”.',
        text: 'council',
      },
      {
        source: 'Head coach Graham Pell said Okafor would start on Saturday. Chief executive Sunita Rao said the signing showed the club\'s ambition.',
        rewrite: 'Head coach Graham Pell said Okafor would start on Saturday and that the signing showed the club\'s ambition.',
        text: 'the signing showed the club\'s ambition',
      },
      {
        source: 'Winter sailings to Inishvarra will end in November, the company announced on Tuesday.',
        rewrite: 'Winter sailings to Inishvarra will end in November.',
        text: 'Winter sailings to Inishvarra will end',
      },
      {
        source: 'Engineers from Caldwell Stone told the inquiry the cracks had been missed during a routine check in 2022.',
        rewrite: 'The inquiry heard that the cracks had been overlooked in a routine 2022 check.',
        text: 'The inquiry heard',
      },
      {
        text: 'its lender Corvant',
        source: 'Nordavia Airlines has signed an agreement to acquire Skyrell for €420 million, the two companies announced on Tuesday.',
        rewrite: 'Nordavia Airlines has signed an agreement to acquire Skyrell for €420 million, Nordavia and its lender Corvant announced on Tuesday.',
      },
      {
        source: 'Analyst Mia Roth of Berren Securities said prices could rise by 10% next year.',
        rewrite: 'Prices could rise by 10% next year, analysts said.',
        text: 'analysts',
      },
      {
        source: 'Pellow\'s agent, Martin Cole, claimed that several valid ballots had been wrongly rejected.',
        rewrite: 'Pellow claimed that several valid ballots had been wrongly thrown out.',
        text: 'Pellow',
      },
      {
        source: 'A spokesperson for the ministry said a trial of pay-as-you-go ticketing would be extended to 40 more stations.',
        rewrite: 'Okafor also said a trial of pay-as-you-go ticketing would be expanded to a further 40 stations.',
        text: 'Okafor',
      },
      {
        source: 'A spokesperson for the ministry said the trial would be extended to 40 more stations.',
        rewrite: 'Daniel Okafor said the trial would be extended to 40 more stations.',
        text: 'Daniel Okafor',
      },
      {
        source: 'The ombudsman, Clare Debnam, said the association had ignored warnings from its surveyors.',
        rewrite: 'Warnings from the association\'s surveyors had been ignored, a spokesperson for the ombudsman said.',
        text: 'spokesperson for the ombudsman',
      },
      {
        source: 'According to the Dunmore Chamber of Commerce, trade fell by a fifth in the first week.',
        rewrite: 'Trade fell by a fifth in the first week, according to officials at the port authority.',
        text: 'officials at the port authority',
      },
      {
        source: 'Campaign group Safe Streets warned that cyclists would be put at risk.',
        rewrite: 'Cyclists would be put at risk, the union warned.',
        text: 'union',
      },
      {
        source: 'Anna Berg said the claims were baseless.',
        rewrite: 'Harlow said the claims were baseless.',
        text: 'Harlow',
      },
      {
        source: 'Lomax\'s campaign claimed that dozens of postal ballots had been wrongly rejected and said it was considering a legal challenge. Returning officer Priya Nandakumar said the count had been conducted properly.',
        rewrite: 'Lomax\'s campaign said it was considering a legal challenge. According to returning officer Priya Nandakumar, dozens of postal ballots had been wrongly rejected, but the count had been conducted properly.',
        text: 'officer Priya Nandakumar',
      },
      {
        source: 'Officials said the bridge would reopen in May.',
        rewrite: 'Officials claimed the bridge would reopen in May.',
        text: 'claimed',
      },
      {
        source: 'Veltra agreed to buy Northgale. Veltra\'s chief executive, Marta Lindqvist, said the purchase would double the company\'s renewable capacity.',
        rewrite: 'Veltra agreed to buy Northgale. The purchase would double Veltra\'s renewable capacity, according to Northgale.',
        text: 'Northgale',
      },
      {
        source: 'The Environment Agency has taken Dunmore Water to court. The company said it was investing £30 million in storm tanks at two treatment works.',
        rewrite: 'The Environment Agency has taken Dunmore Water to court. According to the agency, Dunmore was putting £30m into storm tanks at two treatment works.',
        text: 'agency',
      },
      {
        source: 'The inquiry found that the authority had identified the damage in a 2021 survey. Repairs were completed in October. Residents\' group Brayford Flood Action said the report vindicated its campaign.',
        rewrite: 'According to Brayford Flood Action, the authority had spotted the damage in a 2021 survey. Repairs were completed in October. Residents\' group Brayford Flood Action said the report vindicated its campaign.',
        text: 'Brayford Flood Action',
      },
      {
        source: 'Diplomats said negotiators had worked through the night on Friday.',
        rewrite: 'Sørvik said negotiators had worked through Friday night.',
        text: 'Sørvik',
      },
      {
        source: 'Ms Adams said the plan would fail.',
        rewrite: 'In his view the plan would fail, Mr Brody said.',
        text: 'Mr Brody',
      },
      {
        source: 'The report recommends that no contract worth more than £500 million be signed without an independent review.',
        rewrite: 'No contract worth over £500m would be signed without an independent review.',
        text: 'No contract worth over £500m would be signed',
      },
      {
        source: "Calvara's chief medical officer, Dr Inés Moreau, said no new cases had been found for six weeks.",
        rewrite: "No new cases had been found for six weeks, Calvara's health ministry said.",
        text: "Calvara's health ministry",
      },
      {
        source: 'Inspector Dana Holt said the site had sold tickets for concerts that were already sold out. The concert promoter Brightside Live said it had reported the site to police in March.',
        rewrite: 'The site sold tickets for concerts that had already sold out, according to the concert promoter Brightside Live, which reported it to police in March.',
        text: 'concert promoter Brightside Live',
      },
      {
        source: 'The Audit Commission warned last year that the scheme was £40m over budget.',
        rewrite: 'Last year the Public Accounts Committee warned that the scheme was £40m over budget.',
        text: 'Public Accounts Committee',
      },
      {
        // a role word the two speakers share is no part of who speaks: the names differ
        source: 'After the match, Calder manager Ian Whitlock said that the penalty decision was harsh.',
        rewrite: 'After the match, Rovers manager Gail Turnbull said that the penalty decision was harsh.',
        text: 'Rovers manager Gail Turnbull',
      },
      {
        // two descriptions tied to different names are different speakers
        source: 'The deal values the dairy at £40 million. Analysts at Corbel Securities said the price looked "generous but fair".',
        rewrite: 'The deal values the dairy at £40m. Marsh Dairies\' advisers described the price as "generous but fair".',
        text: 'Marsh Dairies\' advisers',
      },
      {
        // a verb of telling beyond the listed ones, with its own "that" clause, attributes it
        source: 'Union organiser Jo Pike complained that the pay offer was unfair to night staff.',
        rewrite: 'The pay offer was unfair to night staff.',
        text: 'The pay offer was',
      },
      {
        source: "Harrowgate Foods has agreed to buy Crumbwell. Harrowgate's chief executive, Owain Prydderch, said the takeover would give the group a high-street presence. He said there were no plans to close any Crumbwell shops.",
        rewrite: "Crumbwell is to be bought by Harrowgate Foods. The deal would give the group a high-street presence, said Owain Prydderch, Harrowgate's chief executive. Harrowgate said there were no plans to close any Crumbwell shops.",
        text: 'Harrowgate',
      },
      {
        source: 'Dr Ana Okafor said catches were down. Harbour master Piet Vandermolen said landings had fallen by about a quarter since 2024.',
        rewrite: 'Dr Ana Okafor said catches were down. He said landings had dropped by around a quarter since 2024.',
        text: 'He',
      },
      {
        source: 'Harbourline argues that the policies excluded damage from rising groundwater.',
        rewrite: "Delmont's position is that the policies excluded damage from rising groundwater.",
        text: 'Delmont',
      },
      {
        // the claim's own verb is a passive "reported" of a thing: it names, it attributes nothing
        source: 'Lawyers for the association said damp and mould had been reported repeatedly since 2021.',
        rewrite: 'Damp and mould have been reported repeatedly since 2021.',
        text: 'Damp and mould have been reported',
      },
      {
        // A pronoun speaker stands for the person named as the speaker just before.
        source: 'Talks in Oslo between Mira Halvdan and Jon Berg ended on Friday. Halvdan said both sides would keep the quotas. She said the talks had been frank.',
        rewrite: 'Talks in Oslo between Mira Halvdan and Jon Berg ended on Friday. Halvdan said both sides would keep the quotas. Berg said the talks had been frank.',
        text: 'Berg',
      },
      {
        source: 'Landings at the port had fallen by a third since the turbines went up, the harbour master said. Fisherman Ian Tavish said he now sailed twice as far to find cod.',
        rewrite: 'Landings at the port had fallen by a third since the turbines went up, fisherman Ian Tavish said. He said he now sailed twice as far to find cod.',
        text: 'fisherman Ian Tavish', sourceText: 'harbour master',
      },
      {
        source: 'The Met Office said rainfall in June was 40% below average. The water company said reservoirs were at 60% of capacity.',
        rewrite: 'The water company said rainfall in June was 40% below average. Reservoirs were at 60% of capacity, it said.',
        text: 'water company', sourceText: 'Met Office',
      },
      {
        source: 'The plant will close in May with the loss of 80 jobs, the company said.',
        rewrite: 'The plant will close in May with the loss of 80 jobs.',
        text: 'The plant will close',
      },
      {
        source: 'Inflation will ease later this year, said Ines Carvalho, an economist at the central bank.',
        rewrite: 'Inflation will ease later this year, said Marc Dubois, an economist at the central bank.',
        text: 'Marc Dubois', sourceText: 'Ines Carvalho',
      },
      {
        source: 'The minister said the figures were accurate and complete.',
        rewrite: 'The minister claimed the figures were accurate and complete.',
        text: 'claimed', sourceText: 'said',
      },
    ],
    quiet: [
      {
        source: 'Officers believe two men entered through a skylight on the roof shortly after 2am and were inside for less than five minutes.',
        rewrite: 'Police think two men got in through a roof skylight just after 2am and spent under five minutes inside.',
        why: 'a body word capitalised to open the sentence is no name',
      },
      {
        why: 'a body\'s officer against the body\'s own report, the body named in the report\'s sentence (a guard)',
        source: 'An independent report by Ofwat found that 38% of storm overflows had faulty monitors. Ofwat chief executive David Black said the fine was right.',
        rewrite: 'Thirty-eight per cent of storm overflows had faulty monitors, said Ofwat chief executive David Black.',
      },
      {
        why: 'the title the source gives the same person, told without the name (a guard)',
        source: 'Race director Helen Marsh said 18,400 people started. Kiprotich\'s coach, Samuel Otieno, said the heat had been brutal for the lead pack.',
        rewrite: 'Race director Helen Marsh said 18,400 people started. The heat had been brutal for the lead pack, Kiprotich\'s coach added.',
      },
      {
        why: 'a title the named speaker\'s own words hold ("Brightmesh spokesperson" / "a spokesperson for the company") is the same voice (a guard)',
        source: 'The company\'s lawyer, Ruth Adair, said the claim would be defended. A Brightmesh spokesperson said the app had never shared any data.',
        rewrite: 'The company\'s lawyer, Ruth Adair, said the claim would be defended. The app had never shared any data, a spokesperson for the company said.',
      },
      {
        why: '"the company" after a claim whose subject is the name is the name\'s voice',
        source: 'Crumb & Co plans to open 45 new shops over the next two years, the company said on Wednesday.',
        rewrite: 'Crumb & Co said on Wednesday that it intended to add 45 shops within two years.',
      },
      {
        why: "\"found\" with an object and an adverb after it (\"down from 26\") reports no claim",
        source: 'Poaching has fallen since the drones arrived: rangers found 11 elephant carcasses in the first half of this year, down from 26 in the same period last year.',
        rewrite: 'Since the drones arrived, poaching has declined: in the first six months of this year rangers came across 11 elephant carcasses, compared with 26 over the same months of last year.',
      },
      {
        why: "a plural counted by a number is no verb: \"rejected two earlier bids\" reports nothing",
        source: 'Castlebury rejected two earlier bids from Riverton, the second worth £15 million, before accepting the improved offer.',
        rewrite: 'Only after turning down two earlier Riverton bids - the second of them for £15m - did Castlebury accept the improved offer.',
      },
      {
        why: "the record the claim was set out in, named in the rewrite: \"according to a joint statement\" / \"set out the exchange in a joint statement\"",
        source: 'In return, the National Gallery will send three landscapes to Hallbrook for a show next spring, according to a joint statement released on Monday.',
        rewrite: 'Hallbrook will receive three landscapes from the National Gallery for an exhibition next spring. The two institutions set out the exchange in a joint statement released on Monday.',
      },
      {
        why: "a claim told as what a noun of claiming holds: \"sued, alleging that the app infringes\" / \"sued over claims that the app infringes\"",
        source: 'Lindqvist Systems has sued the Austin-based start-up Corvane Labs, alleging that its photo-compression app infringes two patents Lindqvist was granted in 2019.',
        rewrite: 'Corvane Labs, a start-up based in Austin, is being sued by Lindqvist Systems over claims that Corvane\'s photo-compression app infringes two patents granted to Lindqvist in 2019.',
      },
      {
        why: 'a pronoun speaker after "according to" a title and the name in apposition: "according to Corvane\'s chief executive, Marcus Ibáñez" … "he said"',
        source: 'Corvane\'s chief executive, Marcus Ibáñez, said the start-up had developed the method itself. Ibáñez said Corvane had hired the law firm Hale & Morrow to defend it.',
        rewrite: 'The start-up developed the method in-house, according to Corvane\'s chief executive, Marcus Ibáñez. The law firm Hale & Morrow has been hired by Corvane for its defence, he said.',
      },
      {
        why: 'a record speaker\'s act told as a participle describing the claim\'s subject: "tests found that none of the samples" / "none of the samples tested"',
        source: 'The firm sold the honey to shops across Wales. Laboratory tests commissioned by the council found that none of the jars contained any real honey.',
        rewrite: 'The firm sold the honey to shops across Wales. Not one of the jars tested in laboratories on behalf of the council contained any real honey.',
      },
      {
        why: 'a record\'s act told as a participle the parser first read as the main verb: "Not a single jar analysed in the council\'s laboratory contained"',
        source: 'Laboratory tests commissioned by the council found that none of the jars contained any real honey.',
        rewrite: 'Not a single jar analysed in the council\'s laboratory contained any real honey.',
      },
      {
        why: 'a denial is one side of a dispute, as insisting is',
        source: 'It denied that the orchestra had been singled out.',
        rewrite: 'It insisted the orchestra had not been singled out.',
      },
      {
        why: "a verb of telling with only a phrase after it (\"has written to the chief executive\") tells of a letter, not a claim",
        source: 'The Information Commissioner’s Office is investigating and has written to the trust’s chief executive, Dr Kwame Asante-Boyd.',
        rewrite: 'Dr Kwame Asante-Boyd, the trust’s chief executive, has received a letter from the Information Commissioner’s Office, which has opened an investigation.',
      },
      {
        why: 'a record\'s author told as the speaker is the same voice',
        source: 'A report by the inspector found that the wall was unsafe.',
        rewrite: 'The wall was unsafe, the inspector said.',
      },
      {
        why: '"by the organisers\' count" attributes the figure as "according to organisers" does',
        source: 'More than 3,000 students marched on Thursday, according to organisers.',
        rewrite: 'Students – more than 3,000 of them, by the organisers’ count – marched on Thursday.',
      },
      {
        why: "\"in the words of\" names the speaker",
        source: 'Prosecutor Helen Achterberg said Maher had treated insurers as a cash machine.',
        rewrite: 'In the words of the prosecutor, Helen Achterberg, Maher had treated insurers as a cash machine.',
      },
      {
        why: 'the pronoun speaker stands for the name told before it in its own sentence',
        source: 'Engineer Tom Reid said the bridge had failed because of corrosion. Priya Lal replaced Dermot Keane as head of highways in April; she said the council accepted all 11 recommendations.',
        rewrite: 'Engineer Tom Reid said corrosion had caused the bridge to fail. Dermot Keane was succeeded as head of highways in April by Priya Lal, who said the council accepted all 11 recommendations.',
      },
      {
        why: 'an unnamed speaker the source sentence names in apposition is that name',
        source: 'No one was killed, according to a spokesman for the fire service, Tomás Ibáñez.',
        rewrite: 'Nobody died, said Tomás Ibáñez, who speaks for the fire service.',
      },
      {
        why: 'a plural voice in the rewrite against a source speaker whose act is another word is not compared',
        source: 'Behaviour in lessons was judged to be good, and pupils said they felt safe.',
        rewrite: 'Behaviour in lessons was rated good, and pupils reported feeling safe.',
      },
      {
        why: 'the description\'s own word capitalised, or the name\'s initials, are the same speaker ("the union" / "the ACU" for the Aviation Crew Union)',
        source: 'The Aviation Crew Union balloted its members. The union said 84% had backed a strike.',
        rewrite: 'The Aviation Crew Union balloted its members. The ACU said 84% had backed a strike.',
      },
      {
        why: 'a title the source gives one name, told by that name, is the same speaker',
        source: 'Head coach Dafydd Pryce has named a 36-man squad. “Nobody is guaranteed a Test shirt,” the head coach said.',
        rewrite: 'Head coach Dafydd Pryce has named a 36-man squad. Nobody was guaranteed a Test shirt, Pryce said.',
      },
      {
        why: "a fronted place (\"At the Domaine Laforêt, …\") is no speaker; the speaker is the subject after it",
        source: 'At the Domaine Laforêt, winemaker Hélène Castagné said she expected to harvest less than half of a normal crop.',
        rewrite: 'Hélène Castagné, who makes the wine at the Domaine Laforêt, said she expected her harvest to come in at under half of a normal crop.',
      },
      {
        why: 'asking another to act, told with a verb of the same sense, whoever it is told of, drops no attribution (a swap of who asked whom is the roles\' finding)',
        source: 'Minister Fiona Leckie urged the company to appoint an independent arbiter.',
        rewrite: 'The company pressed minister Fiona Leckie to bring in an independent arbiter.',
      },
      {
        source: 'The Federation of Small Businesses called the parking charges “a tax on the high street”.',
        rewrite: 'For the Federation of Small Businesses, the parking charges are “a tax on the high street”.',
        why: "a party fronted by \"for\" before a comma gives whose judgement the clause is",
      },
      {
        why: 'two speakers kept apart in a joined rewrite are each their own',
        source: 'Head coach Graham Pell said Okafor would start on Saturday. Chief executive Sunita Rao said the signing showed the club\'s ambition.',
        rewrite: 'Okafor will start on Saturday, head coach Graham Pell said, while chief executive Sunita Rao said the signing showed the club\'s ambition.',
      },
      {
        why: "a speaker told by a word for a body after a claim whose subject is a name is that name: \"Northsound Ferries plans …, the company announced\" = \"under plans unveiled by Northsound Ferries\"",
        source: 'Northsound Ferries plans to cancel all winter sailings between Portmaddock and Inishvarra, the company announced on Tuesday.',
        rewrite: 'Winter crossings between Portmaddock and Inishvarra would be scrapped altogether under plans unveiled by Northsound Ferries on Tuesday.',
      },
      {
        why: "whom a claim is heard from speaks it: \"X told the inquiry\" = \"the inquiry heard from X that\"",
        source: 'Engineers from Caldwell Stone told the inquiry the cracks had been missed during a routine check in 2022.',
        rewrite: 'The inquiry heard from engineers at Caldwell Stone that the cracks had been overlooked in a routine 2022 check.',
      },
      {
        why: 'the speaker announcing after a fronted phrase with a relative clause in it (the parse of the phrase ends at its comma)',
        source: 'Two Amur leopard cubs born at Kestrelmoor Wildlife Park in April have been named after a public vote, the park said on Friday.',
        rewrite: 'Following a public vote that drew thousands of entries, Kestrelmoor Wildlife Park announced on Friday the names of the two Amur leopard cubs born there in April.',
      },
      {
        why: "a plural word for the parties (\"the two companies\") against the same parties named together",
        source: 'Nordavia Airlines has signed an agreement to acquire the regional carrier Skyrell for €420 million, the two companies announced on Tuesday.',
        rewrite: 'An agreement has been signed for a €420m takeover, Nordavia Airlines and the regional carrier Skyrell announced on Tuesday.',
      },
      {
        why: "a participle describing a noun in a phrase (\"under a deal announced on Monday\") is no report by the name before the phrase",
        source: 'Kestrel will launch 18 satellites for the Nordic operator Auroral Systems under a deal announced on Monday.',
        rewrite: 'Under a deal unveiled on Monday, Kestrel will launch 18 satellites for Auroral Systems, the Nordic operator.',
      },
      {
        why: 'a relative clause set off by commas ends at its comma: the name it describes is the speaker, not the clause\'s last noun',
        source: 'The figures were welcome, said Graham Tolley, chair of the patients\' group Northmoor Voices.',
        rewrite: 'Graham Tolley, who chairs the patients\' group Northmoor Voices, said the figures were welcome.',
      },
      {
        why: 'many voices for many voices of one firm ("Analysts at Harrington Lowe" / "analysts")',
        source: 'Analysts at Harrington Lowe said the merger would cut costs.',
        rewrite: 'The merger would cut costs, analysts said.',
      },
      {
        why: 'a passive\'s agent named after its description, before a participle aside, is the whole speaker',
        source: 'Opening the case for the Crown, prosecutor Helena Strand told the jury that the scheme had cost the insurer £2.1m.',
        rewrite: 'The jury was told by prosecutor Helena Strand, opening the Crown\'s case, that the scheme had cost the insurer £2.1m.',
      },
      {
        why: 'a thing that means a clause says nothing: "The new cap means" attributes no claim',
        source: 'The new cap means a typical household will be charged £1,652 a year.',
        rewrite: 'Under the new cap, a typical household will be charged £1,652 a year.',
      },
      {
        why: 'a named speaker described as a spokesperson may be the unnamed spokesperson',
        source: 'Anna Berg, a spokesperson for the council, said the library would reopen in May.',
        rewrite: 'A spokesperson for the council said the library would reopen in May.',
      },
      {
        why: 'a description of the body a name is ("the union" for "Unite") may be that body',
        source: 'Unite warned that drivers would be put at risk.',
        rewrite: 'Drivers would be put at risk, the union warned.',
      },
      {
        why: 'two words for a company are one kind of body',
        source: 'The Kestrel Group said the plant would close in June.',
        rewrite: 'The plant will close in June, the company said.',
      },
      {
        why: 'naming a thing with a noun phrase of one\'s own ("which the operator calls its biggest overhaul") is a reporting act, as "describes as" is',
        source: 'The changes, which the company describes as the biggest overhaul of services in ten years, include four extra trains an hour at peak times.',
        rewrite: 'Four additional trains an hour at peak times are among the changes, which the operator calls its biggest service overhaul in ten years.',
      },
      {
        why: '"described X as \'Y\'" reports the speaker however the parse hangs the "as"',
        source: 'The passenger group Bus Users Kelby welcomed the later buses but said the loss of the night service was "a real blow" for nurses.',
        rewrite: 'Bus Users Kelby, a passenger group, welcomed the later services but described the loss of the night service as "a real blow" for nurses.',
      },
      {
        why: 'a pronoun speaker ("She said") for the person who said it in the joined source sentence the claim comes from, not the speaker of the other',
        source: 'Vantor, the Eastby-based software company, said on Wednesday it had cut 800 jobs, or about 7% of its workforce, as it redirects investment towards cloud services. In a memo to staff, chief executive Grace Okafor said most of the affected roles were in sales and marketing. "These are people who helped build Vantor, and this was not a decision we took lightly," she wrote. A few of the departing employees will be offered positions in the company\'s new cloud division, Okafor added.',
        rewrite: 'Eastby-based software company Vantor said on Wednesday that it had cut 800 jobs – roughly 7 per cent of its workforce – as it redirects investment into cloud services. Most of the roles affected are in sales and marketing, Grace Okafor, the chief executive, told staff in a memo. Okafor wrote that those leaving were "people who helped build Vantor", adding: "this was not a decision we took lightly." She said a few of the departing employees would be offered jobs in Vantor\'s new cloud division.',
      },
      {
        why: 'a trailing speaker with a description in apposition (", Ana Ruiz, the chief executive, told staff in a memo") keeps the claim attributed',
        source: 'In a memo, chief executive Ana Ruiz said most of the roles were in marketing.',
        rewrite: 'Most of the roles are in marketing, Ana Ruiz, the chief executive, told staff in a memo.',
      },
      {
        why: 'the same plural speaker, read as a name after an opening quotation mark',
        source: 'The ombudsman, Sara Holt, said: “Tenants reported damp and leaks again and again.”',
        rewrite: '“Tenants reported damp and leaks again and again,” said Sara Holt, the ombudsman.',
      },
      {
        why: 'someone who speaks for a party ("Its lawyer, Marta Koivisto") and the party itself ("Kestrel said") are one voice',
        source: 'Kestrel denies the claims. Its lawyer, Marta Koivisto, said the claims were baseless.',
        rewrite: 'Kestrel denies the claims. Kestrel said the claims were baseless.',
      },
      {
        why: 'a claim told plainly as said ("claimed" -> "said") is still the speaker\'s: noted at info, not warned',
        source: 'Lomax\'s campaign claimed that dozens of postal ballots had been wrongly rejected.',
        rewrite: 'Lomax\'s campaign said dozens of postal ballots had been wrongly rejected.',
      },
      {
        why: '"Pike\'s lawyer" and "Pike\'s attorney": a speaker known only by its owner and a role is compared with its owner',
        source: 'Pike\'s lawyer said the charges would be contested.',
        rewrite: 'The charges would be contested, according to Pike\'s attorney.',
      },
      {
        why: '"the company" may be the body the documents call "the airline Kestrel": two words for bodies name one party',
        source: 'The airline Kestrel said on Monday it would cut 300 jobs. The company said the cuts were needed.',
        rewrite: 'The airline Kestrel said on Monday it would cut 300 jobs. Kestrel said the cuts were needed.',
      },
      {
        why: 'a participle describing an inverted speaker is the speaker\'s phrase, not a clause ("…, alleges a lawsuit filed in the High Court on Wednesday")',
        source: 'The lawsuit, filed in the High Court on Wednesday, claims that Vantor Systems copied code from a rival\'s accounting software.',
        rewrite: 'Vantor Systems copied code from a rival\'s accounting software, alleges a lawsuit filed in the High Court on Wednesday.',
      },
      {
        why: 'a heading or other phrase with no verb states no claim whose attribution it could drop',
        source: 'According to the complaint, the feature recorded calls without consent.',
        rewrite: 'The complaint',
      },
      {
        why: 'a reporting verb before "that" after a phrase is the phrase\'s verb, though the word tagger reads a noun ("Figures published on Monday show that …")',
        source: 'The trust has cut the number of patients waiting more than a year from 640 to 210, according to figures published on Monday.',
        rewrite: 'Figures published on Monday show that the trust has cut the number of patients waiting more than a year from 640 to 210.',
      },
      {
        why: 'a reporting verb\'s plural form closing the sentence after a phrase with its own modifiers is the attribution ("…, figures published on Tuesday by the firm show")',
        source: 'Fenmore is now the third-largest grocer, according to figures published on Tuesday by the research firm Tillage Insight.',
        rewrite: 'Fenmore is now the third-largest grocer, figures published on Tuesday by the research firm Tillage Insight show.',
      },
      {
        why: 'the same group of people, named by where they work in one text and not the other',
        source: 'Analysts at Harrington Lowe said investors would question the management team.',
        rewrite: 'The warning was the third in 18 months, according to analysts at Harrington Lowe, who said investors would question the management team.',
      },
      {
        why: 'a time after "since" is no speaker: the name before the appositive is',
        source: 'Headteacher Olusegun Bakare, who took over in September 2025, said he was pleased with the progress.',
        rewrite: 'Olusegun Bakare, headteacher since September 2025, said he was pleased with the progress.',
      },
      {
        why: '"told" never inverts: the words after it are the hearer, not the speaker',
        source: 'The rider was not speeding, a collision investigator, PC Ruth Adeyemi, told the court.',
        rewrite: 'Collision investigator PC Ruth Adeyemi told the court that the rider was not speeding.',
      },
      {
        why: '"in his view" is an attribution to the pronoun, as "he said" is',
        source: 'He said the hoard was likely to have been buried between 875 and 880.',
        rewrite: 'In his view the hoard was probably buried between 875 and 880.',
      },
      {
        why: 'a finding told by a pronoun for what the account is about ("It found") adds no one\'s view',
        source: 'It found that 31% of urgent jobs missed the deadline.',
        rewrite: 'Of the urgent jobs, 31 per cent failed to meet the deadline.',
      },
      {
        why: 'a nationality adjective before a person noun names no one: "the Polish player" may be "the Pole"',
        source: '"Zoë was simply better at the important moments," the Pole said.',
        rewrite: '"Zoë was simply better at the important moments," said the Polish player.',
      },
      {
        why: 'the speaker owns the noun of its own reporting act ("the report recommends" / "under the report\'s recommendations")',
        source: 'The report recommends that no contract worth more than £500 million be signed without an independent review.',
        rewrite: 'Under the report’s recommendations, no contract worth over £500m would be signed without an independent review.',
      },
      {
        source: "Brisa's chief executive said the airline would add six routes.",
        rewrite: "Tomás Eguren, Brisa's chief executive, said the airline would add six routes.",
        why: 'a post and the person named in it are one speaker',
      },
      {
        source: 'Researchers at Dunmore University have found that the lichen absorbs more lead than thought, according to a study published on Monday.',
        rewrite: 'The lichen absorbs more lead than thought, a Dunmore University study published on Monday has found.',
        why: 'a phrase of time after the speaker ("published on Monday") is no part of who speaks: the study, not Monday',
      },
      {
        source: 'Harbour Watch, a residents\' group, had argued that the roads could not cope. Its chair, Maeve Collins, said the group was disappointed and would consider an appeal.',
        rewrite: 'Harbour Watch, a residents\' group, had argued that the roads could not cope; Maeve Collins, its chair, said the group was disappointed and would consider an appeal.',
        why: 'two clauses joined by a semicolon each keep their own speaker',
      },
      {
        why: 'the speaker is the subject of the verb the claim\'s words hang on ("put the problem down to …"): the claim is still theirs',
        source: "Linkway's operations director, Dervla Kinsella, apologised to passengers and said the cause was a failed cable joint.",
        rewrite: "Apologising to passengers, Dervla Kinsella, Linkway's director of operations, put the problem down to a cable joint that had failed.",
      },
      {
        why: 'a question after a reporting verb ("will reveal how …") is no one\'s claim, so there is no attribution to drop',
        source: 'Researchers hope the core, thought to be 40,000 years old, will reveal how the glacier formed.',
        rewrite: 'Researchers are hoping that the core, believed to be some 40,000 years old, will show how the glacier formed.',
      },
      {
        why: 'a description tied to a name ("Cobalt Ledger\'s chief executive") may be the person a bare name names',
        source: 'Hannah Okafor said the merger would create 200 jobs.',
        rewrite: 'Cobalt Ledger\'s chief executive said the merger would create 200 jobs.',
      },
      {
        why: 'a question after a verb of thinking ("is investigating how") is no one\'s claim',
        source: 'The council is investigating how the contract was awarded, and will report in May.',
        rewrite: 'How the contract was awarded is being looked into, and the council will report in May.',
      },
      {
        source: 'Harbourline argues that the policies excluded damage from rising groundwater.',
        rewrite: "The insurer's position is that the policies excluded damage from rising groundwater.",
        why: '"X\'s position is that …" gives the clause as the possessor\'s claim: still attributed',
      },
      {
        source: '“I was nervous at the end, but the crowd carried me,” Ferrández told reporters.',
        rewrite: '“I was nervous at the end, but the crowd carried me,” the Spaniard told reporters.',
        why: '"the Spaniard" describes a person; it names no other speaker',
      },
      {
        why: '"called X \'…\'" reports the speaker\'s words as "described X as \'…\'" does',
        source: "Almera's coach, Rafael Ordóñez, described him as “exactly the player we needed”.",
        rewrite: 'Rafael Ordóñez, the Almera coach, called him “exactly the player we needed”.',
      },
      {
        why: 'an argued position told as claimed keeps its stance: "argue" puts one side of a dispute, as "claim" does and "say" may',
        source: 'The council argued that the fees were lawful.',
        rewrite: 'The council claimed that the fees were lawful.',
      },
      {
        why: '"according to the complaint" reports an allegation as "alleges" does',
        source: 'Brightwater alleges that Kestrel walked away from the contract in 2023.',
        rewrite: 'According to the complaint, Kestrel pulled out of the contract in 2023.',
      },
      {
        why: 'a company "reported a loss": the verb has its subject before the comma and a thing after it, no speaker after it',
        source: 'Corrie & Blythe, which has 34 shops, reported a loss of £4.1 million last year.',
        rewrite: 'Corrie & Blythe has 34 shops and made a loss of £4.1m last year.',
      },
      {
        why: 'a reporting verb\'s -ing form before "that" keeps the claim attributed ("with the chamber warning that"), though tagged as the noun',
        source: 'Traders are divided: the Ashcombe Chamber of Commerce has warned that some shops could lose passing trade.',
        rewrite: 'Opinion among traders is split, with the Ashcombe Chamber of Commerce warning that some shops could lose passing trade.',
      },
      {
        why: 'a name before a description and an appositive ("X, project manager for the developer, Y, said") is the speaker',
        source: 'Thandiwe Morrow, project manager for the developer, Southsea Windline, said the zones were temporary and would shrink once the masts were in place.',
        rewrite: 'The zones are temporary and will shrink once the masts have been installed, said Thandiwe Morrow, the project manager at the developer, Southsea Windline.',
      },
      {
        why: 'an aside opened by a participle ("X, passing sentence at …, said") is no appositive speaker: the speaker is the name before it',
        source: 'Sentencing him at Carden Crown Court on Monday, Judge Ruth Abara said the bank’s staff had been “terrified for their lives”.',
        rewrite: 'Judge Ruth Abara, passing sentence at Carden Crown Court on Monday, said staff at the bank had been “terrified for their lives”.',
      },
      {
        why: 'a pronoun speaker named in the rewrite as the person named as the speaker just before',
        source: 'Talks in Oslo ended on Friday. Mira Halvdan said both sides would keep the quotas. She said the talks had been frank.',
        rewrite: 'Talks in Oslo ended on Friday. Mira Halvdan said both sides would keep the quotas. Halvdan said the talks had been frank.',
      },
      {
        why: 'a speaker described by age ("the 61-year-old") still speaks',
        source: 'Lena Farrow, 61, had argued that the judge misdirected the jury.',
        rewrite: 'The 61-year-old had told the court that the judge misdirected the jury.',
      },
      {
        why: 'a pronoun speaker named in the verb that replaced the reporting verb',
        source: 'Officers arrested Adam Saleh on Friday. He urged residents to check their locks.',
        rewrite: 'Officers arrested Adam Saleh on Friday. Saleh appealed to residents to check their locks.',
      },
      {
        why: 'an age in commas after the speaker keeps the speaker ("The German, 31, said")',
        source: 'Cyclist Jonas Weber abandoned the race after a crash on Tuesday. The 31-year-old German said he hoped to ride in the Tour.',
        rewrite: 'Jonas Weber abandoned the race after crashing on Tuesday. The German, 31, said he was hoping to ride in the Tour.',
      },
      {
        why: 'a reporting verb kept in the passive still reports ("Residents were urged")',
        source: 'Flooding has closed 14 roads in the county, police said on Sunday. They urged residents to avoid all but essential journeys.',
        rewrite: 'Police said on Sunday that flooding had closed 14 roads in the county. Residents were urged to avoid all but essential journeys.',
      },
      {
        why: 'a pronoun for the speaker in the verb that replaced the reporting verb',
        source: 'A poll by the charity Carewell found that one in three carers had no break last year. The charity urged ministers to fund respite care.',
        rewrite: 'According to a poll by the charity Carewell, a third of carers had no break last year. It called on ministers to fund respite care.',
      },
      {
        why: 'a speaker named as the doer of a reporting noun ("the announcement by X that")',
        source: 'Voters in Kelby will choose a new mayor in June after the incumbent, Rita Vance, announced she would retire.',
        rewrite: 'Kelby will elect a new mayor in June following the announcement by Rita Vance, the incumbent, that she would retire.',
      },
      {
        why: '"In the view of X" attributes the opinion to X, as "X said" does',
        source: 'Chief Constable Mara Delaney said she did not think Saturday\'s march through Brenford would turn violent.',
        rewrite: 'In the view of Chief Constable Mara Delaney, Saturday\'s march through Brenford was not going to turn violent.',
      },
      {
        why: 'a speaker set off by a comma after the claim, with a short tail after the verb, closes the sentence: "…, prosecutor Rachel Ingham told the court."',
        source: 'Rachel Ingham, prosecuting, told the court that the victim had been followed for more than a mile before the attack.',
        rewrite: 'The victim had been followed for more than a mile before the attack, prosecutor Rachel Ingham told the court.',
      },
      {
        why: 'a passive reporting verb\'s speaker is its agent after it, not its subject',
        source: 'Water company Brenford Water urged customers to use hoses sparingly.',
        rewrite: 'Customers were urged by Brenford Water to go easy with their hoses.',
      },
      {
        why: 'a participle right after another verb\'s object describes it and reports nothing ("blaming problems found during testing")',
        source: 'Software company Brightline has postponed the launch of its app by three months, blaming problems found during testing.',
        rewrite: 'Brightline, a software company, has put back the launch of its app by three months, citing problems uncovered during testing.',
      },
      {
        why: 'a description speaker may be the party the rewrite names ("the company" / "Greystone")',
        source: 'Greystone Homes, the Leeds-based developer, said it would start work in May. The company said a third of the homes would be affordable.',
        rewrite: 'Greystone Homes, based in Leeds, said it would start work in May. A third of the homes would be affordable, Greystone said.',
      },
      {
        why: 'a reporting verb in an infinitive with no clause of its own tells of an act ("called her rival to concede")',
        source: 'The incumbent called Ms Reyes to concede on Sunday night.',
        rewrite: 'Ms Reyes received a call from the incumbent conceding defeat on Sunday night.',
      },
      {
        why: 'a speaker before a relative clause set off by commas ("Greenline Coaches, which operates it, had said")',
        source: 'Its operator, Greenline Coaches, had said the service was no longer commercially viable.',
        rewrite: 'Greenline Coaches, which operates it, had said the service was no longer commercially viable.',
      },
      {
        why: 'a relative clause names its speaker ("from a former director, …, who said …")',
        source: 'A former finance director accused of siphoning money from a housing charity told a jury on Tuesday that she had been acting on instructions from the chief executive.',
        rewrite: 'A jury heard on Tuesday from a former finance director, accused of siphoning money from a housing charity, who said she had been acting on instructions from the chief executive.',
      },
      {
        why: '"described X as Y" characterises X: the claim stays attributed',
        source: 'Halden Marine said in a statement that the union\'s demand was unaffordable.',
        rewrite: 'In a statement, Halden Marine described the union\'s demand as unaffordable.',
      },
      {
        why: 'a first word read as a verb with another verb after it is that verb\'s subject ("Figures from the port authority showed")',
        source: 'At least 30 ships were waiting at anchor outside the harbour by Monday afternoon, port authority data showed.',
        rewrite: 'Figures from the port authority showed no fewer than 30 vessels lying at anchor beyond the harbour by Monday afternoon.',
      },
      {
        why: '"reported that children who …": a "that" opens the claim even where the parser took its noun for an object',
        source: 'Researchers at the University of Eastmere followed 3,400 children. They found that daily drinkers were about 40 percent more likely to need fillings.',
        rewrite: 'The research tracked 3,400 children. Its authors, from the University of Eastmere, reported that children who had the drinks every day were roughly 40 percent likelier to need fillings.',
      },
      {
        why: 'a trailing participle with an object names an act, not a speaker ("…, adding capacity of …")',
        source: 'The group opened its new production line at Avonmouth in February, adding capacity of 1.5 million meals a month.',
        rewrite: 'A new production line at Avonmouth, opened by the group in February, has added capacity of 1.5 million meals a month.',
      },
      {
        why: 'a clause marked as a time or cause is not what the verb reports ("added a third after coming off the bench")',
        source: 'Joel Amadi added a third in stoppage time after coming off the bench.',
        rewrite: 'A third was added in stoppage time by Joel Amadi, who had come off the bench.',
      },
      {
        why: 'a trailing speaker with a preposition in the noun phrase ("shopkeepers on Skarra warned")',
        source: 'Shopkeepers on Skarra warned that a long dispute could disrupt deliveries of fuel.',
        rewrite: 'A prolonged dispute could disrupt deliveries of fuel, shopkeepers on Skarra warned.',
      },
      {
        why: 'a trailing attribution closed by a comma, with a long tail after it',
        source: 'Park manager Denise Alvarado said the burn area had recovered faster than expected, with saplings already waist-high in places.',
        rewrite: 'The burnt area had recovered more quickly than expected, said park manager Denise Alvarado, with saplings already waist-high in places.',
      },
      {
        why: 'an infinitive describing a noun reports nothing ("the acquisition to add to earnings")',
        source: 'The company expects the acquisition to add to earnings per share in its first full year.',
        rewrite: 'The company expects the acquisition to be accretive to earnings per share in its first full year.',
      },
      {
        why: '"the company said" vs "according to the company"',
        source: 'The plant will close in May with the loss of 80 jobs, the company said.',
        rewrite: 'According to the company, the plant will close in May with the loss of 80 jobs.',
      },
      {
        why: 'said vs stated',
        source: 'The water supply is safe to drink, the utility said on Monday.',
        rewrite: 'The water supply is safe to drink, the utility stated on Monday.',
      },
      {
        why: '"the company said" vs "said the company"',
        source: 'The plant will close in May with the loss of 80 jobs, the company said.',
        rewrite: 'The plant will close in May with the loss of 80 jobs, said the company.',
      },
    ],
  },

  'roles-swapped': {
    hits: [
      {
        source: 'Fairway sold its 25% stake in QuickPick to Ardmore Capital last week.',
        rewrite: 'Last week Fairway bought Ardmore Capital’s 25% holding in QuickPick.',
        text: 'Fairway bought Ardmore Capital',
      },
      {
        source: 'In the men’s race, Ethiopia’s Tesfaye Alemu finished ahead of Norway’s Håkon Ødegård by four seconds after a sprint.',
        rewrite: 'The men’s race was settled by a sprint, where Norway’s Håkon Ødegård beat Ethiopia’s Tesfaye Alemu to the line by four seconds.',
        text: 'Håkon Ødegård beat Ethiopia’s Tesfaye Alemu',
      },
      {
        source: 'Harlow Athletic beat Kestrel Rovers by two goals on Saturday.',
        rewrite: 'On Saturday Kestrel Rovers beat Harlow Athletic by two goals.',
        text: 'Kestrel Rovers beat Harlow Athletic',
      },
      {
        source: 'The salvage firm Haldor Marine has sent Østerby Line a bill for €2.1 million.',
        rewrite: 'Østerby Line has billed Haldor Marine, the salvage firm, €2.1m.',
        text: 'Østerby Line has billed Haldor Marine',
      },
      {
        source: 'The regulator handed Southmere Water a fine of £3m on Friday.',
        rewrite: 'Southmere Water fined the regulator £3m on Friday.',
        text: 'fined the regulator',
      },
      {
        source: 'The council’s investigation of Lindqvist Digital is expected to report before Christmas.',
        rewrite: 'Lindqvist Digital is conducting its own inquiry into the council, with findings expected before Christmas.',
        text: 'Lindqvist Digital is conducting its own inquiry into the council',
      },
      {
        source: 'Councillors said the authority had launched an inquiry into Marlow Haulage.',
        rewrite: 'Councillors said Marlow Haulage was investigating the authority.',
        text: 'Marlow Haulage was investigating the authority',
      },
      {
        source: 'Westbrook, which serves 1.8 million customers, received more complaints than Harlow Water last year.',
        rewrite: 'Last year Harlow Water\'s complaint total was higher than that of Westbrook.',
        text: 'Harlow Water\'s complaint total was higher than that of Westbrook',
      },
      {
        source: 'The Sharks made more tackles than the Eagles, 310 to 287.',
        rewrite: 'The Sharks made fewer tackles than the Eagles, 287 to 310.',
        text: 'The Sharks made fewer tackles than the Eagles',
      },
      {
        source: 'The council persuaded the operator, Greyhill Coaches, to keep the number 47 running.',
        rewrite: 'Greyhill Coaches, the operator, talked the council into keeping the 47 on the road.',
        text: 'Greyhill Coaches, the operator, talked the council',
      },
      {
        source: 'Having overtaken Dawit Alemu at the 30km mark, Kiprotich went on to win in 2:07:41.',
        rewrite: 'Having been passed by Dawit Alemu at the 30km mark, Kiprotich went on to win in 2:07:41.',
        text: 'passed by Dawit Alemu',
      },
      {
        source: 'Dunmore Foods has signed a contract with Lisle Farms, the region\'s largest grower, to supply 40,000 tonnes of potatoes a year.',
        rewrite: 'Lisle Farms, the region\'s largest grower, has agreed with Dunmore Foods to supply 40,000 tonnes of potatoes a year.',
        text: 'Lisle Farms, the region\'s largest grower, has agreed with Dunmore Foods to supply',
      },
      {
        source: 'Brava Energy has agreed with the city council to build 300 charging points by 2027.',
        rewrite: 'The city council has signed a deal with Brava Energy to build 300 charging points by 2027.',
        text: 'city council has signed a deal with Brava Energy to build',
      },
      {
        source: 'The case was filed after the national regulator, OFCAM, had fined Castor Mining £2 million in March.',
        rewrite: 'The town went to court after Castor Mining had fined the national regulator, OFCAM, £2m in March.',
        text: 'Castor Mining had fined the national regulator, OFCAM',
      },
      {
        source: 'The strike began after the port authority, Harbourline, had suspended the crane drivers without pay.',
        rewrite: 'The strike began after the crane drivers had suspended the port authority, Harbourline, without pay.',
        text: 'crane drivers had suspended the port authority, Harbourline',
      },
      {
        source: 'Northway picked Inés Calvo, Caledon’s operations director, instead of its own deputy chief executive, Tom Feeney, to run the franchise.',
        rewrite: 'To run the franchise, Northway has gone for its own deputy chief executive, Tom Feeney, rather than Inés Calvo, Caledon’s operations director.',
        text: 'gone for its own deputy chief executive, Tom Feeney, rather than Inés Calvo',
      },
      {
        source: 'On Monday, the union’s general secretary, Dolores Ibáñez, visited the port’s chief executive, Graham Tulloch, at his invitation.',
        rewrite: 'At the invitation of the union’s general secretary, Dolores Ibáñez, the port’s chief executive, Graham Tulloch, visited her on Monday.',
        text: 'Graham Tulloch, visited',
      },
      {
        source: 'The zoo, which bought Ming from Vindelholm Zoo in 2022, has yet to decide.',
        rewrite: 'Ming was bought from the zoo by Vindelholm Zoo in 2022, and the zoo has not yet decided.',
        text: 'bought from the zoo by Vindelholm Zoo',
      },
      {
        source: 'Łucja Wierzbicka’s defeat of Okonjo sealed the title.',
        rewrite: 'Łucja Wierzbicka’s loss to Okonjo sealed the title.',
        text: 'Łucja Wierzbicka’s loss to Okonjo',
      },
      {
        source: 'Marek Wójcik’s defeat of Henri Lacombe was the night’s biggest upset.',
        rewrite: 'Henri Lacombe’s win over Marek Wójcik was the night’s biggest upset.',
        text: 'Henri Lacombe’s win over Marek Wójcik',
      },
      {
        source: 'He made his name at the Gdańsk Opera, where in 2012 he replaced the Hungarian conductor András Kovács as music director.',
        rewrite: 'He made his name at the Gdańsk Opera, where in 2012 the Hungarian conductor András Kovács took over from him as music director.',
        text: 'András Kovács took',
      },
      {
        source: 'Kestrel chose Velora Capital rather than Northgate Ventures, its biggest investor, to lead the round.',
        rewrite: 'Northgate Ventures, already Kestrel\'s largest backer, was picked over Velora Capital to lead the round.',
        text: 'Northgate Ventures, already Kestrel\'s largest backer, was picked over Velora Capital',
        also: [['role', 'backer']],
      },
      {
        source: 'Anna Berg, the club\'s treasurer, told Olav Dahl, its chairman, that the accounts were late.',
        rewrite: 'Anna Berg, the club\'s chairman, told Olav Dahl, its treasurer, that the accounts were late.',
        text: 'Anna Berg, the club\'s chairman',
      },
      {
        source: 'The match was overshadowed by Varga\'s complaint against the referee, Tom Hale, over a penalty.',
        rewrite: 'Overshadowing the match was the referee Tom Hale\'s complaint about Varga, which concerned a penalty.',
        text: 'referee Tom Hale\'s complaint about Varga',
      },
      {
        source: 'The court heard that his supervisor, Anna Kerr, suspended him after he reported her to the board.',
        rewrite: 'The court heard that he suspended his supervisor, Anna Kerr, after she reported him to the board.',
        text: 'she reported him',
        also: [['roles-swapped', 'suspended his supervisor, Anna Kerr']],
      },
      {
        source: 'Kelso Bank overtook Merrion Trust in March to become the second-largest mortgage lender.',
        rewrite: 'In March Merrion Trust moved ahead of Kelso Bank to become the second-largest mortgage lender.',
        text: 'Merrion Trust moved ahead of Kelso Bank',
      },
      {
        source: 'The hosts, Kaldera, finished above Rumelia in the medal table.',
        rewrite: 'Rumelia ended ahead of hosts Kaldera in the medals table.',
        text: 'Rumelia ended ahead of hosts Kaldera',
      },
      {
        source: 'Ferrow Rangers have signed striker Ilya Marek from Dunhaven for 3 million pounds, the club announced on Monday.',
        rewrite: 'In a £3m deal, Ferrow Rangers have sold striker Ilya Marek to Dunhaven, the club announced on Monday.',
        text: 'Ferrow Rangers have sold striker Ilya Marek to Dunhaven',
      },
      {
        source: 'Acme sold the plant to Globex in March.',
        rewrite: 'Acme bought the plant from Globex in March.',
        text: 'Acme bought the plant from Globex',
      },
      {
        source: 'Brenmoor Housing Association will repair 300 homes. Wexley District Council has also agreed to lend the association £5 million.',
        rewrite: 'Brenmoor Housing Association will repair 300 homes. A £5m loan from Brenmoor to Wexley District Council has also been agreed.',
        text: 'loan from Brenmoor to Wexley District Council',
      },
      {
        source: 'Minister Fiona Leckie urged the company to appoint an independent arbiter.',
        rewrite: 'The company pressed minister Fiona Leckie to bring in an independent arbiter.',
        text: 'company pressed minister Fiona Leckie',
      },
      {
        source: 'Vilamar have sold striker Tomás Ferreira to English side Ashcombe Rovers.',
        rewrite: 'Vilamar have signed striker Tomás Ferreira from English club Ashcombe Rovers.',
        text: 'Vilamar have signed striker Tomás Ferreira from English club Ashcombe Rovers',
      },
      {
        source: 'It was the harbour board, not the town council, that closed the slipway in May.',
        rewrite: 'The town council – not the harbour board – closed the slipway in May.',
        text: 'town council – not the harbour board',
      },
      {
        source: 'Her career at the paper began in 2019, when she was recruited by Halvorsen.',
        rewrite: 'Her career at the paper began in 2019, when Halvorsen was recruited by Marsh.',
        text: 'Halvorsen was recruited',
        sourceText: 'recruited by Halvorsen',
        also: [['added-detail', 'Marsh']],
      },
      {
        source: 'The inquiry followed a complaint from Norvik Freight, a haulier based in Tarrow, which accused Bellmont Logistics of undercutting it on price.',
        rewrite: 'The inquiry began when Bellmont Logistics accused Norvik Freight, a Tarrow haulier, of undercutting it on price.',
        text: 'Bellmont Logistics accused',
      },
      {
        source: 'The Croatian was appointed in June 2023, when he replaced Gary Moffatt.',
        rewrite: 'The Croatian, whom Gary Moffatt succeeded in June 2023, guided the club to ninth place.',
        text: 'Croatian, whom Gary Moffatt succeeded',
      },
      {
        text: 'Auroral received the €96m contract from Kestrel',
        source: 'Auroral awarded the €96 million contract to Kestrel after a two-year competition in which it also considered bids from three other launch providers.',
        rewrite: 'Auroral received the €96m contract from Kestrel following a two-year competition in which bids from three other launch providers were also considered.',
      },
      {
        text: 'executive, Ingrid Solberg, was hired from a rival carmaker by Tomás Ibáñez',
        source: 'The recall comes five months after the chief executive, Ingrid Solberg, hired Tomás Ibáñez from a rival carmaker.',
        rewrite: 'It comes five months after the chief executive, Ingrid Solberg, was hired from a rival carmaker by Tomás Ibáñez.',
      },
      {
        text: 'Nyström, Zawadzki had been overtaken',
        source: 'Going into the final day, Nyström had been overtaken by Zawadzki after losing a long endgame.',
        rewrite: 'By Nyström, Zawadzki had been overtaken going into the final day, after he lost a long endgame.',
      },
      {
        text: 'women',
        source: 'Kiprono won the men\'s race, while Alemu took the women\'s title.',
        rewrite: 'Kiprono won the women\'s race, while Alemu took the men\'s title.',
        also: [['roles-swapped', 'men']],
      },
      {
        text: 'seller',
        source: 'Ashby Homes was the buyer and Kirkham Council the seller in the sale of the Greenway Mill site.',
        rewrite: 'Ashby Homes was the seller and Kirkham Council the buyer in the sale of the Greenway Mill site.',
        also: [['roles-swapped', 'buyer']],
      },
      {
        source: 'The board chose Anna Berg instead of Olav Dahl.',
        rewrite: 'The board picked Olav Dahl rather than Anna Berg.',
        text: 'picked Olav Dahl rather than Anna Berg',
      },
      {
        source: 'The authority chose to extend the existing runway instead of building a second terminal.',
        rewrite: 'The authority opted to build a second terminal in place of lengthening the existing runway.',
        text: 'build a second terminal in place of lengthening the existing runway',
      },
      {
        source: 'Petra Lind, the challenger, faced Ivan Sokol, the reigning champion, in Oslo. Lind beat Sokol in the final round.',
        rewrite: 'Petra Lind, the challenger, faced Ivan Sokol, the reigning champion, in Oslo. The champion beat the challenger in the final round.',
        text: 'champion beat the challenger',
      },
      {
        source: 'Harlow Town beat Corby 3-1 on Saturday.',
        rewrite: 'By Corby, Harlow Town were beaten 3-1 on Saturday.',
        text: 'Corby, Harlow Town were beaten',
      },
      {
        source: 'Leeds beat Hull and York beat Derby in the quarter-finals.',
        rewrite: 'Leeds beat Derby and York beat Hull in the quarter-finals.',
        text: 'beat Derby',
        also: [['roles-swapped', 'beat Hull']],
      },
      {
        source: 'The council awarded the contract to Brackley Tait.',
        rewrite: 'The council received the contract from Brackley Tait.',
        text: 'council received the contract from Brackley Tait',
      },
      {
        source: 'Petra Lind beat Ivan Sokol in the final round.',
        rewrite: 'Ivan Sokol defeated Petra Lind in the final round.',
        text: 'Ivan Sokol defeated Petra Lind',
      },
      {
        source: 'The champion, Ivan Sokol, was beaten by the challenger, Petra Lind, in the final round.',
        rewrite: 'In the final round, champion Ivan Sokol defeated challenger Petra Lind.',
        text: 'Ivan Sokol defeated challenger Petra Lind',
      },
      {
        source: 'The band\'s manager, Rick Olsen, was sacked by the guitarist Jamie Stone shortly before the tour.',
        rewrite: 'The band\'s manager, Rick Olsen, sacked the guitarist Jamie Stone shortly before the tour.',
        text: 'manager, Rick Olsen, sacked the guitarist Jamie Stone',
      },
      {
        source: 'According to Achebe, it was Penhale who first accused Wójcik in an email to the insurer.',
        rewrite: 'Achebe said the first accusation had been made by Wójcik against Penhale in an email to the insurer.',
        text: 'accusation had been made by Wójcik against Penhale',
      },
      {
        source: 'Harrow & Lyle first approached Meridian about a merger in 2021.',
        rewrite: 'In 2021, Meridian first approached Harrow & Lyle about a merger.',
        text: 'Meridian first approached Harrow & Lyle',
      },
      {
        source: 'Okafor overtook Lund on the final lap to win the race.',
        rewrite: 'Okafor was overtaken by Lund on the final lap.',
        text: 'Okafor was overtaken by Lund',
      },
      {
        source: 'The cut came days after the grocer was undercut on eggs and butter by the discounter Penny Lane.',
        rewrite: 'Days earlier, it had undercut the discounter Penny Lane on butter and eggs.',
        text: 'undercut the discounter Penny Lane',
      },
      {
        source: 'The union\'s offer to Castell Ports was rejected on Sunday after nine hours of talks.',
        rewrite: 'Castell Ports\' offer to the union was turned down on Sunday after nine hours of talks.',
        text: 'Castell Ports\' offer to the union',
      },
      {
        source: 'Marlow Energy has handed the plant\'s test results to the region\'s safety board.',
        rewrite: 'The region\'s safety board has given Marlow Energy the plant\'s test results.',
        text: 'safety board has given Marlow Energy',
      },
      {
        source: 'Bluegate lent the club £5 million last summer to cover wages.',
        rewrite: 'Last summer Bluegate borrowed £5m from the club to cover wages.',
        text: 'Bluegate borrowed £5m from the club',
      },
      {
        source: 'Second seed Rosa Lind beat the wildcard Ana Petrov 7-5, 6-2 in the semi-finals on Friday.',
        rewrite: 'Second seed Rosa Lind lost 7-5, 6-2 to the wildcard Ana Petrov in Friday\'s semi-finals.',
        text: 'Rosa Lind lost 7-5, 6-2 to the wildcard Ana Petrov',
      },
      {
        source: 'Arden drew 1-1 with Pellow, who had led at the break, in a tense game on Sunday.',
        rewrite: 'In a tense game on Sunday Pellow drew 1-1 with Arden, who had led at the break.',
        text: 'Arden, who had led',
      },
      {
        source: 'Engineers at Corvel, the plant\'s maintenance contractor, spotted the leak at 10.40pm on Sunday and alerted the plant\'s night manager.',
        rewrite: 'The leak was spotted at 22:40 on Sunday by the plant\'s night manager, who alerted engineers at Corvel, the plant\'s maintenance contractor.',
        text: 'spotted at 22:40 on Sunday by the plant\'s night manager',
      },
      {
        source: 'The row is over a 4% pay offer, which the council made to the union in March.',
        rewrite: 'At the centre of the row is a 4% pay offer that the union put to the council in March.',
        text: 'union put to the council',
      },
      {
        source: 'Ayla Brandt saved a match point, but in the seventh game Mirela Costa handed Brandt the break with a double fault.',
        rewrite: 'Having saved a match point, Brandt handed Costa the break in the seventh game with a double fault.',
        text: 'Brandt handed Costa',
      },
      {
        source: 'The Kessler Gallery will lend two early landscapes by Puigverd to Harrowgate next year.',
        rewrite: 'The Kessler Gallery will borrow two of Puigverd\'s early landscapes from Harrowgate next year.',
        text: 'Kessler Gallery will borrow two of Puigverd\'s early landscapes from Harrowgate',
      },
      {
        source: 'Fenlink merged its coach unit with Daybus in 2019.',
        rewrite: 'Daybus merged its coach unit with Fenlink in 2019.',
        text: 'Daybus merged',
      },
      {
        source: 'Acme sold the state-owned bank to Beta last year.',
        rewrite: 'Beta sold the state-owned bank to Acme last year.',
        text: 'Beta sold the state-owned bank to Acme',
      },
      {
        source: 'Dana Kerr, who beat Ines Vidal in the semi-final at Harrogate, is seeded second for the open.',
        rewrite: 'Dana Kerr, whom Ines Vidal beat in the semi-final at Harrogate, is seeded second for the open.',
        text: 'Dana Kerr, whom Ines Vidal beat',
      },
      {
        source: 'The insurer Harlan paid the Pryce family £40,000 in damages, the court heard.',
        rewrite: 'The court heard that the insurer Harlan received £40,000 in damages from the Pryce family.',
        text: 'insurer Harlan received £40,000 in damages from the Pryce family',
      },
      {
        source: 'Calder Build claims Norrvik Homes owes it £3.4 million for work completed on the estate last year.',
        rewrite: 'Norrvik Homes claims it is owed £3.4m by Calder Build for work completed last year on the estate.',
        text: 'owed £3.4m by Calder Build',
      },
      {
        source: 'Behind them, Spain\'s Álvaro Ibáñez beat the Dutch rider Ruben de Graaf to third place.',
        rewrite: 'Álvaro Ibáñez of Spain lost out to the Dutchman Ruben de Graaf in the sprint for third.',
        text: 'Álvaro Ibáñez of Spain lost out to the Dutchman Ruben de Graaf',
      },
      {
        source: 'The prize went to the coach, Dr Lena Hart, under whom Omar Reyes trained for a decade.',
        rewrite: 'The prize went to the coach, Dr Lena Hart, who trained under Omar Reyes for a decade.',
        text: 'Dr Lena Hart, who trained under Omar Reyes',
      },
      {
        source: 'Having overtaken the discounter Brindle in sales in the 12 weeks to May 4, Ostrava is now the third-largest grocer, figures show.',
        rewrite: 'Having overtaken Ostrava in sales in the 12 weeks to 4 May, the discounter Brindle is now the third-largest grocer, according to figures.',
        text: 'overtaken Ostrava',
      },
      {
        source: 'The loan was agreed between Eastgate Savings, the lender, and Harrow Mills, the borrower, last week.',
        rewrite: 'Harrow Mills, the lender, and Eastgate Savings, the borrower, agreed the loan last week.',
        text: 'Harrow Mills, the lender',
      },
      {
        source: 'Six members voted to hold, with Deputy Governor Ruth Hallam backing a proposal from external member Kwame Asante for a cut.',
        rewrite: 'Six members voted to hold, with external member Kwame Asante backing a proposal from Deputy Governor Ruth Hallam for a cut.',
        text: 'Kwame Asante backing',
      },
      {
        source: 'The hearing was postponed after Dunmore Haulage, the firm hired to run the depot, blamed Castleford Council for the lost records.',
        rewrite: 'The hearing was put off after Castleford Council blamed Dunmore Haulage – the company contracted to run the depot – for losing the records.',
        text: 'Castleford Council blamed Dunmore Haulage',
      },
      {
        source: 'The talks were expected to centre on a takeover of Skylark by Aerovia.',
        rewrite: 'The discussions are expected to focus on an acquisition of Aerovia by Skylark.',
        text: 'acquisition of Aerovia by Skylark',
      },
      // The two parties of a progressive verb exchanged ("is suing" is no passive).
      {
        source: 'The trust is also suing Farrow in the county court for breach of contract, the court heard.',
        rewrite: 'Farrow is also suing the trust for breach of contract in the county court, the court was told.',
        text: 'Farrow is also suing the trust',
      },
      {
        source: 'Ibáñez beat Ruben de Graaf to third place.',
        rewrite: 'Ibáñez lost out to Ruben de Graaf in the sprint for third.',
        text: 'Ibáñez lost out to Ruben de Graaf',
      },
      {
        source: 'In March Corvane sued the council over unpaid fees.',
        rewrite: 'In March the council sued Corvane over unpaid fees.',
        text: 'council sued Corvane',
      },
      {
        source: 'The Allied Nursing Union complained to the Care Standards Authority about Westvale in January.',
        rewrite: 'In January Westvale complained to the Care Standards Authority about the Allied Nursing Union.',
        text: 'Westvale complained to the Care Standards Authority about the Allied Nursing Union',
      },
      {
        source: "The club's chairman, Ian Rusk, was sued by its former manager, Paul Dent, over unpaid wages.",
        rewrite: "The club's chairman, Ian Rusk, sued its former manager, Paul Dent, over unpaid wages.",
        text: 'chairman, Ian Rusk, sued its former manager, Paul Dent',
      },
      {
        // converse verbs with the same doer, the other party after a possessive ("to its owner")
        source: 'The Harbour Trust has borrowed £3 million from its parent company to finish the new quay.',
        rewrite: 'The Harbour Trust has lent £3m to its parent company to finish the new quay.',
        text: 'Harbour Trust has lent £3m to its parent company',
      },
      {
        // one swap told through two frames ("was sin-binned", "a tackle on") is reported once
        source: 'The game turned early in the second half when Penhallow flanker Kofi Mensah was sin-binned for a high tackle on Wolves hooker Dáithí Ó Súilleabháin.',
        rewrite: 'Early in the second half the game turned, when Wolves hooker Dáithí Ó Súilleabháin was sin-binned for a high tackle on Penhallow flanker Kofi Mensah.',
        text: 'Wolves hooker Dáithí Ó Súilleabháin was sin-binned',
      },
      {
        source: 'Police said Gavin Harlow, 29, attacked Rhys Penman, 31, with a bottle.',
        rewrite: 'Police said the incident centred on Rhys Penman’s attack on Gavin Harlow with a bottle.',
        text: 'Rhys Penman’s attack on Gavin Harlow',
      },
      {
        // "start-up" after a determiner or noun is a noun, not the verb "start" with the firm's name as its object
        source: 'Norvale Systems has agreed to buy the cybersecurity start-up Quillfire for £85 million. The deal requires regulatory approval.',
        rewrite: "Norvale Systems has agreed to buy cybersecurity start-up Quillfire for £85m. Quillfire's takeover of Norvale requires regulatory approval.",
        text: "Quillfire's takeover of Norvale",
      },
      {
        // a possessor read as the passive's agent and its noun as an object: "by Veldmark's foreign ministry"
        source: "Oskaria's foreign ministry summoned Veldmark's ambassador on Tuesday.",
        rewrite: "Oskaria's ambassador was summoned by Veldmark's foreign ministry on Tuesday.",
        text: "Oskaria's ambassador",
      },
      {
        // "took over from X" = "replaced X"
        source: 'Dr Amara Nwachukwu will replace Dr Felix Granberg as clinical lead in May.',
        rewrite: 'Dr Felix Granberg takes over as clinical lead from Dr Amara Nwachukwu in May.',
        text: 'Felix Granberg takes over as clinical lead from Dr Amara Nwachukwu',
      },
      {
        // "whom X succeeded" = "X replaced", against the source's "took over from"
        source: 'Fiona Strachan took over from Derek Holm as managing director in 2021.',
        rewrite: 'Fiona Strachan, whom Derek Holm succeeded as managing director in 2021, said the plant would close.',
        text: 'Fiona Strachan, whom Derek Holm succeeded',
      },
      {
        // proceedings told without "sue": "brought against X by Y" = "Y sued X"
        source: 'Skylark Regional sued Corvane Aero Services for £2.3m last year.',
        rewrite: 'The claim, brought against Skylark Regional by Corvane Aero Services, was settled last year.',
        text: 'brought against Skylark Regional by Corvane Aero Services',
      },
      {
        // "took X to court" = "sued X"
        source: 'The architecture firm Brandt Okoye has sued the developer Halloran Estates over unpaid fees.',
        rewrite: 'Halloran Estates, a developer, has taken the architecture firm Brandt Okoye to court over unpaid fees.',
        text: 'Halloran Estates, a developer, has taken the architecture firm',
      },
      {
        // a plural name's possessive apostrophe before an amount ("Creameries' £212m takeover") was read as a closing quote
        source: 'Harwick Foods has agreed to buy the dairy group Mellby Creameries for £212 million.',
        rewrite: "Mellby Creameries' £212m takeover of Harwick Foods has been agreed.",
        text: "Mellby Creameries' £212m takeover of Harwick Foods",
      },
      {
        // a clause after "believe" with no "that": its subject was read as the object of "believe"
        source: 'Detectives believe Ashdown was recognised by Halvorsen.',
        rewrite: 'Detectives believe Ashdown recognised Halvorsen.',
        text: 'recognised Halvorsen',
      },
      {
        // the act told again in a sentence of its own, with the parties the other way round
        source: 'Harrowgate Foods has agreed to buy the bakery chain Crumbwell in a deal worth £186 million. Crumbwell has 140 shops in Wales. Analysts said the price looked generous. The deal is expected to be completed in the first quarter of next year.',
        rewrite: 'Harrowgate Foods has agreed to buy the bakery chain Crumbwell in a deal worth £186 million. Crumbwell has 140 shops in Wales. Analysts said the price looked generous. Completion of Crumbwell\'s takeover of Harrowgate is expected in the first quarter of next year.',
        text: 'Crumbwell\'s takeover of Harrowgate',
      },
      {
        // a noun for the doer ("owner of") told of the party the source has owned
        source: 'Arden Rail is owned by the Dutch group Velt.',
        rewrite: 'Arden Rail is the owner of the Dutch group Velt.',
        text: 'owner of the Dutch group Velt',
      },
      {
        source: 'The district will lease the old school building to the college for ten years, officials said.',
        rewrite: 'The district will lease the old school building from the college for ten years, officials said.',
        text: 'district will lease the old school building from the college',
      },
      {
        source: 'The union sued the city over the pension cuts.',
        rewrite: 'The city sued the union over the pension cuts.',
        text: 'city sued the union', sourceText: 'union sued the city',
      },
      {
        source: 'Acme bought Globex for an undisclosed sum last year.',
        rewrite: 'Globex bought Acme for an undisclosed sum last year.',
        text: 'Globex bought Acme', sourceText: 'Acme bought Globex',
      },
      {
        source: 'Hartley beat Novak in straight sets in the semi-final.',
        rewrite: 'Novak beat Hartley in straight sets in the semi-final.',
        text: 'Novak beat Hartley', sourceText: 'Hartley beat Novak',
      },
      {
        // Converse verbs (pay / receive) with the doer kept: the money goes the other way.
        source: 'The club will pay Ardent Rovers a fee for the striker.',
        rewrite: 'The club will receive a fee from Ardent Rovers for the striker.',
        text: 'club will receive a fee from Ardent Rovers', sourceText: 'club will pay Ardent Rovers',
      },
      {
        // An event noun's "by" phrase is its doer: Millstead, the target, is now the buyer.
        source: 'Orvane has agreed to buy the bakery chain Millstead.',
        rewrite: 'Orvane has agreed to a takeover by Millstead.',
        text: 'takeover by Millstead', sourceText: 'buy the bakery chain Millstead',
      },
    ],
    quiet: [
      {
        source: 'Fairway sold its 25% stake in QuickPick to Ardmore Capital last week.',
        rewrite: 'Last week Ardmore Capital bought Fairway’s 25% holding in QuickPick.',
        why: 'the buyer takes the seller\'s holding: the same sale (a guard)',
      },
      {
        source: 'Alemu finished ahead of Ødegård by four seconds.',
        rewrite: 'Ødegård finished four seconds behind Alemu.',
        why: 'a margin told with \'by\' is no agent: the same order told from the other party (a guard)',
      },
      {
        source: 'The salvage firm Haldor Marine has sent Østerby Line a bill for €2.1 million.',
        rewrite: 'Østerby Line has been billed €2.1m by Haldor Marine, the salvage firm.',
        why: 'a bill sent told as billed, in the passive (a guard)',
      },
      {
        source: 'The regulator handed Southmere Water a fine of £3m on Friday.',
        rewrite: 'Southmere Water was fined £3m by the regulator on Friday.',
        why: 'a fine handed told as fined, in the passive (a guard)',
      },
      {
        source: 'Lindqvist Digital is conducting an inquiry into the council.',
        rewrite: 'The council is being investigated by Lindqvist Digital.',
        why: 'an inquiry into told as investigated by (a guard)',
      },
      {
        source: 'Lindqvist, who thanked her coach, Henrik Dahl, in her on-court speech, earned £410,000 in prize money.',
        rewrite: 'Prize money of £410,000 went to Lindqvist, who used her on-court speech to thank her coach, Henrik Dahl.',
        why: 'a possessive misread as a recipient is no recipient (a guard)',
      },
      {
        source: 'The Sharks made more tackles than the Eagles.',
        rewrite: 'The Eagles made fewer tackles than the Sharks.',
        why: 'the same ranking told from the other party',
      },
      {
        source: 'Okoro trained Whitfield when she joined the clinic in 2004.',
        rewrite: 'Whitfield, who later ran the clinic, was trained by Okoro when she joined it in 2004.',
        why: 'a \'she\' with two people it may be is no one (a guard)',
      },
      {
        source: 'A siren was triggered, but the burglars had fled by the time security officers reached the warehouse.',
        rewrite: 'Although the siren went off, the intruders were gone by the time security guards got to the warehouse.',
        why: '\'by the time\' opens a clause of when, never an agent; a passive\'s receiver told by an intransitive verb',
      },
      {
        why: '"talked X into keeping" = "persuaded X to keep": the verb with "into" and a gerund is WordNet\'s talk_into, its object the one who keeps (a guard)',
        source: 'The council persuaded the operator, Greyhill Coaches, to keep the number 47 running.',
        rewrite: 'The council talked Greyhill Coaches, the operator, into keeping the 47 on the road.',
      },
      {
        why: 'a participle clause\'s doer kept through a synonym, active on both sides (a guard)',
        source: 'Having overtaken Dawit Alemu at the 30km mark, Kiprotich went on to win in 2:07:41.',
        rewrite: 'Having passed Dawit Alemu at the 30km mark, Kiprotich went on to win in 2:07:41.',
      },
      {
        why: 'a participle clause told passively from the other party, the same act (a guard)',
        source: 'Having overtaken Dawit Alemu at the 30km mark, Kiprotich went on to win in 2:07:41.',
        rewrite: 'Dawit Alemu, having been passed by Kiprotich at the 30km mark, could not catch him.',
      },
      {
        why: "a plural-only sense WordNet keeps under the plural: \"the negotiations collapsed\" / \"the talks broke down\"",
        source: 'Barragán and Løvland held talks in Geneva in March, but the negotiations collapsed after two days.',
        rewrite: 'Løvland sat down with Barragán in Geneva in March, but the talks broke down after two days.',
      },
      {
        why: 'a receiver told as a recipient by the parse of a small clause: "making it Europe\'s third-largest group" / "makes Brålund the third-largest group"',
        source: 'Brålund now operates 31 ferries, making it Europe\'s third-largest ferry group by fleet size.',
        rewrite: 'The group\'s fleet now numbers 31 ferries, which makes Brålund the third-largest ferry group in Europe by fleet size.',
      },
      {
        why: "the same supplier told by another verb of commitment: \"signed a contract with B to supply\" / \"agreed with B to supply\"",
        source: 'Dunmore Foods has signed a contract with Lisle Farms, the region\'s largest grower, to supply 40,000 tonnes of potatoes a year.',
        rewrite: 'Dunmore Foods has agreed with Lisle Farms, the region\'s largest grower, to supply 40,000 tonnes of potatoes a year.',
      },
      {
        why: '"it sold the flats to the developer Morland Homes" / "Morland Homes bought the flats from Ashby Housing": the other side\'s telling, with the seller a pronoun',
        source: 'Last year it sold 30 flats on Mill Lane to the developer Morland Homes for £3 million to raise money for repairs.',
        rewrite: 'Morland Homes, a developer, bought 30 flats on Mill Lane from Ashby Housing last year for £3m, a sale the association made to raise money for repairs.',
      },
      {
        why: 'a passive read with a copula and its agent as an object ("was requested by Harwood\'s agent") is the same act told passively',
        source: 'Harwood\'s agent requested a full recount on Friday.',
        rewrite: 'A full recount was requested by Harwood\'s agent on Friday.',
      },
      {
        why: 'the one chosen and the one set aside kept, whatever the verb of choosing',
        source: 'Northway picked Inés Calvo instead of Tom Feeney to run the franchise.',
        rewrite: 'Northway has gone for Inés Calvo rather than Tom Feeney to run the franchise.',
      },
      {
        why: 'the visitor kept, the one visited told by a pronoun, after a fronted phrase with a name in apposition',
        source: 'On Monday, Dolores Ibáñez visited Graham Tulloch at his invitation.',
        rewrite: 'At the invitation of the port’s chief executive, Graham Tulloch, Dolores Ibáñez visited him on Monday.',
      },
      {
        why: 'capitalised words of party names are no opposite parties of a relation, however the words line up',
        source: 'The Liberal Democrat candidate, Rosalind Achebe, has won the Harlow Fields by-election, overturning a Conservative majority of 8,412.',
        rewrite: 'A Conservative majority of 8,412 has been overturned in the Harlow Fields by-election, which Rosalind Achebe won for the Liberal Democrats.',
      },
      {
        why: 'a firm\'s name joined by an ampersand after its description is one party, not two doers',
        source: 'The work was led by the Glasgow firm Dunlop & Rae, which replaced the original contractor in 2021.',
        rewrite: 'The original contractor was replaced in 2021 by the Glasgow firm Dunlop & Rae, and it was Dunlop & Rae that led the work.',
      },
      {
        why: 'the parties of a transfer matched word for word, however one name lies inside the other',
        source: 'The zoo, which bought Ming from Vindelholm Zoo in 2022, has yet to decide.',
        rewrite: 'Ming was sold to the zoo by Vindelholm Zoo in 2022, and the zoo has not yet decided.',
      },
      {
        why: 'a winner and a loser told by a verb of beating, a defeat by, a win over or a loss to, the same way round',
        source: 'Kellingham beat Dunmere by seven wickets.',
        rewrite: 'Dunmere\'s seven-wicket defeat by Kellingham ended the run.',
      },
      {
        why: 'a win over and a loss to, the same way round',
        source: 'Kellingham\'s victory over Dunmere ended the run.',
        rewrite: 'Dunmere\'s loss to Kellingham ended the run.',
      },
      {
        why: 'a win over and a lost to, the same way round',
        source: 'Lacombe\'s win over Wójcik was the upset.',
        rewrite: 'Wójcik lost to Lacombe in the upset.',
      },
      {
        why: 'a name and a definite description of it, exchanged between two acts, are one party named then described',
        source: 'The league has approved the takeover of Harrowgate Athletic by Velden Sports Partners, ending months of uncertainty at the League Two club.',
        rewrite: 'Months of uncertainty at Harrowgate Athletic are over after the league approved Velden Sports Partners\' takeover of the League Two club.',
      },
      {
        why: "\"took over\" is no choice: the phrase after it is what was taken over",
        source: 'Shaw previously ran Westgate Metals, the company that Carrington took over in 2021.',
        rewrite: 'Shaw formerly ran Westgate Metals, which Carrington took over in 2021.',
      },
      {
        why: "the chosen and the set-aside party kept, \"over\" after a verb of choosing",
        source: 'Kestrel chose Velora Capital rather than Northgate Ventures, its biggest investor, to lead the round.',
        rewrite: 'Velora Capital was picked over Northgate Ventures, Kestrel\'s biggest investor, to lead the round.',
      },
      {
        why: 'two people keeping their descriptions in another order and voice are not swapped',
        source: 'Anna Berg, the club\'s treasurer, told Olav Dahl, its chairman, that the accounts were late.',
        rewrite: 'The club\'s chairman, Olav Dahl, was told by its treasurer, Anna Berg, that the accounts were late.',
      },
      {
        why: 'two parties told by the same pronoun are not known to be one: no order between them is compared',
        source: 'Nadia Holm said the man who robbed her had followed her from the cash machine.',
        rewrite: 'According to Nadia Holm, the man who robbed her trailed her from the cash machine.',
      },
      {
        why: 'a pronoun against a name may be that name: no splice',
        source: 'The court heard she had used the club\'s funds to pay her debts.',
        rewrite: 'The court heard Castell had used the club\'s funds to pay her debts.',
      },
      {
        why: "\"about\" with no possessor names a topic, not who the act is done to",
        source: 'After expressing interest in the plans, the agent gave more details about the Bronze and Gold options.',
        rewrite: 'After showing interest in the plans, the agent gave an explanation about the Bronze and Gold options.',
      },
      {
        why: "the same order told from the other party (\"finished above\" / \"finished behind\")",
        source: 'The hosts, Kaldera, finished above Rumelia in the medal table.',
        rewrite: 'Rumelia finished behind the hosts, Kaldera, in the medal table.',
      },
      {
        why: "the same order told by another verb (\"overtook\" / \"moved ahead of\")",
        source: 'Kelso Bank overtook Merrion Trust in March.',
        rewrite: 'In March Kelso Bank moved ahead of Merrion Trust.',
      },
      {
        why: "a \"by\" phrase naming a measure (\"by a large majority\") is a margin, not an agent",
        source: 'A handful of MPs voted against the bill, which passed by a large majority on its second reading.',
        rewrite: 'The bill passed its second reading by a wide margin, with only a few MPs opposing it.',
      },
      {
        why: 'a transfer told from its receiver\'s side with the same giver and receiver is the same transfer',
        source: 'Wexley District Council has agreed to lend the Brenmoor association £5 million.',
        rewrite: 'A £5m loan from Wexley District Council to the Brenmoor association has been agreed.',
      },
      {
        why: "a reciprocal act told from its other party is the same act (\"Leckie met both sides\" / \"both sides met Leckie\")",
        source: 'Islands minister Fiona Leckie, who met both sides in Inverhallan on Saturday, urged the company to appoint an independent arbiter.',
        rewrite: 'Both sides met islands minister Fiona Leckie in Inverhallan on Saturday, and she urged the operator to bring in an independent arbiter.',
      },
      {
        why: 'a reciprocal act in the passive is the same act',
        source: 'The two leaders met in Geneva, where the president met the prime minister for three hours.',
        rewrite: 'In Geneva the prime minister was met by the president for three hours.',
      },
      {
        why: "a phrase set off before \", and\" is an aside on what came before, not the subject of the verb after it",
        source: 'The health department reported 214 new cases of measles, most of them among children under five, and urged parents to check their records.',
        rewrite: 'The health department reported 214 new cases of measles. Most of them were among children under five. The department urged parents to check their records.',
      },
      {
        source: 'The Teachers’ Union of Marlow said 70% of its members at the college had backed a strike.',
        rewrite: 'Seventy per cent of the Teachers’ Union of Marlow’s members at the college backed a strike, the union said.',
        why: 'a capitalised word of a name ("the Teachers\' Union of Marlow") is no act of uniting: its "of" phrase is part of the name, its possessive the name\'s',
      },
      {
        source: 'The harbour board, not the town council, closed the slipway in May.',
        rewrite: 'It was the harbour board – not the town council – that closed the slipway in May.',
        why: "the party kept and the party denied in the same places (\"A, not B\" / \"It was A – not B – that\") is the same claim",
      },
      {
        source: '“We are opening two new wards at the hospital in March,” she said.',
        rewrite: 'She said two new wards would open at the hospital in March.',
        why: "a verb that alternates (\"we are opening two wards\" / \"two wards would open\") tells the act without its doer: the pronoun doer is no party the name displaced",
      },
      {
        source: 'No other coins have been found so far, but surveys suggest there may be a second hoard nearby.',
        rewrite: 'So far no further coins have turned up, although surveys suggest a second hoard may lie close by.',
        why: '"a second hoard may lie close by" after "suggest" is a clause with its own subject, not the verb\'s object: "lie" is the hoard\'s, as "be" is',
      },
      {
        why: '"he" in a "when" clause hung on a clause with a subject of its own is that subject\'s, not the sentence\'s speaker\'s',
        source: 'Aubrey said she was also told her son would be eligible for a wheelchair when he is five years old.',
        rewrite: 'Aubrey said he would be eligible when he is five years old.',
      },
      {
        why: '"he" in a clause opened by "when" is the main clause\'s subject: "X was appointed, when he replaced Y" = "X, who succeeded Y"',
        source: 'The Croatian was appointed in June 2023, when he replaced Gary Moffatt.',
        rewrite: 'The Croatian, who succeeded Gary Moffatt in June 2023, guided the club to ninth place.',
      },
      {
        why: 'the same act told from the other side, with the relative clause on the other party',
        source: 'The Croatian was appointed in June 2023, when he replaced Gary Moffatt.',
        rewrite: 'Gary Moffatt was succeeded in June 2023 by the Croatian, who was appointed that month.',
      },
      {
        why: 'a name after its description is the phrase\'s head, not the subject of the "when" clause after it',
        source: 'The court ruled that Corvane Medical infringed two patents held by its rival Tessaly Instruments in designing its insulin pump.',
        rewrite: 'Corvane Medical infringed two patents held by rival device maker Tessaly Instruments when it designed its insulin pump, the court ruled.',
      },
      {
        why: 'the name after "according to" is the clause\'s source, not its subject',
        source: 'Northgate\'s director of rugby, Lucía Ferreira, said her side had been second best in every department after the interval.',
        rewrite: 'According to Lucía Ferreira, Northgate\'s director of rugby, her team had been second best in every department after the interval.',
      },
      {
        why: 'two party nouns reordered with the clauses, each still told of its own named person ("Kiprono won the men\'s race, while Alemu took the women\'s title" / "Alemu took the women\'s title, while Kiprono won the men\'s race")',
        source: 'Kiprono won the men\'s race, while Alemu took the women\'s title.',
        rewrite: 'Alemu won the women\'s race, and the men\'s title went to Kiprono.',
      },
      {
        why: 'a name\'s own word for a body describes it later in other words ("the Halvergate Philharmonic" / "the orchestra")',
        source: 'The Halvergate Philharmonic has accused the city council of putting its future at risk after councillors voted on Tuesday to cut the orchestra\'s annual grant by 40%.',
        rewrite: 'City councillors voted on Tuesday to reduce the Halvergate Philharmonic\'s yearly grant by 40 per cent, and the orchestra has accused the council of jeopardising its future.',
      },
      {
        why: "a noun naming a kind moved onto what belongs to the thing it named (\"the ski resort … its five lifts\" / \"its five ski lifts\")",
        source: 'The ski resort of Saint-Aubrac-les-Neiges will close three of its five lifts from Monday because of a severe shortage of snow, its operator said on Thursday.',
        rewrite: 'Saint-Aubrac-les-Neiges is to shut three of its five ski lifts from Monday because of a severe shortage of snow, the resort\'s operator said on Thursday.',
      },
      {
        why: 'the thing chosen and the thing set aside kept, in other words',
        source: 'The board chose Anna Berg instead of Olav Dahl.',
        rewrite: 'The board picked Anna Berg rather than Olav Dahl.',
      },
      {
        why: 'the act chosen and the act set aside kept',
        source: 'The authority chose to extend the existing runway instead of building a second terminal.',
        rewrite: 'The authority opted to lengthen the existing runway rather than build a second terminal.',
      },
      {
        why: 'descriptions the texts give one name each, told in the same roles',
        source: 'Petra Lind, the challenger, faced Ivan Sokol, the reigning champion, in Oslo. The champion was beaten by the challenger in the final round.',
        rewrite: 'Petra Lind, the challenger, faced Ivan Sokol, the reigning champion, in Oslo. Sokol was beaten by Lind in the final round.',
      },
      {
        why: 'an indefinite description ("a set designer who died") points back to no name',
        source: 'Solvång founded the Lantern Box Theatre in 1972 with her husband, the set designer Tomás Echeverría, who died in 2015.',
        rewrite: 'In 1972 she and her husband, Tomás Echeverría, a set designer who died in 2015, founded the Lantern Box Theatre.',
      },
      {
        why: 'a passive agent fronted with "by" keeps the roles',
        source: 'Harlow Town beat Corby 3-1 on Saturday.',
        rewrite: 'By Harlow Town, Corby were beaten 3-1 on Saturday.',
      },
      {
        why: 'two clauses of one verb told in the other order',
        source: 'Leeds beat Hull and York beat Derby in the quarter-finals.',
        rewrite: 'York beat Derby and Leeds beat Hull in the quarter-finals.',
      },
      {
        why: 'a giving verb told from the receiver\'s side',
        source: 'The council awarded the contract to Brackley Tait.',
        rewrite: 'Brackley Tait received the contract from the council.',
      },
      {
        why: 'a verb of the same sense told in the passive keeps the roles',
        source: 'Petra Lind beat Ivan Sokol in the final round.',
        rewrite: 'Ivan Sokol was defeated by Petra Lind in the final round.',
      },
      {
        why: 'a synonym that names the same slots otherwise ("provides businesses with" / "equips businesses with") swaps nothing',
        source: 'Xcelerate is a growth platform that provides businesses with tools such as an analytics dashboard.',
        rewrite: 'Xcelerate is a platform for growth that equips businesses with essential tools such as an analytics dashboard.',
      },
      {
        why: 'another act of a synonym with one shared party is no swap',
        source: 'Two more Lemalu penalties brought Stannington within a point.',
        rewrite: 'Lemalu then landed two further penalties to cut the gap to a single point.',
      },
      {
        why: 'a rate after an amount ("a day") is no participant, and "more than" bounds the amount',
        source: 'She admitted that the firm still lost more than 180 million litres a day from its pipes.',
        rewrite: 'She acknowledged that over 180 million litres a day were still being lost from the company\'s pipes.',
      },
      {
        why: 'an act told by a light verb and its noun, the doer and receiver kept',
        source: 'Penhale accused Wójcik in an email to the insurer.',
        rewrite: 'The accusation had been made by Penhale against Wójcik in an email to the insurer.',
      },
      {
        why: 'two things joined by "and" read as two objects are no recipient and thing',
        source: 'The company offers two products, ApexPro and ApexConnect CRM module, for $299 a month.',
        rewrite: 'The company offers ApexPro and ApexConnect CRM module for $299 a month.',
      },
      {
        why: 'a possessive description ("its doors") is still its owner\'s: a headline\'s intransitive "is to close" is no swap',
        source: 'The Grand Regent Theatre in Whitmore will close its doors on 31 January after 112 years, its trustees said.',
        rewrite: 'After 112 years, Whitmore’s Grand Regent is to close',
      },
      {
        why: 'an oblique changes hands only within one event: two subjects that are different things ("best actor" / "the best actress award") tell two',
        source: 'Best actor went to Tom Varga for the thriller “Low Tide”, while Ana Ruiz was named best actress for the comedy “Los Vecinos”.',
        rewrite: 'Tom Varga was named best actor for “Low Tide”, a thriller, and the best actress award went to Ana Ruiz for “Los Vecinos”, a comedy.',
      },
      {
        why: 'a passive read with two objects ("signed by more than 3,000 people") gives no recipient',
        source: 'A petition calling for a crossing outside Lowfield Primary School has been signed by more than 3,000 people.',
        rewrite: 'More than 3,000 people have signed a petition calling for a crossing outside Lowfield Primary School.',
      },
      {
        why: 'a description and the name after it are one object, not a recipient and a thing',
        source: 'Orvane has agreed to buy the bakery chain Millstead for £40m.',
        rewrite: 'Orvane has agreed a £40m deal to buy Millstead, the bakery chain.',
      },
      {
        why: '"a spell of cold weather" is a cold spell: the description of the "of" noun covers the phrase it is of',
        source: 'Forecasters at the national weather service expect another spell of cold weather to begin next week.',
        rewrite: 'The national weather service\'s forecasters expect a further cold spell to set in next week.',
      },
      {
        why: 'a draw is between its two sides whichever is named first, whatever the score ("drew 1-1 with")',
        source: 'Arden drew 1-1 with Pellow on Sunday.',
        rewrite: 'On Sunday Pellow drew 1-1 with Arden.',
      },
      {
        why: 'two verbs for one act on one thing with the same doer and other party ("made an offer to" / "put an offer to")',
        source: 'The row is over a 4% pay offer, which the council made to the union in March.',
        rewrite: 'At the centre of the row is a 4% pay offer that the council put to the union in March.',
      },
      {
        why: 'a passive raising verb whose infinitive has its own passive and "by" phrase ("jobs are expected to be created by the expansion"): the subject is the infinitive\'s',
        source: 'The expansion, backed by a £2 million loan from Kell Bank, is expected to create around 120 jobs.',
        rewrite: 'Around 120 jobs are expected to be created by the expansion, which is backed by a £2m loan from Kell Bank.',
      },
      {
        why: 'the receiver made the subject of the same verb, the doer left out ("will move its library" / "its library is moving"): a verb told of what undergoes it',
        source: 'The council will also move its library to a larger building on the high street.',
        rewrite: 'Its library is also moving to a bigger building on the high street.',
      },
      {
        why: 'a quotation opened between an auxiliary and its verb ("had “lost") is parsed as one verb group, so the subject stays the team\'s',
        source: 'His Stannington counterpart, Owen Dacre, said his side had “lost their discipline for ten minutes and paid for it”.',
        rewrite: 'Owen Dacre, his opposite number at Stannington, said his team had “lost their discipline for ten minutes and paid for it”.',
      },
      {
        why: '"merge with" is symmetric: with no receiver, its doer and its "with" party are one role',
        source: 'In 2019 Fenlink merged with its smaller rival Daybus, creating the region\'s biggest bus company.',
        rewrite: 'In 2019 the smaller Daybus merged with its rival Fenlink, creating the region\'s biggest bus company.',
      },
      {
        why: '"the Grade II-listed building": a name joined by a hyphen to a participle describes the noun, which stays the receiver',
        source: 'The building, which is Grade II listed, is owned by the council and cannot be demolished.',
        rewrite: 'The council owns the Grade II-listed building, which cannot be demolished.',
      },
      {
        why: 'a converse told from the other side, with the name described in other words ("the Dutch rider" / "the Dutchman"), is the same event',
        source: 'Álvaro Ibáñez beat the Dutch rider Ruben de Graaf to third place.',
        rewrite: 'The Dutchman Ruben de Graaf lost out to Álvaro Ibáñez in the sprint for third.',
      },
      {
        why: 'each name keeps its description when the parties are listed the other way round',
        source: 'The loan was agreed between Eastgate Savings, the lender, and Harrow Mills, the borrower, last week.',
        rewrite: 'Harrow Mills, the borrower, and Eastgate Savings, the lender, agreed the loan last week.',
      },
      {
        why: 'an event noun replaced by a more general one with the same parties',
        source: 'The talks were expected to centre on a takeover of Skylark by Aerovia.',
        rewrite: 'The discussions are expected to focus on an acquisition of Skylark by Aerovia.',
      },
      {
        why: 'a clause whose verb was replaced by a synonym keeps its parties, though the alignment matched the verb to the same word in another clause',
        source: 'Since then, older year groups have been taught in temporary classrooms on the playing fields, while Year 7 and Year 8 pupils have been learning at the nearby Coldharbour community centre.',
        rewrite: 'Year 7 and Year 8 pupils have since been taught at the nearby Coldharbour community centre, with older year groups using temporary classrooms on the playing fields.',
      },
      {
        why: 'a converse phrasal verb told from the other party ("X beat Y" / "Y lost out to X") keeps the roles',
        source: 'Ibáñez beat Ruben de Graaf to third place.',
        rewrite: 'Ruben de Graaf lost out to Ibáñez in the sprint for third.',
      },
      {
        why: 'a common noun put for one of the same sense ("the fall, which followed" / "the decline followed") is the displaced participant renamed',
        source: 'The fall, which followed a revised rise of 0.3 per cent in September, was sharper than the 0.2 per cent decline forecast by economists.',
        rewrite: 'Economists had forecast a drop of just 0.2%, and the decline followed a revised 0.3% increase in September.',
      },
      {
        source: 'The Fenmore Playhouse\'s new staging of "The Glass Orchard" opened on Friday to a full house, and on this evidence the theatre\'s gamble on a forgotten 1930s drama has paid off.',
        rewrite: 'The Fenmore Playhouse gambled on reviving "The Glass Orchard", a forgotten drama from the 1930s, and on the strength of Friday\'s opening night before a full house, the bet has paid off.',
        why: 'a party the source only describes ("the theatre") may be the one the rewrite names: no splice',
      },
      {
        source: 'No deaths have been linked to the contaminated batch.',
        rewrite: 'The contaminated batch has not been linked to any deaths.',
        why: '"linked to" is symmetric: what is linked to what may be told either way round',
      },
      {
        source: 'The study compared hospital records kept in 2010 with survey data from 2020.',
        rewrite: 'The study compared survey data from 2020 with hospital records kept in 2010.',
        why: '"compared with" is symmetric: the two things compared may come in either order',
      },
      {
        source: 'Analysts said the cut was likely to be copied by other lenders within weeks.',
        rewrite: 'Within weeks, other lenders were likely to follow suit, analysts said.',
        why: 'the subject of "likely" with an infinitive is the infinitive\'s participant, in its voice: the lenders do the copying or following in both',
      },
      {
        source: 'A former hospital finance director was jailed for three years on Tuesday for stealing £412,000 from the trust that employed him.',
        rewrite: 'A former finance director at a hospital trust has been jailed for three years for stealing £412,000 from his employer.',
        why: '"a hospital finance director" is "a finance director at a hospital trust": the word describes a noun in a phrase of the noun it described',
      },
      {
        why: 'a headline drops the passive\'s auxiliary: "Town centre parking charges approved" says the charges were approved',
        source: 'Council approves town centre parking charges',
        rewrite: 'Town centre parking charges approved',
      },
      {
        why: 'a phrase hung on another verb ("in the journal X" read as where blood sugar is kept) changes no role: an oblique changes hands only between two names',
        source: 'A daily walk may help people keep their blood sugar in check, according to a study published in the journal Metabolic Care.',
        rewrite: 'People may be able to keep their blood sugar under control by walking every day, according to a study in the journal Metabolic Care.',
      },
      {
        why: 'the "of" phrase of an act\'s own noun may name its doer: "the approval of X\'s shareholders" = "approved by X\'s shareholders"',
        source: "The deal still needs the approval of Copperline's shareholders.",
        rewrite: "The deal must still be approved by Copperline's shareholders.",
      },
      {
        why: '"took over from X", "succeeded X" and "replaced X" tell one succession the same way round',
        source: 'Fiona Strachan took over from Derek Holm as managing director in 2021.',
        rewrite: 'Fiona Strachan succeeded Derek Holm as managing director in 2021, replacing him after six years.',
      },
      {
        why: '"took X to court" and "a case against X brought by Y" tell the source\'s "Y sued X" the same way round',
        source: 'The architecture firm Brandt Okoye has sued the developer Halloran Estates over unpaid fees.',
        rewrite: 'Brandt Okoye, an architecture firm, has taken the developer Halloran Estates to court over unpaid fees, in a case against Halloran brought by Brandt Okoye.',
      },
      {
        why: 'the object of "urged" is who is to accept, in the active and the passive alike (object control)',
        source: 'The board urged shareholders to accept the offer.',
        rewrite: 'Shareholders were urged by the board to accept the offer.',
      },
      {
        why: 'the act told again in a sentence of its own, with the parties the right way round',
        source: 'Harrowgate Foods has agreed to buy the bakery chain Crumbwell in a deal worth £186 million. Crumbwell has 140 shops in Wales. Analysts said the price looked generous. The deal is expected to be completed in the first quarter of next year.',
        rewrite: 'Harrowgate Foods has agreed to buy the bakery chain Crumbwell in a deal worth £186 million. Crumbwell has 140 shops in Wales. Analysts said the price looked generous. Completion of Harrowgate\'s takeover of Crumbwell is expected in the first quarter of next year.',
      },
      {
        why: 'a noun for the doer ("the owner of") says what the passive says',
        source: 'Arden Rail is owned by the Dutch group Velt.',
        rewrite: 'The Dutch group Velt is the owner of Arden Rail.',
      },
      {
        why: 'a noun on a noun on a noun describes the noun next to it: "campaign group director" is the campaign group\'s director',
        source: '"Nobody should have to wait nine hours in A&E," said Anil Bhatt, director of the campaign group Patients First.',
        rewrite: 'Patients First campaign group director Anil Bhatt said: "Nobody should have to wait nine hours in A&E."',
      },
      {
        why: 'the same verb with its "to" and "from" phrases reordered keeps its direction',
        source: 'The family moved from Leeds to York in 2010, her brother said.',
        rewrite: 'In 2010 the family moved to York from Leeds, her brother said.',
      },
      {
        why: 'the converse told from the other party keeps the roles ("lease to" / "lease from")',
        source: 'The district will lease the old school building to the college for ten years, officials said.',
        rewrite: 'The college will lease the old school building from the district for ten years, officials said.',
      },
      {
        why: 'a passive subject beside an object of the same verb is a misparse, not a new receiver',
        source: 'Dock workers at the port of Brennhaven have accepted a two-year pay deal, ending a dispute that had disrupted shipping for six weeks.',
        rewrite: 'A six-week dispute that had held up shipping at the port of Brennhaven is over after dock workers there accepted a pay settlement covering two years.',
      },
      {
        why: 'two source sentences merged: "a former employee" and "the 39-year-old woman" may be one person, not a splice',
        source: 'Prosecutors in Lindenfeld have charged a former employee of Mittelland Savings Bank with defrauding elderly customers. The 39-year-old woman allegedly transferred money from 23 accounts, the prosecutor said.',
        rewrite: 'A 39-year-old woman who used to work for Mittelland Savings Bank has been charged by prosecutors in Lindenfeld with defrauding elderly customers. She is accused of moving money from 23 accounts, the prosecutor said.',
      },
      {
        why: 'active -> passive with the roles kept',
        source: 'The union sued the city over the pension cuts.',
        rewrite: 'The city was sued by the union over the pension cuts.',
      },
      {
        why: 'passive -> active with the roles kept',
        source: 'The city was sued by the union over the pension cuts.',
        rewrite: 'The union sued the city over the pension cuts.',
      },
      {
        why: 'active -> passive, proper names',
        source: 'Acme bought Globex for an undisclosed sum last year.',
        rewrite: 'Globex was bought by Acme for an undisclosed sum last year.',
      },
      {
        why: 'converse verbs with the parties exchanged: X sold Y to Z = Z bought Y from X',
        source: 'Acme sold the plant to Globex in March.',
        rewrite: 'Globex bought the plant from Acme in March.',
      },
      {
        why: 'an event noun with its doer in a "by" phrase: X agreed to buy Y = Y agreed to a takeover by X',
        source: 'Orvane has agreed to buy the bakery chain Millstead.',
        rewrite: 'Millstead has agreed to a takeover by Orvane.',
      },
      {
        why: 'a phrasal passive with the roles kept',
        source: 'Cobalt Ledger has agreed to acquire Quillfield Analytics.',
        rewrite: 'Quillfield Analytics is to be taken over by Cobalt Ledger.',
      },
    ],
  },

  wording: {
    hits: [
      {
        source: 'The ministry fostered an ecosystem of criminal hackers.',
        rewrite: 'The ministry created an ecosystem of criminal hackers.',
        text: 'created', sourceText: 'fostered',
      },
      {
        source: 'The council will counter the rise in fly-tipping with new cameras.',
        rewrite: 'The council will combat the rise in fly-tipping with new cameras.',
        text: 'combat', sourceText: 'counter',
      },
      {
        source: 'The storm caused major damage to homes along the coast.',
        rewrite: 'The storm caused significant damage to homes along the coast.',
        text: 'significant', sourceText: 'major',
      },
    ],
    quiet: [
      {
        why: 'British vs American spelling',
        source: 'The centre will organise a programme of free concerts.',
        rewrite: 'The center will organize a program of free concerts.',
      },
      {
        why: 'active -> passive',
        source: 'Police arrested two men after the robbery at the jewellery shop.',
        rewrite: 'Two men were arrested by police after the robbery at the jewellery shop.',
      },
      {
        why: 'clauses reordered',
        source: 'After the storm passed, crews restored power to 2,000 homes.',
        rewrite: 'Crews restored power to 2,000 homes after the storm passed.',
      },
    ],
  },

  unsupported: {
    hits: [
      {
        source: 'Payments app Kwikpay suffered a nationwide outage on Friday that left customers unable to send money for almost six hours, the company confirmed. Card payments and cash withdrawals were not affected, the firm said, but transfers between users were suspended until shortly after 3.30pm. Kwikpay apologised and said it would refund any late-payment fees that customers incurred as a result.',
        rewrite: 'Kwikpay customers were unable to send money for close to six hours on Friday after the payments app went down across the country, the company has confirmed. Transfers between users were halted until just after 3:30pm, though card payments and cash withdrawals carried on as normal, according to the firm. Kwikpay said no customer data had been exposed during the outage. The company said sorry and promised to refund any late-payment fees that customers ran up as a result.',
        text: 'Kwikpay said no customer data had been exposed during the outage.',
      },
      {
        source: 'A tanker carrying 12,000 tonnes of diesel ran aground off Halsey Island early on Thursday, the coastguard said. The coastguard said two tugs had been sent and would try to refloat the vessel on Friday. The ship\'s operator said the cause of the grounding was not yet known.',
        rewrite: 'A tanker carrying 12,000 tonnes of diesel ran aground off Halsey Island early on Thursday, the coastguard said. Two tugs had been sent, the coastguard said, and would try to refloat the vessel on Friday. It is the second tanker to run aground off Halsey Island. The ship\'s operator said the cause of the grounding was not yet known.',
        text: 'It is the second tanker to run aground off Halsey Island.',
      },
      {
        source: 'Visitor numbers on the island of Kestra rose by 12 per cent last year, reaching 1.9 million, the regional tourism board said.',
        rewrite: 'Visitor numbers on the island of Kestra rose by 12 per cent last year, reaching 1.9 million, the regional tourism board said. It was the island\'s busiest year on record.',
        text: 'It was the island\'s busiest year on record.',
      },
      {
        source: 'Her lawyers argued that Northgate Homes had failed to assess how the move would affect her health before seeking possession. The judge ruled in favour of the tenant on Tuesday.',
        rewrite: 'Her lawyers argued that Northgate Homes had not assessed how the move would affect her health before seeking possession. Northgate Homes manages more than 4,000 properties across Hensford. The judge ruled in favour of the tenant on Tuesday.',
        text: 'Northgate Homes manages more than 4,000 properties across Hensford.',
      },
      {
        source: 'The council met on Tuesday to discuss the budget. It approved new funding for road repairs.',
        rewrite: 'The council met on Tuesday to discuss the budget. It approved new funding for road repairs. The mayor is widely tipped to run for parliament next spring.',
        text: 'The mayor is widely tipped to run for parliament next spring.',
      },
      {
        source: 'Firefighters spent six hours tackling the blaze at the paint factory.',
        rewrite: 'Firefighters spent six hours tackling the blaze at the paint factory. Please share this article with your friends.',
        text: 'Please share this article with your friends.',
      },
      {
        source: 'The council met on Tuesday to discuss the budget. The mayor opened the session with a minute of silence. It approved new funding for road repairs.',
        rewrite: 'The council met on Tuesday to discuss the budget. Several shops in the high street have closed this year. It approved new funding for road repairs.',
        text: 'Several shops in the high street have closed this year.',
        also: [['omitted', 'The mayor opened the session with a minute of silence.']],
      },
    ],
    quiet: [
      {
        why: 'an unpaired sentence between paired neighbours takes the source sentence a neighbour only shares words with',
        source: 'The case was filed after the regulator had fined Castor Mining £2 million in May. Castor Mining has appealed against the fine. Tests found nitrate levels eight times the legal limit.',
        rewrite: 'The council went to court after the regulator had fined Castor Mining £2m in May. An appeal against that penalty has been lodged by the company. Nitrate levels eight times the legal limit were found in tests.',
      },
      {
        why: "a rank word put for a word of its sense on the same noun (\"his opening game\" / \"his first game\") ranks nothing new",
        source: 'He lost his opening game to an amateur, and few observers gave him a chance.',
        rewrite: 'After losing his first game to an amateur, he was given a chance by few observers.',
      },
      {
        why: 'the source\'s ordinal licenses the rank however far its count\'s span is put ("the third damaging spring frost in the valley in six years")',
        source: 'A late frost destroyed the buds. It was the third damaging spring frost in the valley in six years.',
        rewrite: 'A late frost destroyed the buds. This was the valley\'s third damaging spring frost in six years.',
      },
      {
        why: 'the source\'s "most commonly" ranks as the rewrite\'s "the commonest" does: the adverb\'s adjective, ranked',
        source: 'A minority of patients reported side effects, most commonly nausea or mild dizziness.',
        rewrite: 'Fewer than half of the patients reported side effects, the commonest being nausea or mild dizziness.',
      },
      {
        why: 'the source\'s "the most allowed" ranks what it follows as "the highest increase possible" does',
        source: 'Council tax will rise by 4.99%, the most allowed without a local referendum.',
        rewrite: 'Council tax is set to go up by 4.99%, the highest increase possible without a local referendum.',
      },
      {
        why: '"at the earliest" before a conjunction the tagger read as a noun bounds a time; it ranks nothing',
        source: 'Nordline said it had suspended the Keswyn route until at least Friday while divers inspect the hull.',
        rewrite: 'The Keswyn route would stay suspended until Friday at the earliest while divers inspect the hull, Nordline said.',
      },
      {
        why: 'a superlative the tagger left unlemmatised still ranks as the source does',
        source: 'The regional manager, Tobias Engström, said river flows in the area were the lowest recorded for the time of year.',
        rewrite: 'River flows in the area are the lowest on record for the time of year, according to Tobias Engström, the regional manager.',
      },
      {
        why: 'a superlative after "at the" bounds a time ("at the earliest"); it ranks nothing',
        source: 'Repairs will take until March at least, the council said.',
        rewrite: 'Repairs will take until March at the earliest, the council said.',
      },
      {
        why: 'an ordinal whose noun is left to the context ("the second to force evacuations") ranks as one with its noun',
        source: 'It is the town\'s third storm since May – and the second to force evacuations.',
        rewrite: 'The storm is the town\'s third since May, and the second to force people to leave their homes.',
      },
      {
        why: '"no one" is "nobody", and "injured" a synonym of "hurt": a short sentence told in other words',
        source: 'The fire started on Sunday night. Nobody was hurt. The hall was closed for the winter.',
        rewrite: 'The fire started on Sunday night. No one was injured. The hall was closed for the winter.',
      },
      {
        why: 'a source\'s "its previous inspection" licenses "its last inspection" (the most recent)',
        source: 'The school, which has about 1,150 pupils, was rated "inadequate" at its previous inspection in 2023.',
        rewrite: 'At its last inspection, in 2023, the school – which has roughly 1,150 pupils – was rated "inadequate".',
      },
      {
        why: 'a source\'s "its final production" ranks as "the last show" does',
        source: 'The theatre will close in January. Its final production, a pantomime, opens on 5 December.',
        rewrite: 'The theatre will close in January. The last show will be a pantomime, opening on December 5.',
      },
      {
        why: 'an order word before a verb ("who first appeared on stage") tells when someone acted, no rank of a thing',
        source: 'The theatre will close in January. Actor Zoë Marchetti, who made her stage debut at the theatre as a child, called the closure a terrible loss.',
        rewrite: 'The theatre will close in January. Zoë Marchetti, an actor who first appeared on stage at the theatre as a child, called the closure a terrible loss.',
      },
      {
        why: 'a sentence carrying several of its source\'s words that no sibling has is that source\'s, not an echo of a sentence a sibling carries ("Work starts in September with the roof of …")',
        source: "FOR IMMEDIATE RELEASE\nBrightfield Power Solutions and the Municipality of Carrick Haven today announced a partnership to install rooftop solar panels on 46 public buildings, including schools, libraries and the town\'s two fire stations.\nThe €7.8 million project is expected to generate around 5.2 gigawatt-hours of electricity a year, enough to cover roughly 60 per cent of the buildings\' combined consumption.\nInstallation will begin in September and is scheduled to be completed by the end of next year.\nBrightfield Power will finance, build and maintain the systems, and the municipality will buy the power at a fixed price for 20 years.\n\"This partnership shows what towns of our size can do when they think long-term,\" said Mayor Mara Quill.\n\"Every school roof that carries panels is a lesson in itself,\" added Brightfield Power\'s managing director, Tom Eddery.\nThe project is expected to cut the municipality\'s carbon emissions by about 1,900 tonnes a year.\nAbout Brightfield Power Solutions: Founded in 2011, Brightfield Power develops and operates distributed solar and storage projects for public-sector clients in six countries.",
        rewrite: "FOR IMMEDIATE RELEASE\nRooftop solar panels are to be fitted on 46 public buildings in Carrick Haven – among them schools, libraries and both of the town's fire stations – under a partnership announced today by the municipality and Brightfield Power Solutions.\nThe project, worth €7.8m, is forecast to produce about 5.2 GWh of electricity annually, enough to meet some 60% of the combined consumption of the buildings.\nWork starts in September with the roof of Carrick Haven Secondary School and is due to finish by the close of next year.\nThe systems will be financed, built and maintained by Brightfield Power, while the municipality buys the electricity at a fixed price over 20 years.\n\"This partnership shows what towns of our size can do when they think long-term,\" Mayor Mara Quill said.\nAccording to Tom Eddery, managing director of Brightfield Power: \"Every school roof that carries panels is a lesson in itself.\"\nAnnual carbon emissions from the municipality are expected to fall by around 1,900 tonnes as a result.\nAbout Brightfield Power Solutions: Brightfield Power, set up in 2011, develops and operates distributed solar and storage projects for public-sector customers in six countries.",
      },
      {
        why: 'one sentence facing one between the same paired neighbours, its words met by stem and derivation ("seriously injured" / "serious injuries"), is the source\'s reworded',
        source: 'Heavy rain flooded the high street in Marlow Cross on Sunday. No one was seriously injured. The council has opened a rest centre in the town hall.',
        rewrite: 'Heavy rain flooded the high street in Marlow Cross on Sunday. There were no serious injuries. A rest centre has been opened in the town hall by the council.',
      },
      {
        source: 'Okafor won 6–4, 3–6, 7–5. She saved three break points at 5–5 and broke her opponent in the next game.',
        rewrite: 'Okafor won 6–4, 3–6, 7–5. At 5–5 in the third set she saved three break points, then broke her opponent in the next game.',
        why: '"the third set" counts a place in a sequence; an ordinal ranks only with a comparison of its own ("the second tanker to run aground")',
      },
      {
        why: '"the only member" restates the source\'s "the lone member": the same rank',
        source: 'The board approved the plan 6-1; the lone dissenting member, Carol Hedberg, said she worried about the cost.',
        rewrite: 'The plan was backed by the board by six votes to one; Carol Hedberg, the only member to vote against it, said she was concerned about the cost.',
      },
      {
        why: '"had not borrowed from X before" tells a first: "the first time it has borrowed from X" ranks nothing new',
        source: 'Corran, which runs six routes, said it had not borrowed from Tessaline before.',
        rewrite: 'It is the first time the company, which operates six routes, has borrowed from Tessaline, it said.',
      },
      {
        why: 'a first told by its negation ("had never before reached a final") licenses "her first final"',
        source: 'Lena Hart won the Bayside Open on Sunday. The 24-year-old had never before reached a final on the tour.',
        rewrite: 'Lena Hart won the Bayside Open on Sunday. It was the first tour final for the 24-year-old.',
      },
      {
        why: 'a source\'s "the first month in which" licenses "for the first time"',
        source: 'No patient waited longer than 12 hours in May, the first month in which that had been the case since 2019.',
        rewrite: 'In May, for the first time since 2019, no patient had to wait more than 12 hours.',
      },
      {
        why: 'a sentence split off carries its half with an event noun told as its verb ("admission" / "admitted")',
        source: 'The exhibition at the castle will run until 30 June, and admission will be free for children under 12.',
        rewrite: 'The exhibition at the castle runs until 30 June. Children under 12 will be admitted free of charge.',
      },
      {
        why: 'a rank the source states as a predicate ("the snowfall was the heaviest recorded") is no new rank',
        source: 'Snow fell across the hills on Friday. The weather service said the snowfall was the heaviest recorded in the region since 2010.',
        rewrite: 'Snow fell across the hills on Friday. It was the heaviest snowfall recorded in the region since 2010, the weather service said.',
      },
      {
        why: 'a rank inside the source\'s quotation is a rank the source states; a rewrite may report it',
        source: '"Tilburg gives us skilled people and short routes to our biggest markets," said chief executive Joelle Verbeek.',
        rewrite: 'Chief executive Joelle Verbeek said Tilburg gave the company skilled people and short routes to its biggest markets.',
      },
      {
        why: 'a superlative before a hyphenated figure ("the biggest one-day drop") is a rank the aligned sentence states',
        source: 'The index fell 1.2 per cent to 1,948 points, its biggest one-day drop in a month.',
        rewrite: 'The index lost 1.2% to end at 1,948 points, its steepest single-day fall in a month.',
      },
      {
        why: 'a sentence whose source sentence ranks too restates a rank ("the worst performer" / "the poorest showing")',
        source: 'The shares, which have lost roughly a third of their value since January, closed at €14.62 in Amsterdam, making them the worst performer on the midcap index.',
        rewrite: 'Having shed about a third of their value since January, the shares ended the day at €14.62 in Amsterdam, the poorest showing on the midcap index.',
      },
      {
        why: '"the first half" is a period of the match, not a rank',
        source: 'Striker Tomas Brell scored twice before half-time, and substitute Joel Amadi added a third in stoppage time.',
        rewrite: 'Tomas Brell, the striker, struck twice in the first half, and a third was added in stoppage time by Joel Amadi, who had come off the bench.',
      },
      {
        why: 'a short verbless line with no figure or name is a heading, not a claim',
        source: 'The first round closed on 30 April.',
        rewrite: 'Key dates\n\nThe first round closed on 30 April.',
      },
      {
        why: 'a sentence split in two: each half carries its own part of the source',
        source: 'The striker, Tomas Brell, scored twice in the first half, and Joel Amadi added a third in stoppage time.',
        rewrite: 'Tomas Brell, the striker, scored twice in the first half. Joel Amadi added a third in stoppage time.',
      },
      {
        why: '"the last 5 km" counts a stretch off an end; it ranks nothing',
        source: 'About 25 riders went down in a crash inside the final 5 km of the stage.',
        rewrite: 'Around 25 riders went down in a crash inside the last 5 km of the stage.',
      },
      {
        why: 'two sentences merged into one',
        source: 'The council met on Tuesday to discuss the budget. It approved new funding for road repairs.',
        rewrite: 'The council, which met on Tuesday to discuss the budget, approved new funding for road repairs.',
      },
      {
        why: 'one sentence split in two',
        source: 'The hospital opened a new cancer ward on Monday, and it will treat 300 patients a year.',
        rewrite: 'The hospital opened a new cancer ward on Monday. It will treat 300 patients a year.',
      },
      {
        why: 'sentences reordered',
        source: 'Firefighters spent six hours tackling the blaze at the paint factory. Two workers were treated for smoke inhalation.',
        rewrite: 'Two workers were treated for smoke inhalation. Firefighters spent six hours tackling the blaze at the paint factory.',
      },
    ],
  },

  omitted: {
    hits: [
      {
        source: 'Firefighters spent six hours tackling the blaze at the paint factory. Two workers were treated for smoke inhalation.',
        rewrite: 'Firefighters spent six hours tackling the blaze at the paint factory.',
        text: 'Two workers were treated for smoke inhalation.',
      },
      {
        source: 'The court heard evidence from three witnesses on Monday. The defendant denies all the charges against him. The trial continues.',
        rewrite: 'The court heard evidence from three witnesses on Monday. The trial continues.',
        text: 'The defendant denies all the charges against him.',
      },
      {
        source: 'The council met on Tuesday to discuss the budget. The mayor opened the session with a minute of silence. It approved new funding for road repairs.',
        rewrite: 'The council met on Tuesday to discuss the budget. Several shops in the high street have closed this year. It approved new funding for road repairs.',
        text: 'The mayor opened the session with a minute of silence.',
        also: [['unsupported', 'Several shops in the high street have closed this year.']],
      },
    ],
    quiet: [
      {
        why: 'a short source sentence merged into its neighbour\'s rewrite sentence by synonyms',
        source: 'A storm tore the roof off the village hall on Sunday, flooding the main room. No one was hurt. Repairs will cost about £40,000.',
        rewrite: 'The roof of the village hall was ripped off in a storm on Sunday and the main room flooded; nobody was injured. Repairs will cost around £40,000.',
      },
      {
        why: 'a source sentence merged with a neighbour whose words it shares only through synonyms and a figure',
        source: 'Of those who voted, 68% backed the plan. Turnout was 41%, just above the minimum of 40%.',
        rewrite: 'The plan was supported by 68% of those taking part, on a turnout of 41%, narrowly clearing the minimum of 40%.',
      },
      {
        why: 'a line that speaks to the reader and names nothing is signposting, not a claim',
        source: 'The central bank left its main rate at 4.25% on Thursday. Here is what you need to know. Mortgage holders on fixed deals will see no change.',
        rewrite: 'The central bank kept its main rate at 4.25% on Thursday. Mortgage holders on fixed deals will see no change.',
      },
      {
        why: 'sentences reordered',
        source: 'Firefighters spent six hours tackling the blaze at the paint factory. Two workers were treated for smoke inhalation.',
        rewrite: 'Two workers were treated for smoke inhalation. Firefighters spent six hours tackling the blaze at the paint factory.',
      },
      {
        why: 'two sentences merged into one',
        source: 'The hospital opened a new cancer ward on Monday. The ward will treat 300 patients a year.',
        rewrite: 'The hospital opened a new cancer ward on Monday, and the ward will treat 300 patients a year.',
      },
      {
        why: 'a detail folded into another sentence',
        source: 'The rescue took six hours. Two climbers were saved from the ridge.',
        rewrite: 'Two climbers were saved from the ridge in a rescue that took six hours.',
      },
    ],
  },

  unrelated: {
    hits: [
      { source: HARBOUR, rewrite: ORCHESTRA, text: 'The city orchestra announced its new season yesterday.' },
      { source: MARATHON, rewrite: VACCINE, text: 'Researchers tested a nasal vaccine on mice and ferrets.' },
      { source: VACCINE, rewrite: `${HARBOUR} ${MARATHON}`, text: 'The harbour authority approved a new ferry terminal on Tuesday.' },
    ],
    quiet: [
      {
        why: 'a short rewrite with nothing from the source is a few unsupported sentences',
        source: HARBOUR,
        rewrite: 'The city orchestra announced its new season yesterday. Its conductor will retire after twenty years on the podium.',
      },
      {
        why: 'a rewrite that keeps half the source and adds another story',
        source: HARBOUR,
        rewrite: `${HARBOUR.split('. ').slice(0, 3).join('. ')}. ${ORCHESTRA}`,
      },
    ],
  },

  'added-detail': {
    hits: [
      {
        source: 'Brackenfield is the fifth university in the region to announce redundancies since January.',
        rewrite: 'Since January, three other universities in the region have announced redundancies.',
        text: 'three',
      },
      {
        // the source's own figures are the whole document's, not those of the first sentence
        // that asked: "2022" is the source's, "300" is not
        source: 'Sales at the academy\'s shop rose last year. The academy was rated poor by inspectors in 2022.',
        rewrite: 'Sales at the academy\'s shop rose by 300 last year. In 2022 inspectors rated the academy poor.',
        text: '300',
      },
      {
        source: 'The team used 62 hours of telescope time to map the motion of gas across the galaxy.',
        rewrite: 'Over three months in 2025 the team used 62 hours of telescope time to map the motion of gas across the galaxy.',
        text: 'three months in 2025',
      },
      {
        source: 'The fire destroyed the warehouse on the edge of town.',
        rewrite: 'The fire destroyed the warehouse on the edge of town and caused $2 million in damage.',
        text: '$2 million',
      },
      {
        source: 'Police arrested a man in connection with the robbery.',
        rewrite: 'Police arrested a 34-year-old man in connection with the robbery.',
        text: '34',
      },
      {
        source: 'Police arrested a man in connection with the robbery.',
        rewrite: 'Police arrested John Harker in connection with the robbery.',
        text: 'John Harker',
      },
      {
        source: 'The museum reopened to visitors after a long renovation.',
        rewrite: 'The museum reopened to visitors on 3 May after a long renovation.',
        text: '3 May',
      },
      {
        source: 'Police arrested a man in connection with the robbery on Friday.',
        rewrite: 'Police arrested a man in connection with the robbery at the Harbour Street bank on Friday.',
        text: 'Harbour Street',
      },
    ],
    quiet: [
      {
        source: 'Home users will pay 390 kroner a month.',
        rewrite: 'Home users will be charged NOK 390 per month.',
        why: 'a currency\'s ISO code before the figure ("NOK 390") is the currency the source names after it ("390 kroner")',
      },
      {
        source: 'Ticket revenue has halved in four years.',
        rewrite: 'Ticket revenue is half what it was four years ago.',
        why: '\'half\' is what \'halved\' says',
      },
      {
        why: "\"a one-off payment\": \"one\" hyphened into a word WordNet knows whole counts nothing",
        source: 'Staff will receive a single payment of £500 in March.',
        rewrite: 'Staff will receive a one-off payment of £500 in March.',
      },
      {
        why: "\"one\" with a clause right after it after a copula stands for a thing already named: \"The method was one the start-up had developed\"",
        source: 'Corvane\'s chief executive said the app used a method the start-up had developed itself.',
        rewrite: 'The method behind the app was one the start-up had developed in-house, according to Corvane\'s chief executive.',
      },
      {
        why: "an alias the source says as an adjective: \"the American fund\" / \"the US fund\"",
        source: 'The club was bought by the American fund Redwater Capital on Friday.',
        rewrite: 'The US fund Redwater Capital bought the club on Friday.',
      },
      {
        why: '"Not one library" is none, the negation\'s, not a count of one',
        source: 'The council has not closed any libraries this year.',
        rewrite: 'Not one library has been closed by the council this year.',
      },
      {
        why: "the figure of a frequency told in other words (\"every 12 hours\" for \"twice a day\") is no amount the source never gives",
        source: 'The drug is taken twice a day.',
        rewrite: 'The drug is taken every 12 hours.',
      },
      {
        why: "\"one\" after a determiner and a name describing it (\"a Harbourline one\") stands for a noun already named",
        source: 'Half of Castlegate’s 212 branches are within five miles of a Harbourline branch, according to an analysis by the consultancy Pennant Advisory.',
        rewrite: 'According to analysis by the consultancy Pennant Advisory, half of Castlegate’s 212 branches lie within five miles of a Harbourline one.',
      },
      {
        why: 'a party\'s members in the plural name the party the source\'s adjective does ("the Conservatives" / "the Conservative candidate")',
        source: 'Tennant, the Conservative candidate, was third.',
        rewrite: 'The Conservatives\' Tennant was third.',
      },
      {
        why: "a given name is no member word: \"Edwards\" against \"Edward\" stays a name",
        source: 'Tom Edward was third.',
        rewrite: 'Tom Edwards was third.',
      },
      {
        why: "\"the first fortnight\" is \"the first two weeks\": a period named by its unit after \"first\" is one of it",
        source: 'Berrington will be managed carefully during the first fortnight, the coach said.',
        rewrite: 'Berrington will be managed carefully over the first two weeks, the coach said.',
      },
      {
        why: "a range of days joined by \"until\" before one month (\"from 4 until 12 May\" / \"from May 4 until May 12\")",
        source: 'The exhibition is open from 4 until 12 May.',
        rewrite: 'The exhibition is open from May 4 until May 12.',
      },
      {
        why: "a century as a word and as a figure (\"the late second century\" / \"the late 2nd century\")",
        source: 'The building, which dates from the late second century AD, was found during survey work.',
        rewrite: 'Dating from the late 2nd century AD, the building came to light during survey work.',
      },
      {
        why: "a list of day ranges before one month (\"on 21–22 and 28–29 June\" / \"June 21–22 and June 28–29\")",
        source: 'The site will be open to the public on 21–22 and 28–29 June.',
        rewrite: 'The site will open to the public on June 21–22 and June 28–29.',
      },
      {
        why: "\"one another\" is the reciprocal pronoun, no count",
        source: 'The two brands trade within a few streets of each other.',
        rewrite: 'The two brands trade within a few streets of one another.',
      },
      {
        why: '"over the past year" = "in the last year": the stretch up to now',
        source: 'Commuters had seen no improvement in punctuality over the past year, the group said.',
        rewrite: 'The group said commuters had noticed no improvement in punctuality in the last year.',
      },
      {
        why: '"12.01am" is 00:01: the hour of a clock time is no amount',
        source: 'The ban comes into force at 00:01 on Friday.',
        rewrite: 'The ban takes effect from 12.01am on Friday.',
      },
      {
        why: '"one" after a determiner and describing words stands for a noun already named ("the third major one"); it counts nothing',
        source: 'It was the region\'s third major flood this year.',
        rewrite: 'The flood was the third major one in the region this year.',
      },
      {
        why: 'the next fortnight is two weeks',
        source: 'The ferries will keep sailing for at least the next fortnight.',
        rewrite: 'The ferries will continue to sail for at least two weeks.',
      },
      {
        why: 'the coming year and a half is 18 months',
        source: 'The chain plans to open six shops over the next 18 months.',
        rewrite: 'Over the coming year and a half, the chain plans to open six shops.',
      },
      {
        why: '"scoring two of the goals" counts the goals of "scored twice": the things after "of the" are what the count counts',
        source: 'Striker Tomas Vedra scored twice as Ashby Rovers beat Kelton Town on Saturday.',
        rewrite: 'Ashby Rovers beat Kelton Town on Saturday, with Tomas Vedra scoring two of the goals.',
      },
      {
        why: '"the following day" counted from the day the sentence names is the next day ("4 May" after "3 May")',
        source: 'The suspect was arrested at his flat in Corby on 3 May and charged with arson on 4 May.',
        rewrite: 'The suspect was arrested at his flat in Corby on 3 May and charged with arson the following day.',
      },
      {
        why: 'a length of time the source gives by its two ends ("from 2pm until 5pm" is three hours)',
        source: 'Trains were halted from 2pm until 5pm on Friday after a lorry struck a railway bridge near Cobham Halt.',
        rewrite: 'A lorry striking a railway bridge near Cobham Halt halted trains for three hours from 2pm on Friday.',
      },
      {
        why: 'a stretch from a late hour to an early one ("between 11pm on Friday and 6am") is overnight',
        source: 'The burglary at the Mill Street pharmacy happened between 11pm on Friday and 6am on Saturday, police said.',
        rewrite: 'Police said the Mill Street pharmacy was burgled overnight between Friday and Saturday.',
      },
      {
        why: 'a day of a month names the month: "in January" says less than "by 31 January", nothing else',
        source: 'The deal is expected to be completed by 31 January.',
        rewrite: 'The deal is expected to be completed in January.',
      },
      {
        why: 'a range of years written with its end\'s last two figures ("1612–19") is the range "between 1612 and 1619"',
        source: 'The hall, built between 1612 and 1619, attracts about 65,000 visitors a year.',
        rewrite: 'Built in 1612–19, the hall draws roughly 65,000 visitors a year.',
      },
      {
        why: '"one of them" singles out a member of a group the source counts ("two bidders, including Halberg")',
        source: 'Corvexa beat two rival bidders, including the Swiss firm Halberg Pharma, after a tender that lasted nine months.',
        rewrite: 'After a nine-month tender, Corvexa saw off two competing bidders, one of them the Swiss company Halberg Pharma.',
      },
      {
        why: 'a title contracted to its first and last letters and some between ("Cllr" for "Councillor") names nothing new',
        source: 'Councillor Priya Raman, cabinet member for housing, said an improvement plan would follow.',
        rewrite: 'Cllr Priya Raman, the cabinet member responsible for housing, said an improvement plan would follow.',
      },
      {
        why: '"one" opening a series ("from one year group to the next") counts nothing',
        source: 'Teaching had improved but remained "uneven" across year groups.',
        rewrite: 'Teaching had got better but was still "uneven" from one year group to the next.',
      },
      {
        why: 'what a move comes "a week after" was "a week earlier"',
        source: 'The move comes a week after its rival Brackley\'s lowered prices on about 900 lines.',
        rewrite: 'A week earlier, rival Brackley\'s cut prices on around 900 lines.',
      },
      {
        why: 'a count of things the source says as a number of times ("reported twice" / "two reports")',
        source: 'The pothole had been reported to the council twice in the month before the crash.',
        rewrite: 'The council had received two reports of the pothole in the month before the crash.',
      },
      {
        why: 'a capitalised word for a kind of person opening a full name ("Recorder Priya Okafor") is a title, the role rule\'s to weigh (WordNet reads a recorder as a kind of judge), not an added name',
        source: 'Judge Priya Okafor said the gang had brought misery to estates across the town.',
        rewrite: 'Sentencing, Recorder Priya Okafor said the gang had brought misery to estates across the town.',
      },
      {
        source: 'The plant will employ about 400 people over the next decade.',
        rewrite: 'The plant will employ about 400 people over the next ten years.',
        why: 'a period named by its unit alone ("the next decade") is one of it: ten years',
      },
      {
        source: 'Veteran councillor Ann Boyd said the plan was rushed.',
        rewrite: 'The plan was rushed, said Ann Boyd, one of the veteran councillors.',
        why: '"one of" a group singles out a member; it counts nothing',
      },
      {
        why: '"one" for "an" before the same noun, its describers reworded ("an extra maths lesson" / "one additional maths lesson"), adds no figure',
        source: 'Pupils in Year 11 will get an extra science lesson each week from January.',
        rewrite: 'From January, Year 11 pupils will get one additional science lesson a week.',
      },
      {
        why: '"the two firms said" counts the parties the source calls "the companies": no detail added',
        source: 'Norvale has agreed to buy Quillfire for £85 million, the companies said on Wednesday.',
        rewrite: 'Norvale has agreed to buy Quillfire for £85m, the two firms said on Wednesday.',
      },
      {
        why: 'a duration told as its parts is the same figure: "12 months" for "a year"',
        source: 'Cloudvane has offered affected customers a year of free credit monitoring.',
        rewrite: 'Affected customers have been offered 12 months of free credit monitoring by Cloudvane.',
      },
      {
        why: 'a quarter told by its end ("the three months to June") is April to June',
        source: 'Net profit rose 8 percent to 96 million dollars in the three months to June.',
        rewrite: 'Net profit climbed 8% to $96 million in the April-June quarter.',
      },
      {
        why: 'the source writes the figure itself ("in 2022"), though the rewrite\'s words make it look like a count ("In 2022 inspectors")',
        source: 'The school was rated poor by inspectors in 2022.',
        rewrite: 'In 2022 inspectors rated the school poor.',
      },
      {
        why: '"one metre" is the source\'s "a metre": the article is the count',
        source: 'The design was changed to reduce its height by a metre.',
        rewrite: 'The design was altered to lower it by one metre.',
      },
      {
        why: '"one minibus" is the source\'s "a single minibus"',
        source: 'Pryce started the firm with a single minibus in 1986.',
        rewrite: 'Pryce founded the firm with one minibus in 1986.',
      },
      {
        why: '"the two" with no noun stands for the two parties already named',
        source: 'Trade between Norland and Vest still amounts to about €4 billion a year.',
        rewrite: 'Trade between the two still comes to roughly €4bn annually.',
      },
      {
        why: '"a third consecutive month" is an ordinal, not a share',
        source: 'Sales at the chain have risen for the third month in a row, figures showed on Monday.',
        rewrite: 'Figures released on Monday show sales at the chain have grown for a third consecutive month.',
      },
      {
        why: '"overnight" where the source already names the night',
        source: 'About 400 passengers spent the night on the stranded ferry.',
        rewrite: 'About 400 passengers were stuck overnight on the stranded ferry.',
      },
      {
        why: '"both cities" counts two places the source names; it adds nothing',
        source: 'Trains between Arlen and Vosk will return in May. They will leave each city at 9pm.',
        rewrite: 'Trains between Arlen and Vosk will return in May, with departures from both cities at 9pm.',
      },
      {
        why: 'a month\'s abbreviation beside a day is a date, not a name',
        source: 'ORVIK, 14 February (Wire) - Ferry crews began a two-day strike on Tuesday.',
        rewrite: 'ORVIK, Feb 14 (Wire) - Ferry crews started a 48-hour strike on Tuesday.',
      },
      {
        why: '"today" for the present the source says with "now" adds no date',
        source: 'The best known, in the lakeside town of Hedmora, opened in 1983 and is now a protected building.',
        rewrite: 'The best known, which opened in 1983 in the lakeside town of Hedmora, is today a protected building.',
      },
      {
        why: "\"no one\" is a pronoun, not a count of one",
        source: "Nobody was hurt when a lorry carrying timber overturned on the A614 near Elston early on Sunday, police said.",
        rewrite: "Police said a lorry carrying timber overturned on the A614 near Elston early on Sunday, but no one was injured.",
      },
      {
        why: "\"every one of its bolts\" counts nothing",
        source: "The Tarnbridge viaduct reopened to traffic only after engineers had inspected every bolt.",
        rewrite: "The Tarnbridge viaduct was not reopened to traffic until engineers had inspected every one of its bolts.",
      },
      {
        why: '"mid-October" names October ("the middle of October")',
        source: 'Picking will continue until mid-October, the cooperative said on Monday.',
        rewrite: 'Picking will go on until the middle of October, the cooperative said on Monday.',
      },
      {
        why: '"a couple of trains" counts two',
        source: 'A couple of trains were cancelled on Monday morning because of the fault, the operator said.',
        rewrite: 'Two trains were cancelled on Monday morning because of the fault, the operator said.',
      },
      {
        why: '"the first half" is a period of the match, not a share of 50%',
        source: 'Striker Tomas Brell scored twice before half-time, and substitute Joel Amadi added a third in stoppage time.',
        rewrite: 'Tomas Brell, the striker, struck twice in the first half, and a third was added in stoppage time by Joel Amadi, who had come off the bench.',
      },
      {
        why: '"a year earlier" = "last year"',
        source: 'Net profit rose 8 percent to 96 million dollars, up from 89 million dollars a year earlier, the company said.',
        rewrite: 'Net profit rose 8% to $96m, up from $89m last year, the company said.',
      },
      {
        why: '"one fifth" is "a fifth": the "one" is the fraction\'s, no count of its own',
        source: 'The port handles roughly a fifth of the region\'s imports.',
        rewrite: 'Roughly one fifth of the region\'s imports pass through the port.',
      },
      {
        why: '"a quarter-final" is a compound word, not a share',
        source: 'Rovers will face Durnford Athletic in the quarter-finals next month.',
        rewrite: 'A quarter-final against Durnford Athletic awaits Rovers next month.',
      },
      {
        why: 'units of energy and power in symbols ("5.2 GWh", "300MW") name no new thing',
        source: 'The farm is expected to generate around 5.2 gigawatt-hours of electricity a year from its 300 megawatts of panels, the company said.',
        rewrite: 'The farm should produce some 5.2 GWh of electricity annually from its 300MW of panels, the company said.',
      },
      {
        why: 'a dateline\'s dash opens the sentence: "DENVER — Walkers" is no name',
        source: 'DENVER — A stretch of the Silver Creek Trail reopened to hikers on Friday.',
        rewrite: 'DENVER — Walkers can once again use a stretch of the Silver Creek Trail, which reopened on Friday.',
      },
      {
        why: 'an abbreviation of words the source spells out ("FOB" for "free on board")',
        source: 'Russian export prices were steady at $238 a tonne free on board, according to Sovagro.',
        rewrite: 'Russian export prices held at $238 a tonne FOB, according to Sovagro.',
      },
      {
        why: 'a figure moved from another source sentence',
        source: 'The rescue took six hours. Two climbers were saved from the ridge.',
        rewrite: 'Two climbers were saved from the ridge in a rescue that took six hours.',
      },
      {
        why: 'the same figure in digits',
        source: 'The rescue took six hours, the coastguard said.',
        rewrite: 'The rescue took 6 hours, the coastguard said.',
      },
      {
        why: 'the same date written differently',
        source: 'The vote will take place on 14 March 2025, the electoral commission said.',
        rewrite: 'The vote will take place on March 14, 2025, the electoral commission said.',
      },
    ],
  },
  language: {
    hits: [
      {
        source: 'Le conseil municipal a approuvé lundi le budget de la ville. Selon le maire, cette décision était nécessaire pour financer les écoles.',
        rewrite: 'Le conseil municipal a rejeté mardi le budget de la ville. Selon le maire, cette décision était nécessaire pour financer les écoles.',
        text: 'Le conseil municipal a rejeté mardi le budget de la ville.',
        sourceText: 'Le conseil municipal a approuvé lundi le budget de la ville.',
      },
      {
        source: 'The city council approved the budget on Monday, and the mayor said the decision was needed to pay for the schools.',
        rewrite: 'Der Stadtrat hat am Montag den Haushalt der Stadt genehmigt, und der Bürgermeister sagte, die Entscheidung sei für die Schulen notwendig.',
        text: 'Der Stadtrat hat am Montag den Haushalt der Stadt genehmigt, und der Bürgermeister sagte, die Entscheidung sei für die Schulen notwendig.',
      },
      {
        source: 'وافق مجلس المدينة يوم الاثنين على ميزانية المدينة التي تتضمن زيادة الضرائب بنسبة ثلاثة بالمئة في عام 1200',
        rewrite: 'وافق مجلس المدينة يوم الاثنين على ميزانية المدينة التي تتضمن زيادة الضرائب بنسبة ثلاثة بالمئة في عام 2100',
        text: 'وافق مجلس المدينة يوم الاثنين على ميزانية المدينة التي تتضمن زيادة الضرائب بنسبة ثلاثة بالمئة في عام 2100',
      },
    ],
    quiet: [
      {
        why: 'English quoting a few French words',
        source: 'The mayor called the plan "une décision nécessaire" and said the council would vote on Monday.',
        rewrite: 'The mayor called the plan "une décision nécessaire" and said the council would vote on Monday.',
      },
      {
        why: 'a short text is too little to tell',
        source: 'Le budget.',
        rewrite: 'Le budget.',
      },
    ],
  },
};

/** The text a finding is about: its rewrite span, or for an omitted claim its source span. */
function keyText(f: Finding, source: string, rewrite: string): string | null {
  if (f.kind === 'omitted') return f.source ? source.slice(f.source.start, f.source.end) : null;
  return f.rewrite ? rewrite.slice(f.rewrite.start, f.rewrite.end) : null;
}

function describeFindings(res: AnalysisResult, source: string, rewrite: string): string {
  if (res.findings.length === 0) return '(no findings)';
  return res.findings.map((f) => {
    const r = f.rewrite ? JSON.stringify(rewrite.slice(f.rewrite.start, f.rewrite.end)) : 'null';
    const s = f.source ? JSON.stringify(source.slice(f.source.start, f.source.end)) : 'null';
    return `  ${f.kind}/${f.severity} rewrite=${r} source=${s}`;
  }).join('\n');
}

const short = (s: string) => (s.length > 48 ? `${s.slice(0, 45)}...` : s);

describe('core rules', () => {
  it('the table covers every kind the engine reports', () => {
    assert.deepEqual(Object.keys(TABLE).sort(), [...KINDS].sort());
  });

  it('DEFAULT_SEVERITY matches the documented defaults', () => {
    assert.deepEqual({ ...DEFAULT_SEVERITY }, DOCUMENTED);
  });

  for (const kind of KINDS) {
    const row = TABLE[kind];
    describe(kind, () => {
      it('has several hits and several quiet rows', () => {
        assert.ok(row.hits.length >= 3, `${kind}: ${row.hits.length} hits`);
        assert.ok(row.quiet.length >= 2, `${kind}: ${row.quiet.length} quiet rows`);
      });

      for (const hit of row.hits) {
        it(`flags "${short(hit.text)}"`, () => {
          const res = analyze(hit.source, hit.rewrite);
          const dump = describeFindings(res, hit.source, hit.rewrite);
          const found = res.findings.find((f) => f.kind === kind && keyText(f, hit.source, hit.rewrite) === hit.text);
          assert.ok(found, `expected a ${kind} finding on ${JSON.stringify(hit.text)}; got:\n${dump}`);
          assert.equal(found.severity, DOCUMENTED[kind], `severity of ${kind}`);
          if (hit.sourceText !== undefined) {
            assert.ok(found.source, `${kind} finding has no source span`);
            assert.equal(hit.source.slice(found.source.start, found.source.end), hit.sourceText);
          }
          if (kind === 'omitted') assert.equal(found.rewrite, null, 'an omitted claim has no rewrite span');
          if (kind === 'unsupported') assert.equal(found.source, null, 'an unsupported sentence has no source span');
          // The message names the words it is about.
          const sText = found.source ? hit.source.slice(found.source.start, found.source.end) : '';
          const rText = found.rewrite ? hit.rewrite.slice(found.rewrite.start, found.rewrite.end) : '';
          assert.ok(
            (rText && found.message.includes(`"${rText}"`)) || (sText && found.message.includes(`"${sText}"`)),
            `message does not quote the finding's text: ${found.message}`,
          );
          // Nothing else in the pair is reported as an error or warning.
          const expected = [[kind, hit.text] as const, ...(hit.also ?? [])]
            .filter(([k]) => DOCUMENTED[k] !== 'info')
            .map(([k, t]) => `${k}:${t}`).sort();
          const actual = res.findings.filter((f) => f.severity !== 'info')
            .map((f) => `${f.kind}:${keyText(f, hit.source, hit.rewrite)}`).sort();
          assert.deepEqual(actual, expected, `unexpected error/warning findings:\n${dump}`);
        });
      }

      for (const quiet of row.quiet) {
        it(`stays quiet: ${quiet.why}`, () => {
          const res = analyze(quiet.source, quiet.rewrite);
          // Wording is info already: its quiet rows must produce no wording finding at all.
          const offending = res.findings.filter((f) => f.kind === kind && (kind === 'wording' || f.severity !== 'info'));
          assert.deepEqual(offending.map((f) => keyText(f, quiet.source, quiet.rewrite)), [],
            `unexpected ${kind} finding(s):\n${describeFindings(res, quiet.source, quiet.rewrite)}`);
        });
      }
    });
  }
});

describe('an unsupported sentence names the figures the source never states', () => {
  it('folds them into its message instead of separate added-detail findings', () => {
    const res = analyze('The council met on Tuesday to discuss the budget.', 'The council met on Tuesday to discuss the budget. The town has 4,000 empty homes.');
    const unsupported = res.findings.filter((f) => f.kind === 'unsupported');
    assert.equal(unsupported.length, 1);
    assert.match(unsupported[0]!.message, /never mentions "4,000"/);
    assert.deepEqual(res.findings.filter((f) => f.kind === 'added-detail'), []);
  });
});

describe('wording: another value of the same attribute is a warning', () => {
  const cases: ReadonlyArray<readonly [string, string, string, 'warning' | 'info' | null]> = [
    ['Activists threw yellow paint over the statue.', 'Activists threw pink paint over the statue.', 'pink', 'warning'],
    ['The dwarf star is red and faint.', 'The dwarf star is white and faint.', 'white', 'warning'],
    // Adjectives that may mean the same stay quiet; nouns WordNet calls sisters stay info.
    ['The council approved a massive expansion of the port.', 'The council approved a huge expansion of the port.', 'huge', null],
    ['The club will play the game on Sunday.', 'The club will play the match on Sunday.', 'match', null],
  ];
  for (const [source, rewrite, word, severity] of cases) {
    it(`${JSON.stringify(word)}: ${severity ?? 'no warning'}`, () => {
      const res = analyze(source, rewrite);
      const f = res.findings.find((x) => x.kind === 'wording' && rewrite.slice(x.rewrite!.start, x.rewrite!.end) === word);
      if (severity === null) assert.ok(!f || f.severity === 'info', `unexpected ${f?.severity} on ${word}`);
      else {
        assert.ok(f, `no wording finding on ${word}:\n${res.findings.map((x) => x.message).join('\n')}`);
        assert.equal(f.severity, severity);
      }
    });
  }
});
