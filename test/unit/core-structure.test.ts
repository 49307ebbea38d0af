// Rules that read sentence structure (issue 7): who did what to whom from the parse, and
// constructions read as constructions rather than word by word. Table-driven: each row is a
// source, a rewrite, and the finding expected (kind and rewrite words) or none of that kind.
import { strict as assert } from 'node:assert';
import { analyze, type Kind } from '../../src/core';
import { framesOf, sameParticipant } from '../../src/core/syntax/frames';
import { syntaxOf } from '../../src/core/syntax/sentenceSyntax';
import { tokenize } from '../../src/core/tokens';
import { areConverse, areConverseParties, isEventNoun, lexicalRelation, samePredicate } from '../../src/core/wordnet';

interface Row { name: string; source: string; rewrite: string; kind: Kind; expect: string | null }

const roles: Row[] = [
  { name: 'a river and its tributary swapped', source: 'The Tabaci River is a tributary of the River Leurda in Romania.', rewrite: 'The Leurda River is a tributary of the River Tabaci in Romania.', kind: 'roles-swapped', expect: 'Leurda River is a tributary of the River Tabaci' },
  { name: 'buyer and target swapped', source: 'Halvorsen Foods agreed to buy Brightwater for $40 million on Monday.', rewrite: 'Brightwater agreed to buy Halvorsen Foods for $40 million on Monday.', kind: 'roles-swapped', expect: 'Brightwater agreed' },
  { name: 'doer and receiver swapped', source: 'The union sued the city over pension cuts.', rewrite: 'The city sued the union over pension cuts.', kind: 'roles-swapped', expect: 'city sued the union' },
  { name: 'winner and loser swapped', source: 'Novak beat Hartley in the final on Sunday.', rewrite: 'Hartley beat Novak in the final on Sunday.', kind: 'roles-swapped', expect: 'Hartley beat Novak' },
  { name: 'an object spliced from another clause', source: 'The council bought the old depot and the mayor opened a new library on Friday.', rewrite: 'The mayor opened the old depot on Friday.', kind: 'roles-swapped', expect: 'opened the old depot' },
  { name: 'doer and receiver swapped by a passive that keeps the word order', source: 'Dana Whitcombe sued the trucking company in 2023.', rewrite: 'Whitcombe was sued by the trucking company in 2023.', kind: 'roles-swapped', expect: 'Whitcombe was sued by the trucking company' },
  { name: 'author and director swapped across conjoined passives', source: 'The play was written by Ana Ruiz and directed by Tom Fell.', rewrite: 'The play was written by Tom Fell and directed by Ana Ruiz.', kind: 'roles-swapped', expect: 'written by Tom Fell' },
  { name: 'the replaced and the replacement swapped', source: 'The team replaced Jon Hale with Eric Moss for the final.', rewrite: 'The team replaced Eric Moss with Jon Hale for the final.', kind: 'roles-swapped', expect: 'replaced Eric Moss with Jon Hale' },
  { name: 'quiet: a reporting verb with a speaker and a claim stays the attribution rule\'s', source: 'Ana Ruiz wrote that the play was finished.', rewrite: 'The play was finished, Ana Ruiz wrote.', kind: 'roles-swapped', expect: null },
  { name: 'a "by-" word read as an agent hid a swap', source: 'The councillor Jo Reed was beaten by the Labour candidate Sam Hill in the Eastwick by-election.', rewrite: 'The councillor Jo Reed beat the Labour candidate Sam Hill in the Eastwick by-election.', kind: 'roles-swapped', expect: 'councillor Jo Reed beat the Labour candidate Sam Hill' },
  { name: 'an opening participle clause turned passive', source: 'Having replaced Joan Pike as chair, Nora Hale cut the budget by a third.', rewrite: 'Having been replaced by Joan Pike as chair, Nora Hale cut the budget by a third.', kind: 'roles-swapped', expect: 'replaced by Joan Pike' },
  { name: 'an event noun\'s "of" and "by" phrases swapped', source: 'Regulators approved the purchase of the bakery chain Crumbs by Farrow Foods.', rewrite: 'Regulators approved the purchase of Farrow Foods by the bakery chain Crumbs.', kind: 'roles-swapped', expect: 'purchase of Farrow Foods by the bakery chain Crumbs' },
  { name: 'description-and-name doers swapped', source: 'The restaurant owner Maria Lopes hired the chef Tom Varga in 2020.', rewrite: 'The chef Tom Varga hired the restaurant owner Maria Lopes in 2020.', kind: 'roles-swapped', expect: 'chef Tom Varga hired the restaurant owner Maria Lopes' },
  { name: 'quiet: a participant named alike on both sides is not another by a rare sense', source: 'Witnesses said a man had been attacked by a group of youths.', rewrite: 'A group of youths had attacked a man, witnesses said.', kind: 'roles-swapped', expect: null },
  { name: 'a man and a group are two parties, however WordNet\'s rare senses read them', source: 'Police said a 40-year-old man had been attacked by a group of youths in Ely.', rewrite: 'Police said a 40-year-old man had attacked a group of youths in Ely.', kind: 'roles-swapped', expect: 'man had attacked a group' },
  { name: 'the two parties of a relation said of one participant: lender and borrower', source: 'Harlow Estates, the borrower of the £3 million, says Fenn Bank, the lender, misled it.', rewrite: 'Harlow Estates, the lender of the £3 million, says Fenn Bank, the borrower, misled it.', kind: 'roles-swapped', expect: 'lender' },
  { name: 'quiet as a negation: lender and borrower are not a polarity', source: 'Harlow Estates, the borrower of the £3 million, says Fenn Bank, the lender, misled it.', rewrite: 'Harlow Estates, the lender of the £3 million, says Fenn Bank, the borrower, misled it.', kind: 'negation', expect: null },
  { name: 'buyer and seller: the doers of converse verbs', source: 'Ashby Homes was the buyer in the £4 million sale of the mill, documents show.', rewrite: 'Ashby Homes was the seller in the £4 million sale of the mill, documents show.', kind: 'roles-swapped', expect: 'seller' },
  { name: 'predecessor and successor', source: 'Ana Ruiz, the predecessor of Tom Hale, will open the exhibition.', rewrite: 'Ana Ruiz, the successor of Tom Hale, will open the exhibition.', kind: 'roles-swapped', expect: 'successor' },
  { name: 'converse verbs with "to" and "from" where the parse names no other party', source: 'Marlow Council lent £2 million to the Dene Trust to buy the old library, minutes show.', rewrite: 'Marlow Council borrowed £2 million from the Dene Trust to buy the old library, minutes show.', kind: 'roles-swapped', expect: 'borrowed' },
  { name: 'quiet as roles: opposite verbs with no party marked are a negation', source: 'The driver denied causing the crash.', rewrite: 'The driver admitted causing the crash.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: a buyer and a purchaser are one party', source: 'The buyer of the mill was Ashby Homes.', rewrite: 'The purchaser of the mill was Ashby Homes.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: a party that does one thing in the rewrite and another in the source swaps nothing', source: 'Tickets for the reunion tour by the band Hollow Kings sold out within 40 minutes on Friday. The group will play 12 dates.', rewrite: 'Tickets for the reunion tour by Hollow Kings were snapped up in 40 minutes on Friday. The band will perform 12 dates.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: a description and the name after it, split by a misparse, are not two parties spliced', source: 'Tickets for the reunion tour by the band Hollow Kings sold out within 40 minutes on Friday morning.', rewrite: 'Tickets for the reunion tour by Hollow Kings, who broke up in 2009, were snapped up in under 40 minutes on Friday morning.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: active to passive', source: 'The union sued the city over pension cuts.', rewrite: 'The city was sued by the union over pension cuts.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: passive to active', source: 'The driver was arrested by police after the crash.', rewrite: 'Police arrested the driver after the crash.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: the loser as subject of a passive', source: 'Novak beat Hartley in the final on Sunday.', rewrite: 'Hartley was beaten by Novak in the final on Sunday.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: a phrase shortened to the participant inside it', source: 'The library is closed for the purpose of carrying out repairs to the roof.', rewrite: 'The library is closed for repairs to its roof.', kind: 'roles-swapped', expect: null },
  { name: 'a description moved to another thing both texts name', source: 'The Nashua Silver Knights, part of a current summer league, is the collegiate team of the city.', rewrite: 'The Nashua Silver Knights, part of a summer collegiate league, is the current team of the city.', kind: 'roles-swapped', expect: 'collegiate league' },
  { name: 'quiet: one name parsed two ways', source: 'The national weather service issued a warning on Monday.', rewrite: 'A warning was issued on Monday by the national weather service.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: a description over a list, reordered', source: 'She discussed her current projects and plans.', rewrite: 'She discussed her current plans and projects.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: descriptions reworded, not moved', source: 'Alex suggests a new pub where they can sample different types of beer.', rewrite: 'Alex suggests a different pub where they can sample various types of beer.', kind: 'roles-swapped', expect: null },
  // Converse verbs: one event told from its other party (wordnet.ts areConverse).
  { name: 'converse verbs with the doer kept: pay / receive', source: 'The club will pay Ardent Rovers a fee for the striker.', rewrite: 'The club will receive a fee from Ardent Rovers for the striker.', kind: 'roles-swapped', expect: 'club will receive a fee from Ardent Rovers' },
  { name: 'converse verbs with the doer kept: beat / lose to', source: 'Novak beat Hartley in the final on Sunday.', rewrite: 'Novak lost to Hartley in the final on Sunday.', kind: 'roles-swapped', expect: 'Novak lost to Hartley' },
  { name: 'converse verbs with the doer kept: sell to / buy from (a swap, not an opposite)', source: 'Acme sold the plant to Globex in March.', rewrite: 'Acme bought the plant from Globex in March.', kind: 'roles-swapped', expect: 'Acme bought the plant from Globex' },
  { name: 'converse verbs with the doer kept are not reported as a negation', source: 'Acme sold the plant to Globex in March.', rewrite: 'Acme bought the plant from Globex in March.', kind: 'negation', expect: null },
  { name: 'converse verbs with the doer kept: lend to / borrow from', source: 'Halden Bank lent $20 million to Norvik Shipping last year.', rewrite: 'Halden Bank borrowed $20 million from Norvik Shipping last year.', kind: 'roles-swapped', expect: 'Halden Bank borrowed $20 million from Norvik' },
  { name: 'an opposite verb over amounts ("rose to" / "fell from") is still a negation, not converse parties', source: 'Sales rose to $5 million last year.', rewrite: 'Sales fell from $5 million last year.', kind: 'negation', expect: 'fell' },
  { name: 'antonyms with the same marks are opposites, not converses', source: 'The firm accepted the offer from the union.', rewrite: 'The firm rejected the offer from the union.', kind: 'roles-swapped', expect: null },
  { name: 'an opposite verb with no other party is still a negation', source: 'Acme sold its stake in March.', rewrite: 'Acme bought a stake in March.', kind: 'negation', expect: 'bought' },
  { name: 'quiet: converse verbs with the parties exchanged: sell to / buy from', source: 'Acme sold the plant to Globex in March.', rewrite: 'Globex bought the plant from Acme in March.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: converse verbs with the parties exchanged: lend to / borrow from', source: 'Halden Bank lent $20 million to Norvik Shipping last year.', rewrite: 'Norvik Shipping borrowed $20 million from Halden Bank last year.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: converse verbs with the parties exchanged: beat / lose to', source: 'Novak beat Hartley in the final on Sunday.', rewrite: 'Hartley lost to Novak in the final on Sunday.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: converse verbs with the parties exchanged: pay / receive from', source: 'The club will pay Ardent Rovers a fee for the striker.', rewrite: 'Ardent Rovers will receive a fee from the club for the striker.', kind: 'roles-swapped', expect: null },
  // Event nouns read as their verbs (WordNet derivational links).
  { name: 'an event noun whose "by" phrase is the source\'s receiver', source: 'Orvane has agreed to buy the bakery chain Millstead.', rewrite: 'Orvane has agreed to a takeover by Millstead.', kind: 'roles-swapped', expect: 'takeover by Millstead' },
  { name: 'quiet: an event noun with its doer in a "by" phrase', source: 'Orvane has agreed to buy the bakery chain Millstead.', rewrite: 'Millstead has agreed to a takeover by Orvane.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: an event noun with "of" and "by" phrases', source: 'Orvane bought the bakery chain Millstead last year.', rewrite: 'The takeover of Millstead by Orvane was completed last year.', kind: 'roles-swapped', expect: null },
  { name: 'an event noun\'s possessor is its doer beside an "of" phrase', source: 'The nurses rejected the trust\'s offer on Monday.', rewrite: 'The trust\'s rejection of the nurses\' offer came on Monday.', kind: 'roles-swapped', expect: 'trust\'s rejection' },
  { name: 'quiet: an event noun\'s possessor as the verb\'s subject', source: 'The nurses rejected the trust\'s offer on Monday.', rewrite: 'The nurses\' rejection of the trust\'s offer came on Monday.', kind: 'roles-swapped', expect: null },
  { name: 'a noun sharing a sense with the verb\'s noun ("lawsuit" / "suit" / "sue") with the receiver in its "by" phrase', source: 'The union sued the city over the pension cuts.', rewrite: 'A lawsuit by the city against the union concerns the pension cuts.', kind: 'roles-swapped', expect: 'lawsuit by the city' },
  { name: 'quiet: "X sued Y" / "X\'s lawsuit against Y"', source: 'The union sued the city over the pension cuts.', rewrite: 'The union\'s lawsuit against the city concerns the pension cuts.', kind: 'roles-swapped', expect: null },
  { name: 'an event noun\'s possessor and "of" phrase swapped against a phrasal verb', source: 'Aviva took over the bank in 2019.', rewrite: 'The bank\'s takeover of Aviva happened in 2019.', kind: 'roles-swapped', expect: 'bank\'s takeover of Aviva' },
  { name: 'quiet: "X took over Y" / "Y\'s takeover by X"', source: 'Aviva took over the bank in 2019.', rewrite: 'The bank\'s takeover by Aviva happened in 2019.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: "X took over Y" / "X\'s takeover of Y"', source: 'Aviva took over the bank in 2019.', rewrite: 'Aviva\'s takeover of the bank happened in 2019.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: "police arrested X" / "X\'s arrest by police"', source: 'Police arrested the driver after the crash on Friday.', rewrite: 'The driver\'s arrest by police came after the crash on Friday.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: "the board approved X" / "X\'s approval by the board"', source: 'The board approved the merger on Tuesday.', rewrite: 'The merger\'s approval by the board came on Tuesday.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: "X gave Y a grant" / "Y received a grant from X"', source: 'The agency gave the charity a grant of $50,000.', rewrite: 'The charity received a $50,000 grant from the agency.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: "X won, defeating Y" / "Y lost to X"', source: 'Ana Ruiz won the election, defeating Tom Fell by 300 votes.', rewrite: 'Tom Fell lost the election to Ana Ruiz by 300 votes.', kind: 'roles-swapped', expect: null },
  { name: 'doer and receiver swapped where the parse reads an active subject as passive', source: 'The Halden nurses\' union has sued the trust over the pay offer.', rewrite: 'The Halden trust has sued its nurses\' union over the pay offer.', kind: 'roles-swapped', expect: 'sued its nurses\' union' },
  { name: 'doer and receiver swapped by a passive turned active that keeps the word order', source: 'Forward Ali Hart was fouled by defender Tom Reyes in the box.', rewrite: 'Forward Ali Hart fouled defender Tom Reyes in the box.', kind: 'roles-swapped', expect: 'Ali Hart fouled defender Tom Reyes' },
  { name: 'quiet: a passive turned active with the roles kept', source: 'Forward Ali Hart was fouled by defender Tom Reyes in the box.', rewrite: 'Defender Tom Reyes fouled forward Ali Hart in the box.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: a verb put in place of its synonym is not the same verb used elsewhere in the source', source: 'The document includes a promotion for the Ghost Town podcast, as well as a conversation about a true crime case involving a woman named Lena Acker who was on the verge of graduating from law school.', rewrite: 'The document involves a promotion for the Ghost Town podcast, as well as a conversation about a true crime case involving a woman named Lena Acker who was on the verge of completing law school.', kind: 'roles-swapped', expect: null },
  { name: 'a verb of another meaning borrowed from the other clause (Falke)', source: 'seven games involving nimes were investigated after conrad was arrested last november.', rewrite: 'seven games involving nimes were investigated after conrad was investigated.', kind: 'roles-swapped', expect: 'conrad was investigated' },
  // Two clauses of one verb spliced into one.
  { name: 'a receiver of one clause joined to the other clause\'s doer', source: 'The council fined Harbour Foods, and the regulator fined Tilde Dairy.', rewrite: 'The council fined Harbour Foods and Tilde Dairy.', kind: 'roles-swapped', expect: 'fined Harbour Foods and Tilde Dairy' },
  { name: 'a doer of one clause with the other clause\'s receiver', source: 'The council fined Harbour Foods, and the regulator fined Tilde Dairy.', rewrite: 'The regulator fined Harbour Foods.', kind: 'roles-swapped', expect: 'regulator fined' },
  { name: 'quiet: two clauses of one verb reordered', source: 'The council fined Harbour Foods, and the regulator fined Tilde Dairy.', rewrite: 'The regulator fined Tilde Dairy, and the council fined Harbour Foods.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: two clauses with one doer merged', source: 'The council fined Harbour Foods and later fined Tilde Dairy.', rewrite: 'The council fined Harbour Foods and Tilde Dairy.', kind: 'roles-swapped', expect: null },
  // Two-word verbs and participle clauses.
  { name: 'a phrasal passive whose agent the source acquires', source: 'Cobalt Ledger has agreed to acquire Quillfield Analytics.', rewrite: 'Cobalt Ledger is to be taken over by Quillfield Analytics.', kind: 'roles-swapped', expect: 'Cobalt Ledger is to be taken over by Quillfield Analytics' },
  { name: 'quiet: a phrasal passive with the roles kept', source: 'Cobalt Ledger has agreed to acquire Quillfield Analytics.', rewrite: 'Quillfield Analytics is to be taken over by Cobalt Ledger.', kind: 'roles-swapped', expect: null },
  { name: 'active turned passive with a plural owner\'s apostrophe in the subject', source: 'A parents\' association in Kirkby has sued the academy trust Elm Schools over fees it says were never charged.', rewrite: 'A parents\' association in Kirkby has been sued by the academy trust Elm Schools over fees that the association says were never charged.', kind: 'roles-swapped', expect: 'association in Kirkby has been sued by the academy trust Elm Schools' },
  { name: 'quiet: a raised subject of "is expected to" is the infinitive\'s participant', source: 'The new boiler is expected to reduce the school\'s heating bills by a fifth.', rewrite: 'Heating bills at the school are expected to fall by a fifth thanks to the new boiler.', kind: 'roles-swapped', expect: null },
  { name: 'who took over from whom, in a relative clause', source: 'Hale took over the lab in 2019 from Dr Anna Berg, who later joined a rival firm.', rewrite: 'Dr Anna Berg, who took over the lab from Hale in 2019, later joined a rival firm.', kind: 'roles-swapped', expect: 'Anna Berg, who took over the lab from Hale' },
  { name: 'quiet: a relative clause with the roles kept', source: 'Hale took over the lab in 2019 from Dr Anna Berg, who later joined a rival firm.', rewrite: 'Hale, who took over the lab from Dr Anna Berg in 2019, saw her join a rival firm later.', kind: 'roles-swapped', expect: null },
  { name: 'a cleft sentence\'s relative clause with doer and receiver exchanged', source: 'It was the steward who was pushed by the Ashby striker, Leon Carr, at half-time.', rewrite: 'It was the Ashby striker, Leon Carr, who was pushed by the steward at half-time.', kind: 'roles-swapped', expect: 'Leon Carr, who was pushed by the steward' },
  { name: 'a participle clause\'s subject is the main clause\'s', source: 'Ana Ruiz won the stage of the Tour on Saturday, edging out her compatriot Clara Moss in a bunch sprint.', rewrite: 'Ana Ruiz was edged out by her compatriot Clara Moss in a bunch sprint on Saturday.', kind: 'roles-swapped', expect: 'Ana Ruiz was edged out by her compatriot Clara Moss' },
  { name: 'quiet: a participle clause turned passive with the roles kept', source: 'Ana Ruiz won the sprint on Sunday, edging out Clara Moss in the final metres.', rewrite: 'Clara Moss was edged out by Ana Ruiz in the final metres on Sunday.', kind: 'roles-swapped', expect: null },
  // A description and a name, and a reporting clause, are not roles.
  { name: 'quiet: a place named and described, in either order', source: 'Those injured were taken to hospital in the provincial capital, Tarsen, where three remain in a serious condition.', rewrite: 'The injured were taken to hospital in Tarsen, the provincial capital; three of them are still in a serious condition.', kind: 'roles-swapped', expect: null },
  { name: 'quiet: the speaker of a reporting clause is not the reported verb\'s doer', source: 'Chief executive Mara Lind said the company had spent three years developing the software.', rewrite: 'Mara Lind, the chief executive, said a team of 40 engineers had spent three years developing the software.', kind: 'roles-swapped', expect: null },
  { name: "the sender of what is moved is where it went from: \"sent X to A\" against \"X was transferred from A to B\"", source: "In the busiest week, 40 patients were transferred from St Brannoc's Hospital to Calderby General to free up beds.", rewrite: "In the busiest week, Calderby General sent 40 patients to St Brannoc's Hospital to free up beds.", kind: "roles-swapped", expect: "Calderby General sent 40 patients to St Brannoc's Hospital" },
  { name: "quiet: the sender is the place a transfer went from (a guard)", source: "In the busiest week, 40 patients were transferred from St Brannoc's Hospital to Calderby General to free up beds.", rewrite: "In the busiest week, St Brannoc's Hospital sent 40 patients to Calderby General to free up beds.", kind: "roles-swapped", expect: null },
  { name: "a comparison told in a relative clause: its pronoun stands for the described name, and \"than\" may close a long noun phrase", source: "Norway, which secured a larger share of the stock than Scotland, has yet to confirm its limits.", rewrite: "Scotland, which secured a larger share of the stock than Norway, has yet to confirm its limits.", kind: "roles-swapped", expect: "Scotland, which secured a larger share of the stock than Norway" },
  { name: "quiet as a negation: the opposite comparative with the two compared parties exchanged says the same", source: "Norway, which secured a larger share of the stock than Scotland, has yet to confirm its limits.", rewrite: "Scotland came away with a smaller share of the stock than Norway, which has not yet confirmed its limits.", kind: "negation", expect: null },
  { name: "quiet as a negation: a converse verb whose \"to\" party is the source's doer, told of a pronoun", source: "Tomás Aguirre has bought two branches, in Pellow and Stanmoor, from the company.", rewrite: "It has sold two branches, in Pellow and Stanmoor, to the pharmacist Tomás Aguirre.", kind: "negation", expect: null },
  { name: "an act noun WordNet derives from no verb takes its generalisation's: \"Caldon's sale of its arm to Northmere\" is Caldon selling", source: "Northmere sold its mortgage-broking arm to Caldon in May.", rewrite: "Regulators approved Caldon's sale of its mortgage-broking arm to Northmere in May.", kind: "roles-swapped", expect: "Caldon's sale of its mortgage-broking arm to Northmere" },
  { name: "quiet: the seller's sale of the thing to the buyer (a guard)", source: "Northmere sold its mortgage-broking arm to Caldon in May.", rewrite: "Regulators approved Northmere's sale of its mortgage-broking arm to Caldon in May.", kind: "roles-swapped", expect: null },
  { name: "quiet: the people whose data was taken are not what was taken", source: "Council leader Priya Nandakumar said residents whose data was taken would be offered free credit monitoring for two years.", rewrite: "Residents whose details were taken will be offered two years of free credit monitoring, said Priya Nandakumar, the council leader.", kind: "roles-swapped", expect: null },
  { name: "a leader and a follower exchanged by a verb of falling behind (\"overtook\" / \"fell behind\")", source: "Kelso Bank overtook Merrion Trust last year.", rewrite: "Kelso Bank fell behind Merrion Trust last year.", kind: "roles-swapped", expect: "Kelso Bank fell behind Merrion Trust" },
  { name: "quiet: \"overtook\" told from the other side (\"fell behind\"), parties that differ by a hyphened describer", source: "Online sales overtook in-store sales last year.", rewrite: "In-store sales fell behind online sales last year.", kind: "roles-swapped", expect: null },
  { name: "the same parties turned round, one of them hyphen-described (\"in-store sales\")", source: "Online sales overtook in-store sales last year.", rewrite: "Online sales fell behind in-store sales last year.", kind: "roles-swapped", expect: "sales fell behind in-store sales" },
  { name: "quiet: \"supplying the company with components\" gives the components, not the company (a guard)", source: "Aurelis said the faulty valve had been supplied by Halvik Dynamics, which has made components for the company since 2019.", rewrite: "According to Aurelis, the faulty valve came from Halvik Dynamics, which has been supplying the company with components since 2019.", kind: "roles-swapped", expect: null },
  { name: "a lender and a borrower exchanged, the loan provided \"with\"", source: "Northfield Building Society will lend Dunmore £35 million.", rewrite: "Dunmore will provide Northfield Building Society with a £35m loan.", kind: "roles-swapped", expect: "Dunmore will provide Northfield Building Society with a £35m loan" },
  { name: "quiet: the lender keeps its side, the loan provided \"with\" (a guard)", source: "Northfield Building Society will lend Dunmore £35 million.", rewrite: "Northfield Building Society will provide Dunmore with a £35m loan.", kind: "roles-swapped", expect: null },
  { name: "a leader and a follower exchanged: \"went past\" told the other way round from \"overtook\", each name described", source: "Local favourite Tomás Reyes overtook defending champion Luka Brandt in the last kilometre to take second place.", rewrite: "Defending champion Luka Brandt went past local favourite Tomás Reyes in the final kilometre to claim second place.", kind: "roles-swapped", expect: "champion Luka Brandt went past local favourite Tomás Reyes" },
  { name: "quiet: \"went past\" for \"overtook\", the same way round, each name described (a guard)", source: "Local favourite Tomás Reyes overtook defending champion Luka Brandt in the last kilometre to take second place.", rewrite: "Local favourite Tomás Reyes went past defending champion Luka Brandt in the final kilometre to claim second place.", kind: "roles-swapped", expect: null },
  { name: "quiet: a time before a name is no description of it (\"Last summer Bluegate borrowed\") (a guard)", source: "Bluegate borrowed £5 million from the club last summer.", rewrite: "Last summer Bluegate borrowed £5m from the club.", kind: "roles-swapped", expect: null },
  { name: "quiet: a \"which\" clause after \"Members of the union\" describes the union (a guard)", source: "The Transit Workers' Union, which represents about 850 of Greenline's 1,000 drivers, said its members had rejected a pay offer.", rewrite: "Members of the Transit Workers' Union, which represents roughly 850 of the 1,000 drivers employed by Greenline, turned down a pay offer.", kind: "roles-swapped", expect: null },
  { name: "converse verbs with the doer kept, the other party a described name after an -ing word: sell to / buy from", source: "Corvane Holdings has sold its riverside warehouses to publishing house Verity Books for $90 million.", rewrite: "Corvane Holdings has bought the riverside warehouses from publishing house Verity Books in a $90m deal.", kind: "roles-swapped", expect: "Corvane Holdings has bought the riverside warehouses from publishing house Verity Books" },
  { name: "quiet: converse verbs with the parties exchanged, a described name after an -ing word (a guard)", source: "Corvane Holdings has sold its riverside warehouses to publishing house Verity Books for $90 million.", rewrite: "Publishing house Verity Books has bought the riverside warehouses from Corvane Holdings in a $90m deal.", kind: "roles-swapped", expect: null },
  { name: "converse verbs with the doer kept, the other party after a participle describing the thing: borrow from / lend to", source: "The gallery has borrowed three paintings restored in the 1990s from the Halvard Museum.", rewrite: "The gallery has lent three paintings, restored in the 1990s, to the Halvard Museum.", kind: "roles-swapped", expect: "gallery has lent three paintings, restored in the 1990s, to the Halvard Museum" },
  { name: "quiet as a negation: converse verbs with the doer kept, the other party after a participle", source: "The gallery has borrowed three paintings restored in the 1990s from the Halvard Museum.", rewrite: "The gallery has lent three paintings, restored in the 1990s, to the Halvard Museum.", kind: "negation", expect: null },
  { name: "quiet: converse verbs with the parties exchanged, the other party after a participle (a guard)", source: "The gallery has borrowed three paintings restored in the 1990s from the Halvard Museum.", rewrite: "The Halvard Museum has lent three paintings, restored in the 1990s, to the gallery.", kind: "roles-swapped", expect: null },
  { name: "quiet: an owner's \"their\" for the named owner before it, told by the name (a guard)", source: "Harlow's losing run began with their 3-0 defeat by Kenton in March.", rewrite: "The losing run began in March with Harlow's 3-0 defeat by Kenton.", kind: "roles-swapped", expect: null },
  { name: "quiet: an owner's \"its\" in a clause with a subject of its own is that subject's, not the named speaker's (a guard)", source: "Orvane's chief executive, Lena Brandt, said the trust would review its education programme.", rewrite: "Lena Brandt, chief executive of Orvane, said the trust would review its education programme.", kind: "roles-swapped", expect: null },
  { name: "quiet: a name set off by commas names the noun right before the comma, not the noun whose phrase holds it (\"the case against the shop's owner, Pavel Novak\") (a guard)", source: "The theft case against the shop’s owner, Pavel Novak, was dropped in 2022 after the error came to light.", rewrite: "The theft case against Pavel Novak, the owner of the shop, was dropped in 2022 once the error emerged.", kind: "roles-swapped", expect: null },
  { name: "an endorsement exchanged, told by a gerund on one side (\"Asante's endorsement of Petrenko\" / \"Petrenko's backing of Asante\")", source: "Kwame Asante's endorsement of Petrenko was decisive.", rewrite: "Petrenko's backing of Kwame Asante was decisive.", kind: "roles-swapped", expect: "Petrenko's backing of Kwame Asante" },
  { name: "quiet: the same endorsement told by a gerund (a guard)", source: "Kwame Asante's endorsement of Petrenko was decisive.", rewrite: "Kwame Asante's backing of Petrenko was decisive.", kind: "roles-swapped", expect: null },
  { name: "an election defeat turned round with a sister verb (\"unseated\" / \"ousted\")", source: "Tomás Ibarra unseated Gwen Mallory by 14 votes.", rewrite: "Gwen Mallory ousted Tomás Ibarra by 14 votes.", kind: "roles-swapped", expect: "Gwen Mallory ousted Tomás Ibarra" },
  { name: "quiet: a sister verb with the same parties in their places (a guard)", source: "Tomás Ibarra unseated Gwen Mallory by 14 votes.", rewrite: "Tomás Ibarra ousted Gwen Mallory by 14 votes.", kind: "roles-swapped", expect: null },
  { name: "quiet: two verbs of transfer that are sister terms are the transfer rule's, not a swap (a guard)", source: "The phone uses camera sensors from Vistek, which also lent the company 40 engineers.", rewrite: "The phone was built with engineers from Vistek, which also sells the company its camera sensors.", kind: "roles-swapped", expect: null },
  { name: "an election defeat turned round, the reporting verb closing the sentence (\"…, a recount has confirmed\")", source: "A recount has confirmed that Liberal candidate Tomás Ibarra unseated Conservative councillor Gwen Mallory by 14 votes.", rewrite: "Conservative councillor Gwen Mallory ousted Liberal candidate Tomás Ibarra by 14 votes, a recount has confirmed.", kind: "roles-swapped", expect: "Gwen Mallory ousted Liberal candidate Tomás Ibarra" },
  { name: "a pseudo-cleft's \"the ones who\" stands for the copula's subject (\"It was Ferrand who alerted the investigators\" / \"The investigators were the ones who alerted Ferrand\")", source: "It was Luc Ferrand who alerted the investigators.", rewrite: "The investigators were the ones who alerted Luc Ferrand.", kind: "roles-swapped", expect: "investigators were the ones who alerted Luc Ferrand" },
  { name: "quiet: the same doer told by a pseudo-cleft (\"Ferrand was the one who alerted the investigators\") (a guard)", source: "It was Luc Ferrand who alerted the investigators.", rewrite: "Luc Ferrand was the one who alerted the investigators.", kind: "roles-swapped", expect: null },
  { name: "quiet: an owner's bare mark after a plural stays inside the speaker's phrase (\"said farmers' leader Gethin Pugh\")", source: "Farmers' leader Gethin Pugh said growers were already abstracting every drop the licences allow.", rewrite: "Growers were already drawing every drop the licences allow, said farmers' leader Gethin Pugh.", kind: "attribution", expect: null },
  { name: "quiet: a name and its appositive opening a clause after \"and\" speak for it, whatever the parse hung them on", source: "Analyst Marcus Bell of Kestrel Research said investors had been waiting for the company to cut costs.", rewrite: "Brightwell's shares gained 7% following the announcement, and Marcus Bell, an analyst at Kestrel Research, said investors had been waiting for the company to cut costs.", kind: "attribution", expect: null },
  { name: "quiet: a name inside a relative clause set off by commas is not the speaker after it (\"Quiet Skies, which represents residents of Ashby Vale, says\")", source: "Campaign group Quiet Skies, which represents residents of Ashby Vale and Thornwick, says the plan would bring 400 more flights a day over their homes.", rewrite: "Quiet Skies, a campaign group representing residents of Thornwick and Ashby Vale, says the scheme would mean an extra 400 flights a day over their homes.", kind: "attribution", expect: null },
];

const constructions: Row[] = [
  { name: 'equivalent upper bounds: as many as = up to', source: 'The settlement may have housed as many as 200 people.', rewrite: 'The settlement might have been home to up to 200 people.', kind: 'quantifier', expect: null },
  { name: 'a figure with a vulgar fraction', source: 'Hale was sentenced to seven and a half years in prison.', rewrite: 'Hale was sentenced to 7½ years in prison.', kind: 'number', expect: null },
  { name: 'the fraction is not a scope word', source: 'Hale was sentenced to seven and a half years in prison.', rewrite: 'Hale was sentenced to 7½ years in prison.', kind: 'quantifier', expect: null },
  { name: 'a changed fraction is still a changed figure', source: 'Hale was sentenced to seven and a half years in prison.', rewrite: 'Hale was sentenced to 8½ years in prison.', kind: 'number', expect: '8½ years' },
  { name: 'a spelled share equals a percentage with a fraction', source: 'Taranger will sell a one-third stake in its ferry business.', rewrite: 'Taranger will sell a 33⅓% stake in its ferry business.', kind: 'number', expect: null },
  { name: 'lengths of time on one scale: centuries and years', source: 'The settlement was occupied for about three centuries.', rewrite: 'The settlement was occupied for roughly 300 years.', kind: 'number', expect: null },
  { name: 'a scope word on a time adverbial is not a quantifier', source: 'Crews worked all week to clear the roads.', rewrite: 'Crews worked during the week to clear the roads.', kind: 'quantifier', expect: null },
  { name: 'a scope word on a counted noun is a bound on the figure', source: 'Some 2,000 residents were evacuated.', rewrite: 'About 2,000 residents were evacuated.', kind: 'quantifier', expect: null },
  { name: 'a quantifier over a set is still read', source: 'Most residents were evacuated.', rewrite: 'All residents were evacuated.', kind: 'quantifier', expect: 'All' },
  { name: 'quiet: a "neither" subject negates its clause like "not"', source: 'Neither club disclosed the size of the fee.', rewrite: 'The two clubs would not say how big the fee was.', kind: 'negation', expect: null },
  { name: 'quiet: barred from doing = may not do', source: 'The order prevents the company from selling any of the land.', rewrite: 'Under the order, the company may not sell any of the land.', kind: 'negation', expect: null },
  { name: 'quiet: declined to = did not', source: 'The minister did not answer questions about the report.', rewrite: 'The minister declined to answer questions about the report.', kind: 'negation', expect: null },
  { name: 'quiet: not until a date only sets the time', source: 'The bridge is due to reopen in March.', rewrite: 'The bridge is not due to reopen until March.', kind: 'negation', expect: null },
  { name: 'no longer is a negation', source: 'The board said it had full confidence in the chairman.', rewrite: 'The board said it no longer had full confidence in the chairman.', kind: 'negation', expect: 'no longer had full' },
  { name: 'a vote written as a score equals the vote in words', source: 'The committee voted 7-2 to approve the budget.', rewrite: 'By seven votes to two, the committee approved the budget.', kind: 'added-detail', expect: null },
  { name: 'a changed vote in words is a changed figure', source: 'The committee voted 7-2 to approve the budget.', rewrite: 'By six votes to two, the committee approved the budget.', kind: 'number', expect: 'six' },
  { name: 'a plural share equals its percentage', source: 'Three quarters of the members voted in favour.', rewrite: '75% of the members voted in favour.', kind: 'added-detail', expect: null },
  { name: 'hours and days on one scale', source: 'The drivers will strike for 48 hours.', rewrite: 'The drivers will strike for two days.', kind: 'added-detail', expect: null },
  { name: 'a race time in clock notation equals minutes and seconds', source: 'She won in 27 minutes 40 seconds.', rewrite: 'She won in 27:40.', kind: 'added-detail', expect: null },
  { name: 'a race time changed in clock notation is a changed figure', source: 'She won in 27 minutes 40 seconds.', rewrite: 'She won in 27:04.', kind: 'number', expect: '27:04' },
  { name: 'quiet: both = two', source: 'Both clubs confirmed the transfer.', rewrite: 'The two clubs confirmed the transfer.', kind: 'added-detail', expect: null },
  { name: 'at least dropped from a length of time is a quantifier change', source: 'He will stay on as an adviser for at least two years.', rewrite: 'He will stay on as an adviser for two years.', kind: 'quantifier', expect: 'two years' },
  { name: 'about half made at least half is a quantifier change', source: 'Police recovered about half of the money.', rewrite: 'Police recovered at least half of the money.', kind: 'quantifier', expect: 'at least half' },
  { name: 'quiet: about a third = one in three', source: 'About a third of adults had the vaccine.', rewrite: 'One in three adults had the vaccine.', kind: 'quantifier', expect: null },
  { name: 'quiet: an infinitive states nothing as fact ("has yet to approve")', source: 'The merger must still be approved by the regulator.', rewrite: 'The regulator has yet to approve the merger.', kind: 'modality', expect: null },
  { name: 'quiet: a gerund under a preventing verb is not stated as fact', source: 'The ruling bars the firm from selling the land.', rewrite: 'Under the ruling, the firm may not sell the land.', kind: 'modality', expect: null },
  { name: 'quiet: need not = does not need to', source: 'The water does not need to be pumped.', rewrite: 'The water need not be pumped.', kind: 'negation', expect: null },
  { name: 'quiet: last year = the previous year', source: 'Sales rose 4% compared with last year.', rewrite: 'Sales rose 4% compared with the previous year.', kind: 'date', expect: null },
  { name: 'quiet: figures indicating = figures showing', source: 'The company published figures indicating a recovery in demand.', rewrite: 'The company published figures showing a recovery in demand.', kind: 'modality', expect: null },
  { name: 'quiet: an emphatic "entire" says nothing of how many', source: 'Output fell during the year.', rewrite: 'Output fell during the entire year.', kind: 'quantifier', expect: null },
  { name: 'quiet: expects to = aims to (both put the event ahead)', source: 'The firm expects to cut costs by 5% next year.', rewrite: 'The firm aims to cut costs by 5% next year.', kind: 'modality', expect: null },
  { name: 'a plan reported as done is a change of time', source: 'The council intends to close the pool in May.', rewrite: 'The council closed the pool in May.', kind: 'tense', expect: 'closed' },
  { name: 'two changes inside one quotation are one altered quote, fixed as a whole', source: 'She said she was "disappointed but still open to talks".', rewrite: 'She said she was "disappointed but open to further talks".', kind: 'quote', expect: 'but open to further' },
  { name: 'inherent negatives: lacking = without', source: 'The trains will run without overhead wires.', rewrite: 'The trains will run lacking overhead wires.', kind: 'negation', expect: null },
  { name: 'converse verbs: sold to = bought from', source: 'Taranger agreed to sell a stake in its ferry business to Nordpension.', rewrite: 'Nordpension agreed to buy a stake in the ferry business from Taranger.', kind: 'negation', expect: null },
  { name: 'an opposite verb with the same doer is a change', source: 'Taranger agreed to sell a stake in its ferry business.', rewrite: 'Taranger agreed to buy a stake in its ferry business.', kind: 'negation', expect: 'buy' },
  { name: 'the speaker is the reporting verb\'s subject, past a relative clause', source: 'Greystone, which is based in Leeds, said it was delighted with the decision.', rewrite: 'The company said it was delighted with the decision.', kind: 'attribution', expect: null },
  { name: 'a named person is not "the government"', source: 'The minimum wage will rise to £12.40, Employment Minister Clara Hughes said on Tuesday.', rewrite: 'The minimum wage will rise to £12.40, the government said on Tuesday.', kind: 'attribution', expect: 'government' },
  { name: 'a rank the source never claims makes the sentence unsupported', source: 'KX-311b, a planet orbiting a red dwarf star, has water vapour in its atmosphere, the team said.', rewrite: 'KX-311b is the first planet around a red dwarf star found to have water vapour in its atmosphere.', kind: 'unsupported', expect: 'KX-311b is the first planet around a red dwarf star found to have water vapour in its atmosphere.' },
  { name: 'a rank the source also claims is carried', source: 'It is the largest bridge in the region, the council said.', rewrite: 'The council said it is the biggest bridge in the region.', kind: 'unsupported', expect: null },
  { name: 'a rank inside a quotation is the quote rule\'s', source: '"Safety is our first priority," said Karin Lunde.', rewrite: '"Safety is our only priority," said Karin Lunde.', kind: 'unsupported', expect: null },
  { name: 'the speaker of a passive reporting verb is its agent', source: 'Health officials have confirmed 12 cases of measles at a primary school in Cadell.', rewrite: 'Twelve cases of measles at a primary school in Cadell have been confirmed by health officials.', kind: 'attribution', expect: null },
  { name: 'the speaker keeps its name through an appositive with a modifier', source: 'Norvik chief executive Hanna Berg said the group expected to save 30 million euros a year.', rewrite: 'Hanna Berg, Norvik\'s chief executive since 2019, said the group expected to save 30 million euros a year.', kind: 'attribution', expect: null },
  { name: 'a speaker who is the rewrite\'s actor keeps the claim theirs', source: 'According to the finance ministry, the increase would have cost about 2.1 million crowns a year.', rewrite: 'The finance ministry put the cost of the increase at about 2.1 million crowns a year.', kind: 'attribution', expect: null },
  { name: 'a verb with a particle is another verb, not a reporting one', source: 'Drivers will be diverted via the ring road, adding up to 10 minutes to some journeys.', rewrite: 'Drivers will be sent along the ring road, which will add up to 10 minutes to some journeys.', kind: 'attribution', expect: null },
  { name: 'a dropped speaker is still reported', source: 'The minister said the plan would cost two million crowns.', rewrite: 'The plan would cost two million crowns.', kind: 'attribution', expect: 'The plan would cost' },
  { name: 'a hyphen inside a figure reads as a space', source: 'Altaris will build a 1.5 billion euro chip plant.', rewrite: 'Altaris will build a 1.5-billion-euro chip plant.', kind: 'added-detail', expect: null },
  { name: 'a year and a half = 18 months', source: 'The work is expected to take about 18 months.', rewrite: 'The work should last roughly a year and a half.', kind: 'quantifier', expect: null },
  { name: 'a quarter of a percent = 0.25%', source: 'Shares fell by a quarter of a percent in early trading.', rewrite: 'The stock was down 0.25% in early trading.', kind: 'number', expect: null },
  { name: 'one-third is a share, not a count', source: 'The family owns a third of the company.', rewrite: 'The family holds one-third of the company.', kind: 'added-detail', expect: null },
  { name: 'an equative is a bound: as deep as = up to', source: 'The radar can see up to 300 metres below the surface.', rewrite: 'The radar can see as deep as 300 metres below the surface.', kind: 'quantifier', expect: null },
  { name: 'a rank is not a count', source: 'The club went top for the first time since 2009.', rewrite: 'The club went top for the first time since 2009 with three goals.', kind: 'number', expect: null },
  { name: 'an order to pay = must pay', source: 'The company has been ordered to pay 85,000 dollars in damages.', rewrite: 'The company must pay 85,000 dollars in damages.', kind: 'modality', expect: null },
  { name: 'more likely compares measured chances, hedging nothing', source: 'Daily drinkers were 40 percent more likely to need fillings.', rewrite: 'Daily drinkers were 40 percent likelier to need fillings.', kind: 'modality', expect: null },
  { name: 'intend to = plan to', source: 'The researchers plan to observe it again next year.', rewrite: 'Next year the researchers intend to observe it again.', kind: 'modality', expect: null },
  { name: 'a hedge dropped with its verb replaced', source: 'Children who drink soft drinks may be more likely to develop tooth decay.', rewrite: 'Drinking soft drinks makes children more likely to develop tooth decay.', kind: 'modality', expect: 'makes' },
  { name: 'a long subject before a past verb: the past turned into a plan', source: 'Work on the new Kessel River bridge began in May.', rewrite: 'Work on the new Kessel River bridge will begin in May.', kind: 'tense', expect: 'will begin' },
  { name: 'a place and its people share a name', source: 'The plant will reduce reliance on suppliers in Asia.', rewrite: 'The plant will reduce reliance on Asian suppliers.', kind: 'added-detail', expect: null },
  { name: 'two places that only look alike are different names', source: 'The envoy flew to Iran on Monday.', rewrite: 'The envoy flew to Iraq on Monday.', kind: 'entity', expect: 'Iraq' },
  { name: 'a distributive each = a plural or a rate', source: 'Shareholders will receive 14.50 euros for each share.', rewrite: 'Shareholders are to be paid 14.50 euros a share.', kind: 'quantifier', expect: null },
  { name: 'each replaced by another scope word is a change', source: 'Each resident received a letter.', rewrite: 'Some residents received a letter.', kind: 'quantifier', expect: 'Some' },
  { name: 'a participle with its agent is not the main verb: the plan reported as done', source: 'Talks brokered by the state mediator are scheduled to resume on Thursday.', rewrite: 'Talks brokered by the state mediator resumed on Thursday.', kind: 'tense', expect: 'resumed' },
  { name: 'an allegation on a replaced verb is still dropped', source: 'The men are alleged to have entered the building through a skylight.', rewrite: 'The pair got into the building through a skylight.', kind: 'modality', expect: 'got' },
  { name: 'quiet: an allegation kept', source: 'The men are alleged to have entered the building through a skylight.', rewrite: 'The pair allegedly got into the building through a skylight.', kind: 'modality', expect: null },
  { name: 'quiet: games left = games remaining', source: 'The manager warned that there were still 11 games left.', rewrite: 'The manager cautioned that 11 games still remained.', kind: 'negation', expect: null },
  { name: 'an opposite verb is still a negation', source: 'The schools will stay open until Thursday.', rewrite: 'The schools will stay shut until Thursday.', kind: 'negation', expect: 'shut' },
  { name: 'an acronym of a title is the title', source: 'Chief financial officer Renata Sousa said wheat prices were the biggest risk.', rewrite: 'According to CFO Renata Sousa, wheat prices are the biggest risk.', kind: 'role', expect: null },
  { name: 'a title cut short is the title', source: 'Detective Inspector Rachel Dunn said the man was seen near the museum.', rewrite: 'Det Insp Rachel Dunn said the man was spotted near the museum.', kind: 'added-detail', expect: null },
  { name: 'another title is still a role change', source: 'Detective Inspector Rachel Dunn said the man was seen near the museum.', rewrite: 'Detective Sergeant Rachel Dunn said the man was seen near the museum.', kind: 'role', expect: 'Sergeant' },
  { name: 'a share dropped claims the whole', source: 'Benefit claimants made up half of the firm\'s income last year.', rewrite: 'Benefit claimants made up the firm\'s income last year.', kind: 'quantifier', expect: 'the firm\'s income' },
  { name: 'quiet: a share kept in other words', source: 'Benefit claimants made up half of the firm\'s income last year.', rewrite: 'Benefit claimants made up 50% of the firm\'s income last year.', kind: 'quantifier', expect: null },
  { name: 'quiet: a participle right after its noun tells no time', source: 'A temporary footbridge will be built next to the bridge for cyclists.', rewrite: 'Cyclists will be able to use a temporary footbridge put up next to the bridge.', kind: 'tense', expect: null },
  { name: 'the 1600s = the 17th century', source: 'Detectives are investigating the theft of a 17th-century painting from the museum.', rewrite: 'Detectives are looking into the theft of a 1600s painting from the museum.', kind: 'added-detail', expect: null },
  { name: 'a dropped "according to" names its source even when the tokenizer read it as a verb', source: 'Waiting lists fell by 12% in the year to June, according to figures published on Friday.', rewrite: 'Waiting lists fell by 12% in the year to June.', kind: 'attribution', expect: 'Waiting lists fell' },
  { name: 'quiet: "should" opening a condition is no hedge', source: 'As many as 40 species could disappear by 2050 if water levels keep falling.', rewrite: 'Up to 40 species could vanish by 2050 should water levels continue to drop.', kind: 'modality', expect: null },
  { name: 'a hedge added with "should" is still reported', source: 'The company was fined and pays damages.', rewrite: 'The company was fined and should pay damages.', kind: 'modality', expect: 'should pay' },
  { name: 'the year to a date = the 12 months to it', source: 'Waiting lists fell by 12% in the year to 30 June.', rewrite: 'In the 12 months to June 30, waiting lists fell by 12%.', kind: 'added-detail', expect: null },
  { name: 'the year to a date is not six months', source: 'Waiting lists fell by 12% in the year to 30 June.', rewrite: 'In the six months to June 30, waiting lists fell by 12%.', kind: 'number', expect: 'six months' },
  { name: 'a conjoined reporting verb with a misparsed subject still names the real speaker', source: 'Early reviewers praised its speed but said its battery life of about six hours was disappointing.', rewrite: 'Early reviewers praised its speed but called its battery life of roughly six hours disappointing.', kind: 'attribution', expect: null },
  { name: 'future seen from the past turned into the past', source: 'Campaigners said they would seek a judicial review.', rewrite: 'Campaigners said they had sought a judicial review.', kind: 'tense', expect: 'had sought' },
  { name: 'a scheduled event reported as done', source: 'Talks are scheduled to resume on Thursday.', rewrite: 'Talks resumed on Thursday.', kind: 'tense', expect: 'resumed' },
  { name: 'quiet: will backshifted to would in reported speech', source: 'The minister said the council will review the plan.', rewrite: 'The minister said the council would review the plan.', kind: 'tense', expect: null },
  { name: 'quiet: expected to close = will close', source: 'The plant is expected to close next year.', rewrite: 'The plant will close next year.', kind: 'tense', expect: null },
  { name: 'quiet: a participle describing a noun tells no time', source: 'The 26 new trains, built by the Spanish manufacturer Avenco, will cost 310 million euros.', rewrite: 'The 26 new trains will be built by Spanish manufacturer Avenco at a cost of 310 million euros.', kind: 'tense', expect: null },
  { name: 'a past call turned into an expectation is a change of time, not only of certainty', source: 'The mayor called for a public inquiry.', rewrite: 'The mayor is expected to call for a public inquiry.', kind: 'tense', expect: 'call' },
  { name: 'quiet: what was scheduled lies ahead whenever it was scheduled', source: 'A second hearing has been set for 3 June.', rewrite: 'A second hearing will take place on June 3.', kind: 'tense', expect: null },
  { name: 'quiet: a participle conjoined to a future passive shares its time', source: 'The money will be raised from a levy and paid in three instalments.', rewrite: 'It will come from a levy and be paid in three instalments.', kind: 'tense', expect: null },
  { name: 'quiet: a speech verb in a relative clause is not the main verb it shares a stretch with', source: 'The new agency will be run by Mara Holt, who said no jobs would be cut.', rewrite: 'Mara Holt will lead the new agency. She said that no jobs would go.', kind: 'tense', expect: null },
  { name: 'quiet: ought to = should', source: 'The panel ruled that the tenants should have been warned about the fault.', rewrite: 'The tenants ought to have been warned about the fault, the panel ruled.', kind: 'modality', expect: null },
  { name: 'a claim made in a participle clause, dropped, is reported on the claim', source: 'The firm sued its supplier on Monday, claiming that a faulty update had shut down its network for a week.', rewrite: 'The firm sued its supplier on Monday over a faulty update that shut down its network for a week.', kind: 'attribution', expect: 'a faulty update that shut down its network for a week' },
  { name: 'quiet: an unnamed speaker still attributes the claim', source: 'The breach exposed no card numbers, the bank said.', rewrite: 'No card numbers were exposed in the breach, it said.', kind: 'attribution', expect: null },
  { name: 'quiet: a speaker who declined to comment made no claim to drop', source: 'Neither club would comment on the fee.', rewrite: 'Both clubs declined to comment on the fee.', kind: 'attribution', expect: null },
  { name: 'quiet: a survey has found = according to a survey', source: 'A fifth of the lake has dried up since 2010, according to a survey.', rewrite: 'A survey has found that a fifth of the lake has dried up since 2010.', kind: 'attribution', expect: null },
  { name: 'quiet: a verdict is not a reported claim', source: 'A jury found the former director guilty of fraud.', rewrite: 'The former director was convicted of fraud.', kind: 'attribution', expect: null },
  { name: 'a past act turned into a plan is still a tense change', source: 'The company built 26 trains last year.', rewrite: 'The company will build 26 trains.', kind: 'tense', expect: 'will build' },
  { name: "quiet as attribution: a description whose noun is the kind the name's last word names, the name in its sentence (\"the union\" / \"the National Teachers' Federation\")", source: "Members of the National Teachers’ Federation have voted to strike over changes to their pension scheme, the union announced on Friday.", rewrite: "The National Teachers’ Federation announced on Friday that its members had voted in favour of strike action over changes to their pension scheme.", kind: "attribution", expect: null },
  { name: "quiet: a word before an owner describes the owner, not what is owned (\"last winter's storms\" / \"last winter's record\")", source: "No sailings were cancelled during last winter's storms, the company added, a record it hopes to repeat.", rewrite: "The company added that it hopes to repeat last winter's record, when all its sailings went ahead despite the storms.", kind: "roles-swapped", expect: null },
  { name: "people of no body, as a plural, against a named speaker are another voice (\"Residents said\" / \"Police said\")", source: "Residents said the evacuation order had reached some streets late.", rewrite: "Police said the evacuation order had reached some streets late.", kind: "attribution", expect: "Police" },
  { name: "quiet: people of a body may speak for it (\"Officials said\" / \"Police said\") (a guard)", source: "Officials said the evacuation order had reached some streets late.", rewrite: "Police said the evacuation order had reached some streets late.", kind: "attribution", expect: null },
  { name: "quiet: the same people with their firm named (\"Analysts said\" / \"Analysts at Harrington Lowe said\") (a guard)", source: "Analysts at Harrington Lowe said the profit warning was expected.", rewrite: "Analysts said the profit warning was expected.", kind: "attribution", expect: null },
  { name: "quiet: people the other text names in its sentence are not another voice (\"engineers from Tregar Marine, who said\" / \"the engineers said\") (a guard)", source: "After the storm damaged the pier, the council hired engineers from Tregar Marine, who said repairs would take six months.", rewrite: "The council hired engineers from Tregar Marine after the pier was damaged by the storm; the engineers said repairs would take six months.", kind: "attribution", expect: null },
  { name: "a day of the month changed in a sentence of its own: the one source day of that month the rewrite never gives is what it replaced", source: "Halden Rowing Club took gold in the men's eights final on Saturday 7 June. Strong crosswinds forced organisers to delay the final by 90 minutes.", rewrite: "Halden Rowing Club won the men's eights final. The final, held on Saturday, June 14, had been pushed back by an hour and a half because of strong crosswinds.", kind: "date", expect: "June 14" },
  { name: "quiet as a negation: \"before\" said of the doer the \"no\" is on is a first (\"No woman before Ålvik had won\" / \"the first woman to win\")", source: "Ålvik is the first woman to win the open world title in the event's history.", rewrite: "No woman before Ålvik had won the open world title in the event's history.", kind: "negation", expect: null },
  { name: "the \"no\" before such a doer dropped denies the first (a guard)", source: "No woman before Ålvik had won the title.", rewrite: "A woman before Ålvik had won the title.", kind: "negation", expect: "A woman" },
  { name: "a negated universal against \"none of\" the same set: part of it against all of it (\"Not every property\" / \"None of the properties\")", source: "Not every property in the valley can be connected.", rewrite: "None of the properties in the valley can be connected.", kind: "quantifier", expect: "None of the properties" },
  { name: "quiet as modality: \"not\" on a universal subject denies the possibility of part of the set, as \"None … can\" does of all of it", source: "Not every property in the valley can be connected.", rewrite: "None of the properties in the valley can be connected.", kind: "modality", expect: null },
  { name: "quiet: a negated universal told as some that do not (a guard)", source: "Not every property was connected.", rewrite: "Some properties were not connected.", kind: "quantifier", expect: null },
  { name: "an act a verb denies over its gerund, the verb dropped and the act told plainly (\"ruled out lowering\" / \"made clear that the standard would be lowered\")", source: "Marsh ruled out lowering the fitness standard.", rewrite: "Marsh made clear that the fitness standard would be lowered.", kind: "negation", expect: "would be lowered" },
  { name: "and the other way round (\"said the standard would be lowered\" / \"ruled out lowering\")", source: "Marsh said that the fitness standard would be lowered.", rewrite: "Marsh ruled out lowering the fitness standard.", kind: "negation", expect: "ruled out lowering" },
  { name: "quiet: the denied act told with its own \"not\" (a guard)", source: "Marsh ruled out lowering the fitness standard.", rewrite: "Marsh said the fitness standard would not be lowered.", kind: "negation", expect: null },
  { name: "quiet: a gerund under another verb of stopping (\"quit smoking\" / \"gave up smoking\") (a guard)", source: "He quit smoking last year.", rewrite: "He gave up smoking last year.", kind: "negation", expect: null },
  { name: "a universal under the predicate's negation is partial, as \"not all\" is", source: "Not all vessels face the same wait: ships carrying perishable goods are given priority.", rewrite: "The wait is not the same for every vessel: ships carrying perishable goods take priority.", kind: "quantifier", expect: null },
  { name: "a capitalised irregular plural opening a sentence is the common noun (\"Children\" = \"children\")", source: "A study by the University of Calvera found that children in Estrella consume more sugar than those in any other country in the region.", rewrite: "Children in every other country in the region consume less sugar than those in Estrella, a University of Calvera study found.", kind: "entity", expect: null },
  { name: "an opening participle of saying is no speaker (\"Warning that …, the association said\")", source: "The Beverage Producers’ Association said it had not been consulted and warned that the tax could cost up to 1,200 jobs.", rewrite: "Warning that the tax could cost as many as 1,200 jobs, the Beverage Producers’ Association said it had not been consulted.", kind: "attribution", expect: null },
  { name: "an amount given with its bound and without is compared mention for mention", source: "Drinks containing more than 8 grams of sugar will be taxed at 30 cents, while those with between 5 and 8 grams will be taxed at 18 cents.", rewrite: "A levy of 30 cents will apply to drinks with over 8g of sugar, and a levy of 18 cents to those with 5–8g.", kind: "quantifier", expect: null },
  { name: "an amount's bound dropped where the source gives it with and without one (a guard)", source: "Drinks containing more than 8 grams of sugar will be taxed at 30 cents, while those with between 5 and 8 grams will be taxed at 18 cents.", rewrite: "A levy of 30 cents will apply to drinks with 8g of sugar, and a levy of 18 cents to those with 5–8g.", kind: "quantifier", expect: "8" },
  { name: "\"is on course to\" tells what lies ahead, against the act done", source: "The event is on course to raise more than £1 million for charity.", rewrite: "The event has raised more than £1m for charity.", kind: "tense", expect: "has raised" },
  { name: "\"is in talks to buy\" against the purchase made", source: "Kestrel is in talks to buy the port.", rewrite: "Kestrel has bought the port.", kind: "tense", expect: "has bought" },
  { name: "a deliberation reported by a passive (\"is understood to be considering\") against a decision", source: "The new board is understood to be considering closing the maternity unit.", rewrite: "The new board has decided to close the maternity unit.", kind: "modality", expect: "has decided to close" },
  { name: "a gerund with its object after a verb is that verb's act (\"was considering closing\" / \"closed\")", source: "Northmoor was considering closing two of Redbank's four turbines.", rewrite: "Northmoor closed two of Redbank's four turbines.", kind: "tense", expect: "closed" },
  { name: "\"unable to keep funding\" = \"could no longer fund\" (a guard)", source: "It could no longer fund every organisation at its previous level.", rewrite: "It was unable to keep funding every organisation at its previous level.", kind: "negation", expect: null },
  { name: "an act a verb of going on carries is negated with it (a guard)", source: "The club kept paying its staff during the closure.", rewrite: "The club did not continue to pay its staff during the closure.", kind: "negation", expect: "did not continue" },
  { name: "\"both\" is a universal of two: \"Both Danish riders\" / \"One of the two Danish riders\"", source: "Both Danish riders in the race, Freja Holm and Ida Skov, finished in the front group.", rewrite: "One of the two Danish riders in the race, Freja Holm and Ida Skov, finished in the front group.", kind: "quantifier", expect: "One of the two Danish" },
  { name: "quiet: \"both riders\" = \"the two riders\" (a guard)", source: "Both riders finished in the front group.", rewrite: "The two riders finished in the front group.", kind: "quantifier", expect: null },
  { name: "quiet: a \"both\" added to the pair (\"on both of its floors\") (a guard)", source: "The hospice must install sprinkler systems on both floors before the end of September.", rewrite: "Before September is out, the hospice has to fit sprinkler systems on both of its floors.", kind: "quantifier", expect: null },
  { name: "quiet: \"both X and Y\" joins two phrases, no quantity (a guard)", source: "The Post will keep both its name and its Quay Street office.", rewrite: "The Post will keep its name and its Quay Street office.", kind: "quantifier", expect: null },
  { name: "quiet: a share \"of all fares\" = \"of fares\": the whole the share is of", source: "The routes account for about 45% of fares.", rewrite: "The routes make up around 45% of all fares.", kind: "quantifier", expect: null },
  { name: "quiet: \"half of all staff\" = \"half of the staff\"", source: "Half of all staff were laid off.", rewrite: "Half of the staff were laid off.", kind: "quantifier", expect: null },
  { name: "\"half of all staff\" against \"all staff\" is still a change (a guard)", source: "Half of all staff were laid off.", rewrite: "All staff were laid off.", kind: "quantifier", expect: "All" },
  { name: "quiet: \"the company said\" for the body the story leads with, named in the rewrite", source: "Calder Vale Water has been fined £3.4 million for polluting the River Lune. The fine will not be paid from customers' bills, the company said.", rewrite: "Calder Vale Water has been fined £3.4m for polluting the River Lune. Customers' bills will not be used to pay the fine, Calder Vale said.", kind: "attribution", expect: null },
  { name: "two bodies told by their kinds, of different kinds: \"the federation said\" / \"the authority said\"", source: "Teachers' pay had fallen by 11% in real terms since 2015, the federation said.", rewrite: "Teachers' pay had dropped 11% in real terms since 2015, the authority said.", kind: "attribution", expect: "authority" },
  { name: "quiet: an infinitive describing the subject (\"A public meeting to discuss the scheme will be held\") reports no one's claim", source: "A public meeting to discuss the scheme will be held at Harwick Village Hall on 12 March.", rewrite: "Harwick Village Hall will host a public meeting on the scheme on March 12.", kind: "attribution", expect: null },
  { name: "quiet: two words for one kind of body (\"the company said\" / \"the firm said\") (a guard)", source: "The fine will not be paid from customers' bills, the company said.", rewrite: "Customers' bills will not be used to pay the fine, the firm said.", kind: "attribution", expect: null },
  { name: "quiet: the named body's own noun owned by a pronoun keeps its voice (\"The Casa Lindqvist board has recommended\" / \"Their board has advised\")", source: "The Casa Lindqvist board has recommended that shareholders accept the offer.", rewrite: "Their board has advised them to accept.", kind: "attribution", expect: null },
  { name: "quiet: a verb of judging before \"that\" read as a noun is the speaker's verb (\"analysts at Corvel Research estimate that\")", source: "The coating is used in an estimated 40 million handsets sold each year, according to industry analysts at Corvel Research.", rewrite: "Industry analysts at Corvel Research estimate that 40m handsets using the coating are sold every year.", kind: "attribution", expect: null },
  { name: "quiet: opposite comparisons each told of the other party in apposition (\"its larger rival, Meridian\" / \"Harrow & Lyle, the smaller rival\")", source: "Harrow & Lyle, publisher of the Eastport Chronicle, has made a £48 million takeover offer for its larger regional rival, Meridian News Group, the two companies confirmed on Wednesday.", rewrite: "Meridian News Group has received a £48m takeover offer from Harrow & Lyle, the smaller regional rival that publishes the Eastport Chronicle, both companies confirmed on Wednesday.", kind: "negation", expect: null },
  { name: "the opposite comparison told of the same party in apposition is still a change (a guard)", source: "Harrow & Lyle has made an offer for its larger rival, Meridian News Group.", rewrite: "Harrow & Lyle has made an offer for its smaller rival, Meridian News Group.", kind: "negation", expect: "smaller" },
  { name: "quiet: a verb of consequence with a thing for subject reports no claim (\"The decision means that …\" / \"As a result, …\")", source: "The decision means that four of the borough's eleven branch libraries will cut their opening hours to three days a week from January.", rewrite: "As a result, from January four of the borough's 11 branch libraries will open on only three days a week.", kind: "attribution", expect: null },
  { name: "a declining verb replaced by one that does its act, the clause moved to the other end of the sentence: fail to / manage to", source: "The council failed to pass a new budget before the deadline at the end of March.", rewrite: "Before the deadline at the end of March, the council managed to approve a new budget.", kind: "negation", expect: "managed" },
  { name: "quiet: a declining verb told as a negated doing verb with the clause moved (a guard)", source: "The council failed to pass a new budget before the deadline at the end of March.", rewrite: "Before the deadline at the end of March, the council did not manage to approve a new budget.", kind: "negation", expect: null },
  { name: "a set's members denied against a small part of it told as small: none of / only a few of is a change of how many", source: "Inspectors said none of the sampled flats had working smoke alarms.", rewrite: "Only a few of the sampled flats had working smoke alarms, inspectors said.", kind: "quantifier", expect: "Only a few of the sampled flats had working" },
  { name: "quiet as a negation: none of / only a few of", source: "Inspectors said none of the sampled flats had working smoke alarms.", rewrite: "Only a few of the sampled flats had working smoke alarms, inspectors said.", kind: "negation", expect: null },
  { name: "none of / a few of (with no \"only\") still turns the claim round: a negation (a guard)", source: "Inspectors said none of the sampled flats had working smoke alarms.", rewrite: "A few of the sampled flats had working smoke alarms, inspectors said.", kind: "negation", expect: "A few of the sampled flats had working" },
  { name: "quiet: a passive's agent keeps its noun modifiers as the speaker (\"warned by regulators in the Varden Union\")", source: "Regulators in the Varden Union had warned Ostrel last year that its pricing breached competition law.", rewrite: "Last year Ostrel was warned by regulators in the Varden Union that its pricing breached competition law.", kind: "attribution", expect: null },
  { name: "quiet: a participle's object is not the main verb's doer (\"The association representing 400 taxi drivers has rejected\" / \"rejected by the association that represents\") (a guard)", source: "The association representing 400 taxi drivers has rejected the new fares.", rewrite: "The new fares have been rejected by the association that represents 400 taxi drivers.", kind: "roles-swapped", expect: null },
  { name: "a running time in abbreviated units is the same length", source: "Running time: 2 hours 40 minutes, with one interval.", rewrite: "Running time: 2 h 40 min, with one interval.", kind: "number", expect: null },
  { name: "a place in a ranking told with \"No.\" is the ordinal", source: "Ferreyra, once ranked 31st in the world, said she was heartbroken.", rewrite: "Ferreyra, a former world No. 31, said she was heartbroken.", kind: "added-detail", expect: null },
  { name: "a changed place in a ranking told with \"No.\"", source: "Ferreyra, once ranked 31st in the world, said she was heartbroken.", rewrite: "Ferreyra, a former world No. 13, said she was heartbroken.", kind: "number", expect: "No. 13" },
  { name: "a rank dropped before a post named with its field", source: "Kestrel's assistant sports director, Sofie Lindqvist, said the team was ready.", rewrite: "Kestrel's sports director, Sofie Lindqvist, said the team was ready.", kind: "role", expect: "director" },
  { name: "quiet: a rank before a post noun that is itself a post (\"Lead author Dr.\") (a guard)", source: "Lead author Dr. Ana Kovac said the effect was small.", rewrite: "Dr. Ana Kovac, the lead author, said the effect was small.", kind: "role", expect: null },
  { name: "quiet: a past perfect passive of planning tells when it was planned", source: "Lindqvist said the team had planned the attack the night before.", rewrite: "The attack had been planned the previous evening, Lindqvist said.", kind: "tense", expect: null },
  { name: "a plan in the past perfect with the time it was set for still lies ahead (a guard)", source: "The hearing was held on 14 May.", rewrite: "The hearing had been scheduled for 14 May.", kind: "tense", expect: "had been scheduled" },
  { name: "\"a majority of\" an owner's counted set = \"more than half of\" it", source: "More than half of the company's 310 services are expected to be cancelled.", rewrite: "A majority of the company's 310 services are expected to be axed.", kind: "quantifier", expect: null },
  { name: "a share of an owner's counted set dropped (a guard)", source: "More than half of the company's 310 services are expected to be cancelled.", rewrite: "The company's 310 services are expected to be cancelled.", kind: "quantifier", expect: "310 services" },
  { name: "quiet: a participle completing \"stay\" tells a state, not a past", source: "The Pic Dorval ski resort in the Haute-Varenne valley will not reopen this winter, its operator announced on Tuesday.", rewrite: "Sommet Loisirs announced on Tuesday that Pic Dorval, the ski resort it operates in the Haute-Varenne valley, would stay closed this winter.", kind: "tense", expect: null },
  { name: "a plan turned into a state that held (a guard)", source: "The resort will reopen this winter.", rewrite: "The resort remained closed this winter.", kind: "tense", expect: "remained" },
  { name: "quiet: \"Neither firm\" borrows no firm from the sentence before", source: "Halvorsen & Platt, the engineering firm that designed the bridge, blamed Dunmore Civils. Neither company commented outside the hearing.", rewrite: "Dunmore Civils was blamed by Halvorsen & Platt, the engineering firm behind the bridge. Neither firm made any comment outside the hearing.", kind: "negation", expect: null },
  { name: "quiet: a count of the members a sentence lists, one named after its description", source: "Both the National Pharmacy Association and the patients' group Health Voices have warned that elderly people could be left without easy access to medicines.", rewrite: "The two organisations - the National Pharmacy Association and the patients' group Health Voices - have warned that elderly people could be left without easy access to medicines.", kind: "added-detail", expect: null },
  { name: "quiet: \"the night before\" = \"the previous evening\"", source: "Lindqvist said the team had planned the attack the night before.", rewrite: "The attack had been planned the previous evening, Lindqvist said.", kind: "added-detail", expect: null },
  { name: "\"the day before\" is not \"the previous evening\"", source: "Lindqvist said the team had planned the attack the day before.", rewrite: "The attack had been planned the previous evening, Lindqvist said.", kind: "date", expect: "previous evening" },
  { name: "quiet: \"last night\" = \"the previous evening\" in reported speech", source: "\"We planned it last night,\" Lindqvist said.", rewrite: "Lindqvist said they had planned it the previous evening.", kind: "date", expect: null },
  { name: "quiet: an owner after \"said\" opens the claim's subject, not an inverted speaker", source: "Kessingham's council leader, Sean Whitlow, said residents' safety \"must come first\".", rewrite: "The safety of residents \"must come first\", said Sean Whitlow, leader of Kessingham council.", kind: "attribution", expect: null },
  { name: "quiet: a description and a name in commas closing the sentence are one speaker, not the noun before them", source: "More than 200 passengers and crew aboard the cruise ship Aurora Meridian have fallen ill with norovirus on a 14-day Baltic voyage, the ship's operator, Seaborne Lines, said on Sunday.", rewrite: "Norovirus has struck more than 200 passengers and crew on the cruise ship Aurora Meridian during a 14-day voyage around the Baltic, its operator, Seaborne Lines, said on Sunday.", kind: "attribution", expect: null },
  { name: "a closing speaker with an owner's determiner, changed", source: "More than 200 passengers have fallen ill with norovirus on a 14-day Baltic voyage, the ship's operator, Seaborne Lines, said on Sunday.", rewrite: "More than 200 passengers have fallen ill with norovirus on a 14-day Baltic voyage, its insurer, Halden Mutual, said on Sunday.", kind: "attribution", expect: "insurer, Halden Mutual" },
  { name: "a state told as former (\"had previously held\") told as current (\"now holds\")", source: "Alemu, who had previously held the course record, said the conditions were brutal.", rewrite: "Alemu, who now holds the course record, said the conditions were brutal.", kind: "tense", expect: "now holds" },
  { name: "quiet: a former state kept former, the perfect dropped (a guard)", source: "Alemu had previously held the course record.", rewrite: "Alemu previously held the course record.", kind: "tense", expect: null },
  { name: "a belief no one is named for (\"is thought to have taken\") stated as fact", source: "Ferreyra is thought to have taken the substance through a contaminated supplement.", rewrite: "Ferreyra took the substance through a contaminated supplement.", kind: "modality", expect: "took" },
  { name: "quiet: \"is thought to\" = \"is believed to\" (a guard)", source: "Ferreyra is thought to have taken the substance through a contaminated supplement.", rewrite: "Ferreyra is believed to have taken the substance through a contaminated supplement.", kind: "modality", expect: null },
  { name: "quiet: a share that is one over a multiple the source states (\"three times its size\" / \"a third of its size\")", source: "People said the talks were expected to centre on a takeover of Skylark by Aerovia, which is about three times its size.", rewrite: "The talks are expected to centre on Aerovia taking over Skylark, which is about a third of its size, people said.", kind: "added-detail", expect: null },
  { name: "quiet: \"a quarter of the pace\" for \"four times as fast\"", source: "Kestrel's sales grew more than four times as fast as Fairmarket's.", rewrite: "Fairmarket's sales grew at less than a quarter of Kestrel's pace.", kind: "added-detail", expect: null },
  { name: "a share that is no multiple the source states (a guard)", source: "Kestrel's sales grew more than four times as fast as Fairmarket's.", rewrite: "Fairmarket's sales grew at less than a fifth of Kestrel's pace.", kind: "added-detail", expect: "a fifth" },
  { name: "quiet: a start figure worked out from a rise and its end (\"by 1,500 to 9,200\" / \"from 7,700 to 9,200\")", source: "Membership of the club has grown by 1,500 to 9,200 since 2020, the chairman said.", rewrite: "The club's membership has climbed from 7,700 to 9,200 since 2020, the chairman said.", kind: "number", expect: null },
  { name: "a start figure that is no difference of the rise and its end (a guard)", source: "Membership of the club has grown by 1,500 to 9,200 since 2020, the chairman said.", rewrite: "The club's membership has climbed from 7,200 to 9,200 since 2020, the chairman said.", kind: "number", expect: "7,200" },
  { name: "quiet: a rise in cents worked out from two prices in euros", source: "The single fare rose from 1.20 euros to 1.45 euros in January.", rewrite: "In January the single fare went up by 25 cents, to 1.45 euros.", kind: "number", expect: null },
  { name: "quiet: the rest of a whole (\"two of its nine galleries\" / \"leaving seven open\")", source: "The museum will close two of its nine galleries for repairs over the winter.", rewrite: "Over the winter the museum will shut two of its nine galleries for repairs, leaving seven open.", kind: "added-detail", expect: null },
  { name: "quiet: a count as a share of a larger count (\"60 of the 150 flats\" / \"40 per cent\")", source: "Of the 150 flats in the scheme, 60 will be let at social rents.", rewrite: "Forty per cent of the scheme's 150 flats will be let at social rents.", kind: "added-detail", expect: null },
  { name: "quiet: a share's complement (\"a quarter lower than\" / \"three-quarters of\")", source: "Sales this year were a quarter lower than in 2022, the company said.", rewrite: "This year's sales were three-quarters of their 2022 level, the company said.", kind: "number", expect: null },
  { name: "quiet: a share of a stated whole (\"half of the 800 staff\" / \"400 of the 800\")", source: "Half of the factory's 800 staff work night shifts.", rewrite: "Of the factory's 800 staff, 400 work night shifts.", kind: "added-detail", expect: null },
  { name: "two rates told apart are no sum (a guard)", source: "The rise of 0.3% in May followed a fall of 0.2% in April, the agency said.", rewrite: "The rise of 0.5% in May followed a fall of 0.2% in April, the agency said.", kind: "number", expect: "0.5%" },
  { name: "the same counted thing given another figure is no difference (a guard)", source: "Of the 14 people injured, three were crew members.", rewrite: "Of the 14 people injured, 11 were crew members.", kind: "number", expect: "11" },
  { name: "two listed counts of different things have no difference worth telling (a guard)", source: "Four customs officers and one of their informants were charged on Monday.", rewrite: "On Monday three customs officers and one of their informants were charged.", kind: "number", expect: "three" },
  { name: "quiet: a difference the rewrite states beside both figures (\"1.2 billion – 800 million less than the 2 billion\")", source: "The firm now expects a profit of about 1.2 billion kroner for the year, down from the 2 billion it had forecast in March.", rewrite: "The firm now expects a profit of about 1.2 billion kroner for the year – 800 million less than the 2 billion it had forecast in March.", kind: "added-detail", expect: null },
  { name: "quiet: \"boss\" for a \"chief executive\" (a listed two-word title compared whole)", source: "The chief executive, Mara Lindqvist, said the closure was painful but necessary.", rewrite: "Harbrook's boss, Mara Lindqvist, called the closure painful but necessary.", kind: "role", expect: null },
  { name: "an \"executive\" alone is no \"boss\" (a guard)", source: "A senior executive, Mara Lindqvist, said the closure was painful but necessary.", rewrite: "A senior director, Mara Lindqvist, called the closure painful but necessary.", kind: "role", expect: "director" },
  { name: "quiet: \"how often\" asks a frequency and claims none (\"how often storms would strike\" / \"the frequency of storms\")", source: "The insurer said it had underestimated how often severe storms would strike the coast.", rewrite: "The insurer said it had underestimated the frequency of severe storms on the coast.", kind: "quantifier", expect: null },
  { name: "quiet: a negated comparative for a superlative in other words (\"the largest fine\" / \"no company has had a bigger fine\")", source: "The penalty is the largest the regulator has ever imposed on an energy supplier.", rewrite: "No energy supplier has ever been given a bigger penalty by the regulator.", kind: "negation", expect: null },
  { name: "quiet: \"no player has scored more goals\" for \"the most goals\" (a guard)", source: "Okafor has scored the most goals in the league this season.", rewrite: "No player in the league has scored more goals than Okafor this season.", kind: "negation", expect: null },
  { name: "quiet: one speaker however each side's phrase is cut (\"said Harbrook's boss, Dr Lena Moravec\" / \"Dr Lena Moravec, 51, said\")", source: "Harbrook's chief executive, Dr Lena Moravec, 51, said engineers had already begun examining the data.", rewrite: "Engineers had already started going through the data, said Harbrook's boss, Dr Lena Moravec.", kind: "attribution", expect: null },
  { name: "quiet: a speaker told by a title that opens the name (\"Chief executive Tomas Arvid, 41, who …, said\")", source: "Chief executive Tomas Arvid, 41, who took over from the founder last year, said the money would pay for new offices.", rewrite: "The money will pay for new offices, Tomas Arvid said.", kind: "attribution", expect: null },
  { name: "a defendant and the barrister who speaks for him are two speakers (a guard)", source: "Ferreño's barrister, Grant Okafor, said the painting had been sold in good faith.", rewrite: "Ferreño said the painting had been sold in good faith.", kind: "attribution", expect: "Ferreño" },
  { name: "quiet: a \"be\" is no counterpart of another \"be\" whose claim is about something else (\"there would be an inquiry\" / \"the inquiry was complete\")", source: "The school's head, Ruth Calder, said the roof had passed a safety check in 2022 and that an inquiry would be held. Calder said she could not comment on the leaks until the inquiry was complete.", rewrite: "Ruth Calder, the head, said the roof had passed a safety check in 2022. She added that there would be an inquiry. Until it was complete, she could not comment on the leaks, she said.", kind: "tense", expect: null },
  { name: "a \"be\" whose claim is about the same thing keeps its time (a guard)", source: "The new stadium was ready for the season, the council said.", rewrite: "The new stadium will be ready for the season, the council said.", kind: "tense", expect: "will be" },
  { name: "results \"due\" told as released keep their time: a copula against a verb is read by its subject (a guard)", source: "The final figures are due on Friday.", rewrite: "Final figures were published on Friday.", kind: "tense", expect: "were published" },
  { name: "an escaped act told as undergone (\"narrowly avoided defeat\" / \"suffered defeat\")", source: "Kessler narrowly avoided defeat in the ninth game, with seconds left on her clock.", rewrite: "In the ninth game, with seconds left on her clock, Kessler suffered defeat.", kind: "negation", expect: "suffered defeat" },
  { name: "an act undergone told as escaped (\"sustained damage\" / \"escaped damage\")", source: "The lighthouse sustained serious damage in the storm, the trust said.", rewrite: "The lighthouse escaped serious damage in the storm, the trust said.", kind: "negation", expect: "escaped serious damage" },
  { name: "quiet: an escaped act told by a synonym of escaping (\"avoided relegation\" / \"dodged relegation\") (a guard)", source: "Harrow Town avoided relegation on the final day.", rewrite: "On the final day Harrow Town dodged relegation.", kind: "negation", expect: null },
  { name: "quiet: an escaped act told by escaping its gerund (\"avoided a loss\" / \"escaped making a loss\") (a guard)", source: "The chain narrowly avoided a loss last year, reporting a profit of just £2 million.", rewrite: "The chain only just escaped making a loss last year, with a profit of just £2m.", kind: "negation", expect: null },
  { name: "quiet: what is left of a whole the source gives in another sentence (\"the first 300 posts\" of \"820 posts\" / \"the remaining 520\") (a guard)", source: "Halloran Foods will cut 820 posts at its Brecon plant, the company said on Monday. The cuts will come in two stages, with the first 300 posts going in March.", rewrite: "Halloran Foods said on Monday it would cut 820 posts at its Brecon plant. The first 300 will go in March and the remaining 520 later.", kind: "added-detail", expect: null },
  { name: "quiet: the rest of a count the source gives elsewhere, named (\"the rest were passengers\" / \"nine passengers\")", source: "A bus and a van collided on the bypass on Sunday, leaving 12 people injured. Of the injured, three were staff and the rest were passengers.", rewrite: "Twelve people were hurt on Sunday when a bus and a van collided on the bypass. The injured were nine passengers and three staff.", kind: "added-detail", expect: null },
  { name: "quiet: a share told as the count it comes to (\"Half of the club's 400 members\" / \"Of the club's 400 members, 200\")", source: "Half of the club's 400 members live outside the town, the secretary said.", rewrite: "Of the club's 400 members, 200 live outside the town, according to the secretary.", kind: "quantifier", expect: null },
  { name: "a share dropped with no count for it claims the whole (a guard)", source: "Half of the club's 400 members live outside the town, the secretary said.", rewrite: "The club's 400 members live outside the town, according to the secretary.", kind: "quantifier", expect: "The club's 400 members" },
  { name: "quiet: people told by the group they belong to (\"Nurses at the hospital will strike\" / \"the union's members at the hospital will strike\")", source: "Nurses at Harwood General will strike for two days next month, the Allied Nursing Union has announced.", rewrite: "The Allied Nursing Union has announced that its members at Harwood General will strike for two days next month.", kind: "role", expect: null },
  { name: "a member told with no group is compared as a role (a guard)", source: "The chairman, Rhys Tallon, said the club would appeal.", rewrite: "A member, Rhys Tallon, said the club would appeal.", kind: "role", expect: "member" },
  { name: "quiet: a verb joined to a word by a hyphen keeps the auxiliaries before the whole word (\"would be checked twice\" / \"would be double-checked\")", source: "The returning officer said the Hollin Street ballots would be checked twice.", rewrite: "The returning officer said the Hollin Street ballots would be double-checked.", kind: "tense", expect: null },
  { name: "quiet: a modal the tokenizer took for a noun after \"each\" is still the verb's auxiliary (\"each will set\")", source: "If no deal is reached by 31 December, each side will set its own quota.", rewrite: "Should there be no deal by 31 December, each will set its own quota.", kind: "tense", expect: null },
  { name: "quiet: an estimate told by a belief no one is named for (\"which loses an estimated 4 million litres\" / \"thought to lose 4 million litres\")", source: "The company has yet to fix a leak at its Hensford works which loses an estimated 4 million litres a day.", rewrite: "A leak at the company's Hensford works, thought to lose 4 million litres a day, has not yet been repaired.", kind: "quantifier", expect: null },
  { name: "a move told in percentage points is not one told in per cent (\"rose 4 percentage points to 17%\" / \"climbed 4% to 17%\")", source: "Harrowgate's share of global cobalt output rose 4 percentage points to 17% last year.", rewrite: "Harrowgate's share of global cobalt output climbed 4% to 17% last year.", kind: "number", expect: "4%" },
  { name: "quiet: percentage points told as points (a guard)", source: "Harrowgate's share of global cobalt output rose 4 percentage points to 17% last year.", rewrite: "Harrowgate's share of global cobalt output climbed four points to 17 per cent last year.", kind: "number", expect: null },
  { name: "a stretch of time told from the same event, its order turned round (\"the week after Birkett stepped down\" / \"a week before Birkett stood down\")", source: "Tollard Bank withdrew a £12 million overdraft facility in February, the week after founder Joanna Birkett stepped down as chief executive.", rewrite: "In February, a week before founder Joanna Birkett stood down as chief executive, Tollard Bank pulled a £12m overdraft facility.", kind: "date", expect: "a week before" },
  { name: "quiet: the two events told the other way round keep their order (\"A a week after B\" / \"B a week before A\") (a guard)", source: "The recount began a week after the polls closed.", rewrite: "The polls closed a week before the recount began.", kind: "date", expect: null },
  { name: "quiet: two negators on one clause of the rewrite cancel, the source saying it plainly (\"Supply was restored to all homes\" / \"no home was still without supply\")", source: "Supply was restored to all homes by 3.40am on Sunday, according to the network operator.", rewrite: "By 3.40am on Sunday no home was still without supply, according to the network operator.", kind: "negation", expect: null },
  { name: "one negator left on the rewrite's clause still says no (\"some homes were still without supply\") (a guard)", source: "Supply was restored to all homes by 3.40am on Sunday.", rewrite: "By 3.40am on Sunday some homes were still without supply.", kind: "negation", expect: "without supply" },
  { name: "quiet: a verb the parse gave two subjects is told of the nearer one (\"the 16 that Tavish operated\" is Tavish's act, not Corran's)", source: "Corran will run 24 routes across the county, up from the 16 that Tavish operated.", rewrite: "Corran will operate 24 routes across the county, eight more than Tavish.", kind: "tense", expect: null },
];

function check(rows: readonly Row[]): void {
  for (const c of rows) {
    it(c.name, () => {
      const found = analyze(c.source, c.rewrite).findings.filter((f) => f.kind === c.kind);
      const texts = found.map((f) => (f.rewrite ? c.rewrite.slice(f.rewrite.start, f.rewrite.end) : null));
      if (c.expect === null) assert.deepEqual(found.map((f) => f.message), []);
      else assert.ok(texts.includes(c.expect), `expected ${c.kind} on ${JSON.stringify(c.expect)}, got ${JSON.stringify(texts)}`);
    });
  }
}

describe('structure: who did what to whom (roles-swapped from the parse)', () => check(roles));

// Known limit, kept visible: the parser (EWT test UAS 0.84) reads "after reading Aamir Khan's
// script" with "Aamir" as the object of "reading", so the rewrite's possessor is not found and
// the swap of the subject goes unreported. Un-skip when the parser reads it.
describe('structure: known parser limits', () => {
  it.skip('a shared subject swapped with a possessor (PAWS)', () => {
    const source = "Aamir Khan has agreed to star in the film after reading Mehra's script.";
    const rewrite = "Mehra has agreed to star in the film after reading Aamir Khan's script.";
    const found = analyze(source, rewrite).findings.filter((f) => f.kind === 'roles-swapped');
    assert.ok(found.some((f) => rewrite.slice(f.rewrite!.start, f.rewrite!.end).includes('Mehra has agreed')));
  });
});
describe('structure: constructions read as constructions', () => check(constructions));

/** A sentence's tokens and frames. */
function readFrames(text: string): { tokens: ReturnType<typeof tokenize>; frames: ReturnType<typeof framesOf> } {
  const tokens = tokenize(text, 0, text.length);
  return { tokens, frames: framesOf(tokens, syntaxOf(tokens)) };
}

/** A frame's arguments as "role=words", sorted: "obj=scheme subj=council". */
function argsText(f: ReturnType<typeof framesOf>[number]): string {
  return f.args.map((a) => `${a.role}=${[...a.filler.words].join('+')}`).sort().join(' ');
}

describe('structure: predicate frames', () => {
  const frames = (text: string) => {
    const { tokens, frames: found } = readFrames(text);
    return found.map((f) => `${tokens[f.predicate]!.lemma}(${argsText(f)})`);
  };
  it('reads a passive subject as the receiver and its by-phrase as the doer', () => {
    assert.ok(frames('The city was sued by the union.').includes('sue(obj=city subj=union)'));
  });
  it('reads a verb, its object and "into" before a gerund as WordNet\'s one predicate, the object the gerund\'s doer', () => {
    const { tokens, frames: found } = readFrames('The operator talked the council into keeping the route.');
    const keyed = found.map((f) => `${f.key}(${argsText(f)})`);
    assert.ok(keyed.includes('talk_into(obj=council subj=operator)'), keyed.join(' | '));
    assert.ok(keyed.includes('keep(obj=route subj=council)'), keyed.join(' | '));
    assert.ok(tokens.length > 0);
  });
  it('gives a controlled verb its controller as doer', () => {
    assert.ok(frames('Halvorsen Foods agreed to buy Brightwater.').includes('buy(obj=brightwater subj=halvorsen+foods)'));
  });
  it('reads "X\'s Y" as Y owned by X', () => {
    assert.ok(frames("They read Mehra's script.").some((f) => f === 'script(of=mehra)'));
  });
  it('reads an event noun\'s "by" phrase as its doer', () => {
    assert.ok(frames('Orvane agreed to a takeover by Millstead.').includes('takeover(subj=millstead)'));
  });
  it('reads an event noun\'s possessor as its doer and its "of" phrase as its receiver', () => {
    assert.ok(frames("The trust's rejection of the claim came on Monday.").includes('rejection(obj=claim subj=trust)'));
  });
  it('reads "he" and "she" as participants known by the pronoun, and no other pronoun', () => {
    assert.ok(frames('The court heard that his supervisor suspended him after he reported her.').includes('report(obj=‹she› subj=‹he›)'));
    assert.ok(frames('It said they would sue them.').every((f) => !/subj=|obj=/.test(f)), JSON.stringify(frames('It said they would sue them.')));
  });
  it('reads the phrase "about" opens beside a possessor as what the act is directed at, and alone as a topic', () => {
    assert.ok(frames("The final was overshadowed by Duarte's complaint about Lindqvist.").includes('complaint(obj=lindqvist subj=duarte)'));
    assert.ok(frames('The agent gave an explanation about the plans.').some((f) => f.startsWith('explanation(') && f.includes('obl:about=plan')));
  });
  it('leaves a possessor alone with a noun that names no act an owner', () => {
    assert.ok(frames("They read Mehra's script.").includes('script(of=mehra)'));
  });
  it('reads a particle parsed as a preposition as the verb\'s, with the phrase its object', () => {
    const tokens = tokenize('Aviva took over the bank in 2019.', 0, 33);
    const read = framesOf(tokens, syntaxOf(tokens));
    assert.ok(read.some((f) => f.key === 'take_over' && f.args.some((a) => a.role === 'obj' && a.filler.headLemma === 'bank')));
    assert.ok(frames('She went to Paris.').includes('go(obl:to=paris subj=‹she›)'));
  });
  it('gives an infinitive completing an act\'s noun the doer of that act', () => {
    assert.ok(frames('Nordavia Airlines has signed an agreement to acquire the regional carrier Skyrell.').includes('acquire(obj=carrier+skyrell subj=nordavia+airlines)'));
    assert.ok(frames('Meridian made an offer to buy Harrow.').includes('buy(obj=harrow subj=meridian)'));
    // A plan someone rejects is not theirs to carry out.
    assert.ok(frames('The council rejected a plan to cut taxes.').includes('cut(obj=tax)'));
  });
  it('reads a "by" phrase with a number on a verb in the active voice as its margin: the clause stays active', () => {
    assert.ok(frames('Ethiopia’s Tesfaye Alemu finished ahead of Norway’s Håkon Ødegård by four seconds.').includes('finish(obl:by=second subj=ethiopia+tesfaye+alemu)'));
    assert.ok(frames('Ødegård was beaten by four seconds.').includes('beat(obj=ødegård obl:by=second)'));
  });
  it('reads a form in -ing after a possessive, with no object of its own, as the owned noun', () => {
    assert.ok(frames('Fairway had bought Ardmore Capital’s 25% holding in QuickPick.').includes('buy(obj=hold subj=fairway)'), JSON.stringify(frames('Fairway had bought Ardmore Capital’s 25% holding in QuickPick.')));
  });
  it('reads a first name spelt as a verb, an auxiliary or a noun as a name before another name', () => {
    assert.ok(frames('Dr Rafael Domínguez replaced Grant Whitlow as the zoo’s director.').some((f) => f.startsWith('replace(') && f.includes('obj=grant+whitlow')));
    assert.ok(frames('Grant Whitlow took over from Dr Rafael Domínguez as the zoo’s director.').some((f) => f.startsWith('take(') && f.includes('subj=grant+whitlow')));
    assert.ok(frames('It is six months since Grant Whitlow took over from Dr Rafael Domínguez.').some((f) => f.startsWith('take(') && f.includes('subj=grant+whitlow')));
    // (Not a participle opening the sentence, nor a headline in title case.)
    assert.ok(frames('Neighbouring Kaldera has lodged a complaint against Norrvik.').some((f) => f.startsWith('lodge(') && f.includes('subj=kaldera')));
  });
  it('reads a name spelt like an adjective as a name where it describes no noun', () => {
    assert.ok(frames('Harrow & Lyle first approached Meridian about a merger.').some((f) => f.startsWith('approach(obj=meridian')));
    assert.ok(frames('In 2021, Meridian first approached Harrow & Lyle about a merger.').some((f) => f.startsWith('approach(') && f.includes('subj=meridian')));
  });
  it('gives an act\'s noun taken by a light verb the verb\'s doer, and its "against" phrase as the receiver', () => {
    assert.ok(frames('The accusation had been made by Wójcik against Penhale.').includes('accusation(obj=penhale subj=wójcik)'));
    // "on" may name a topic, not the act's receiver.
    assert.ok(frames('The board took a decision on pay.').includes('decision(subj=board)'));
  });
  it('reads a past form the tokenizer lemmatised as a noun under its verb', () => {
    const { tokens, frames: found } = readFrames('It was Penhale who first accused Wójcik.');
    assert.ok(found.some((f) => f.key === 'accuse' && tokens[f.predicate]!.lower === 'accused'));
  });
  it('reads three or more words joined by hyphens as one describing word', () => {
    assert.ok(frames('Okafor said a trial of pay-as-you-go ticketing would be expanded to 40 stations.').includes('expand(obj=trial obl:to=station)'));
    assert.ok(frames('The cost-of-living crisis has hit state-of-the-art factories.').includes('hit(obj=factory subj=crisis)'));
  });
  it('parses a name set off by commas after its description apart from the clause, as the description\'s apposition', () => {
    assert.ok(frames('The champion, Ivan Sokol, was beaten by the challenger, Petra Lind, in the final round.').includes('beat(obj=champion+ivan+sokol subj=challenger+petra+lind)'));
    assert.ok(frames("The band's manager, Rick Olsen, was sacked by the guitarist Jamie Stone before the tour.").includes('sack(obj=manager+rick+olsen subj=guitarist+jamie+stone)'));
  });
  it('reads "more than" before an amount and a rate after it as the amount\'s', () => {
    assert.ok(frames('She admitted that the firm still lost more than 180 million litres a day from its pipes.').includes('lose(obj=liter obl:from=pipe subj=firm)'));
  });
  it('reads the subject of a reported clause with no "that" as the reported verb\'s', () => {
    assert.ok(frames('He said a review of the rules would be published.').includes('publish(obj=review)'));
  });
  it('reads a passive subject of a verb with an object and no "be" as its doer', () => {
    assert.ok(frames("The Millbrook teachers' union has sued the city over changes to pension contributions.").includes('sue(obj=city obl:over=change subj=union)'));
  });
  // Misattachments mended before the frames are read (frames.ts mendAttachments, repair.ts
  // openingClause): each sentence, and a frame its parse must yield.
  const mended: Array<[string, string, string]> = [
    ["reads a name set off by commas as naming the noun right before the comma, where the parse hung it on a noun further back", "The theft case against the shop’s owner, Pavel Novak, was dropped in 2022 after the error came to light.", "case(obj=owner+pavel+novak)"],
    ["reads an owner's \"their\" of an act's noun as the one named owner or subject before it", "Harlow's losing run began with their 3-0 defeat by Kenton in March.", "defeat(obj=harlow obl:in=march subj=kenton)"],
    ["reads a transfer's \"from\" party hung on a participle that describes the thing moved as the transfer's", "The gallery has borrowed three paintings restored in the 1990s from the Halvard Museum.", "borrow(obj=painting obl:from=halvard+museum subj=gallery)"],
    ["reads a transfer's \"to\" party set off by a comma after a participle's aside as the transfer's", "The gallery has lent three paintings, restored in the 1990s, to the Halvard Museum.", "lend(obj=painting obl:to=halvard+museum subj=gallery)"],
    ["reads an -ing word between \"to\" and a described name as describing the noun, not as an infinitive", "Corvane Holdings has sold its riverside warehouses to publishing house Verity Books for $90 million.", "sell(obj=riverside+warehouse obl:to=publish+house+verity+books subj=corvane+holdings)"],
    ['reads a quotation opened between an auxiliary and its verb as inside one verb group', 'Owen Dacre said his team had “lost their discipline for ten minutes”.', 'lose(obj=discipline obl:for=minute subj=team)'],
    ['reads a clause opened by "who" as describing the person right before it when the parser hung it on the sentence\'s head', 'The cut was the bank’s second in six months, according to economists at Harlow Brothers, who said borrowers would welcome it.', 'say(subj=economist)'],
    ['reads a "by" phrase right after a noun that names an act as that act\'s doer, not as the agent of a passive verb further back', 'All pupils will be offered free lunches from January, following a decision by the school board on Monday.', 'decision(subj=school+board)'],
    ['reads a preposition and a time word, then a name right before the verb, as the time and the subject', 'In March Corvane sued the council over unpaid fees.', 'sue(obj=council obl:in=march subj=corvane)'],
    ['reads an "about" phrase hung on a name as the verb\'s', 'The union complained to the Care Standards Authority about Westvale.', 'complain(obl:about=westvale obl:to=care+standards+authority subj=union)'],
    ['reads the verb after a relative clause\'s closing comma as the main verb of a sentence with no other, not as the clause\'s second verb', 'Dr Hana Ilves, a chemist who had no part in the work, described the result as “promising but early”.', 'describe(obj=result subj=hana+ilves)'],
    ['reads a bare present verb after its subject, read as describing it, as that subject\'s verb, and the clause opened by "while" after it as its own', 'The council wants a 6% pay rise spread over two years, while Coastlink Travel, which runs the buses, has offered 3%.', 'offer(subj=coastlink+travel)'],
    ['reads the first verb of that sentence with its own subject', 'The council wants a 6% pay rise spread over two years, while Coastlink Travel, which runs the buses, has offered 3%.', 'want(obj=rise+spread subj=council)'],
    ['parses two clauses joined by a semicolon each on its own', "Harbour Watch, a residents' group, had argued that the roads could not cope; Maeve Collins, its chair, said the group was disappointed.", 'argue(subj=harbor+watch)'],
    ['reads a subject with an owner and a name beside it, hung on the verb as an oblique with no preposition, as the subject', "Calderline's managing director, Owen Pryce, criticised the union's regional secretary, Marta Kowalczyk.", 'criticize(obj=secretary+marta+kowalczyk subj=manage+director+owen+pryce)'],
    ['reads a plural owner\'s apostrophe as the possessive, not a closing quote or a subject', "A residents' group in Hallam Vale has sued the developer.", 'group(nmod:in=hallam+vale of=resident)'],
    ['reads the verb with an auxiliary as the main verb when a later clause with a parenthetical speaker took its subject', "A parents' association in Kirkby has sued the academy trust over fees it says were never charged.", 'sue(obj=academy+trust obl:in=kirkby obl:over=fee subj=association)'],
    ['reads a participle phrase set off by commas as the subject\'s description, and the verb after it as the main verb', 'The mission, led by deputy foreign minister Pavel Novák, presented a draft plan to the Oskaran side.', 'present(obj=draft+plan obl:to=oskaran+side subj=mission)'],
    ['reads a clause opened by "who" as describing the person before it, and the verb after its closing comma as the main verb', 'Dr Anna Berg, who took over the lab from Hale in 2019, later joined a rival firm.', 'join(obj=firm subj=anna+berg)'],
    ['reads the subject of a clause opened by "who" as the person before it', 'Dr Anna Berg, who took over the lab from Hale in 2019, later joined a rival firm.', 'take(obj=lab obl:from=hale obl:in=2019 subj=anna+berg)'],
    ['reads a subject the parser called passive, of a verb with an auxiliary and no "be", as the doer', 'She said he had betrayed the trust that a small family business had placed in him.', 'place(obl:in=‹he› subj=family+business)'],
    ['reads a name swallowed into an opening participle\'s phrase as the main verb\'s subject', 'Sentencing him on Friday, Judge Amy Price said Cole had abused the trust of his employer.', 'say(subj=amy+price)'],
    ['reads the noun phrase after an opening participle\'s comma as the subject, not the participle', 'Meeting in Oslo on Monday, the finance ministers of Norland and Vest agreed a new tax deal.', 'agree(obj=tax+deal subj=finance+minister)'],
    ['reads a speaker after its verb, closing the sentence, as the subject, not the object', 'Only part of the cash has been found, said the police.', 'say(subj=police)'],
    ['reads a first word in -s and the verb after it, both tagged wrongly, as subject and verb', 'Figures from the national statistics office show trade with Norland still comes to €4bn.', 'show(obj=trade obl:with=norland subj=figures)'],
    ['reads a verb form after a possessive as describing the owned noun, not as the owner\'s verb', "Harbour Mills' agreed £40m takeover of Solway Gas was approved on Monday.", 'takeover(obj=solway+gas subj=harbor+mills)'],
    ['reads an amount of money before a noun as describing it, not as the head', "The council's £2.5m purchase of the Dunmore site was criticised by residents.", 'purchase(obj=dunmore+site subj=council)'],
    ['reads the noun phrase after an opening "having" participle\'s comma, and its apposition, as the subject', 'Having coached Mia Sato as a junior, Lena Brandt, now head coach of the national team, will lead the squad in Oslo.', 'lead(obj=squad obl:in=oslo subj=lena+brandt)'],
    ['reads a name set off by commas before a verb with no subject as its subject, not as someone addressed', 'The referee waved play on when Moss, the visiting captain, appeared to be pushed by a defender.', 'push(obj=moss subj=defender)'],
    ['reads a name with its description before it as one phrase ("by Ashby defender Tom Reyes")', 'The ball was handled on the line by Ashby defender Tom Reyes before the break.', 'handle(obj=ball obl:on=line subj=ashby+defender+tom+reyes)'],
    ['reads a party marked by "from" after a verb\'s amount of money as the verb\'s, not the amount\'s', 'Corrin Homes, the builder that has borrowed £40m from regional lender Harlow Bank, will finish the estate next year.', 'borrow(obl:from=lender+harlow+bank subj=builder)'],
    ['reads a noun for a doer as its verb\'s frame: the name it describes does the act, its "of" phrase receives it', 'Ana Ruiz, the founder of Quillpay, left the board in May.', 'founder(obj=quillpay subj=ana+ruiz)'],
    ['reads a noun for a receiver ("-ee") the other way round', 'Tom Lee is an employee of Arden.', 'employee(obj=tom+lee subj=arden)'],
    ['gives an infinitive under a verb with an object that object as its doer (object control)', 'The board urged shareholders to accept the offer.', 'accept(obj=offer subj=shareholder)'],
    ['keeps the subject as the doer after "promise", which an object does not control', 'Kerr promised Lee to sell the shares.', 'sell(obj=share subj=kerr)'],
    ['reads a "by" phrase made the next clause\'s subject as the passive verb\'s doer', 'The striker was brought down in the area by Wexmoor defender Luka Perić, and Doherty scored the penalty himself.', 'bring(obj=striker obl:in=area subj=wexmoor+defender+luka+perić)'],
    ['reads a "by" phrase hung on a place as the passive verb\'s doer', "Perić was tripped in the box by Calder's Sean Doherty, who converted the penalty.", 'trip(obj=perić obl:in=box subj=sean+doherty)'],
    ['reads a possessor and its noun hung on one verb as one phrase ("by Veldmark\'s foreign ministry")', "Oskaria's ambassador was summoned by Veldmark's foreign ministry on Tuesday.", 'summon(obj=ambassador obl:on=tuesday subj=ministry)'],
    ['reads a hyphened verb and particle after a determiner or noun as a noun ("the cybersecurity start-up Quillfire")', 'Norvale Systems has agreed to buy the cybersecurity start-up Quillfire for £85 million.', 'buy(obj=cybersecurity+start+up+quillfire subj=norvale+systems)'],
    ['reads a counted "by" phrase as a margin, not a doer', 'The scheme was approved by 29 votes to 12 on Tuesday.', 'approve(obj=scheme obl:by=vote obl:on=tuesday)'],
    ['reads a word joined to "by" with a hyphen as no agent', 'The councillor Jo Reed beat the Labour candidate Sam Hill in the Eastwick by-election.', 'beat(obj=labor+candidate+sam+hill obl:in=eastwick subj=councilor+jo+reed)'],
    ['gives an opening participle clause the main clause\'s subject', 'Having overtaken Lena Brandt on the last lap, Mia Sato finished second in Oslo.', 'overtake(obj=lena+brandt obl:on=lap subj=mia+sato)'],
    ['reads a "by" phrase after an event noun as its doer, hung on the verb', 'Shareholders voted on Monday to back the takeover of the supermarket chain Dunnes & Lowe by Elmgrove Pharmacy.', 'takeover(obj=supermarket+chain+dunnes subj=elmgrove+pharmacy)'],
    ['reads a "by" phrase after an event noun as its doer, hung on the "of" phrase', 'Regulators approved the purchase of the bakery chain Crumbs by Farrow Foods.', 'purchase(obj=bakery+chain+crumbs subj=farrow+foods)'],
    ['reads a description and the name after it, parsed as two subjects, as one', 'The chef Tom Varga hired the restaurant owner Maria Lopes in 2020.', 'hire(obj=restaurant+owner+maria+lopes obl:in=2020 subj=chef+tom+varga)'],
    ['reads a speaker and its verb closing the sentence after a comma as subject and verb, not the main verb\'s object', 'Prices will rise next year, Tranter said.', 'say(subj=tranter)'],
    ['reads a word in -s closing the sentence after a speaker as that speaker\'s verb', "There were no injuries during construction, the project's safety report states.", 'state(subj=safety+report)'],
    ['reads a perfect with "has" and no "be" as active, and the noun phrase after its recipient as its object', "The agency's review board has given Helmdal the rocket's flight data.", 'give(iobj=helmdal obj=flight+datum subj=review+board)'],
    ['reads a "to" phrase hung on a verb\'s object that names no act as the verb\'s recipient', "Helmdal has handed the rocket's flight data to the agency's review board.", 'hand(obj=flight+datum obl:to=review+board subj=helmdal)'],
    ['reads a sum of money after a verb\'s object, hung on a later noun, as what was given, and the object as its recipient (an indirect object)', 'Bluegate lent the club £5 million last summer.', 'lend(iobj=club subj=bluegate)'],
    ['reads a fronted time phrase with no preposition as no description of the name after it, and a party after a sum written "£5m" as the verb\'s', 'Last summer Bluegate borrowed £5m from the club.', 'borrow(obj=m obl:from=club subj=bluegate)'],
    ['reads a participle the tagger took for an adjective after "was", with a "by" phrase in its clause, as a passive, and the "by" phrase after two joined nouns as its agent', 'The cut came days after the grocer was undercut on eggs and butter by the discounter Penny Lane.', 'undercut(obj=grocer obl:on=butter obl:on=egg subj=discounter+penny+lane)'],
    ['reads an irregular past form the tokenizer does not know ("overtook") as its verb, not a noun', 'Okafor overtook Lund on the final lap.', 'overtake(obj=lund obl:on=lap subj=okafor)'],
    ['reads a participle after a verb and before a described name as describing it, not as a verb taking the name ("overtook defending champion Luka Brandt")', 'Local favourite Tomás Reyes overtook defending champion Luka Brandt in the last kilometre.', 'overtake(obj=champion+luka+brandt obl:in=km subj=tomás+reyes)'],
    ['reads a description with no determiner opening the sentence as one phrase with its name, and the verb after it, read as a relative clause, as the main verb', 'Defending champion Luka Brandt went past local favourite Tomás Reyes in the final kilometre to claim second place.', 'claim(obj=place subj=champion+luka+brandt)'],
    ['reads a preposition hyphened to a noun before a noun ("in-store sales") as describing that noun, and a preposition left on the verb before it as its case', 'Online sales fell behind in-store sales last year.', 'fall(obl:behind=store+sale subj=sale)'],
    ['reads a giving verb\'s party object with a "with" phrase as its recipient, the "with" phrase as what is given ("supplying the company with components")', 'Halvik has been supplying the company with components since 2019.', 'supply(iobj=company obj=component obl:since=2019 subj=halvik)'],
    ['reads an act\'s noun handed over "with" ("provide Northfield with a loan") as done to the recipient', 'Dunmore will provide Northfield Building Society with a £35m loan.', 'loan(obj=northfield+building+society subj=dunmore)'],
    ['reads a sum of money hung inside the recipient\'s name ("lend Dunmore £35 million") as no part of it', 'Northfield Building Society will lend Dunmore £35 million.', 'lend(iobj=dunmore subj=northfield+building+society)'],
    ['reads a word the tagger took for an adjective after a modal as the modal\'s verb ("would open")', 'Harbour Bank would open 12 banking hubs in towns across the region.', 'open(obj=hub subj=harbor+bank)'],
    ['reads a word the tagger took for an adjective after the perfect\'s "having" as its participle', 'Having outbid Kestrel City in the final days of talks, Portvale completed the deal.', 'outbid(obj=kestrel+city obl:in=day subj=portvale)'],
    ['reads a verb the parser buried under a later noun, below a name with its age, as the main verb', 'Marta Ellingham, 52, took legal action against Corvel Estates, which she set up with Desmond Rayne in 2011, over a land deal that fell through in 2022.', 'take(obj=action obl:over=land+deal subj=marta+ellingham)'],
    ['reads a clause opened by "which" after a name as describing it, and the name as the next verb\'s subject', 'Records show that Brackwater, which built the homes, has sued the council.', 'sue(obj=council subj=brackwater)'],
    ['gives the reporting verb before "that" its own subject back when a relative clause split its complement', 'Records show that Brackwater, which built the homes, has sued the council.', 'show(subj=records)'],
    ['reads a name hung on a verb as a compound, cut from it by an age in commas, as its subject', 'Police said Gavin Harlow, 29, attacked Rhys Penman, 31, with a bottle.', 'attack(obj=rhys+penman obl:with=bottle subj=gavin+harlow)'],
    ['reads the phrase an act\'s noun is directed at ("on") as its receiver, and the possessor as its doer', 'The incident centred on Rhys Penman\'s attack on Gavin Harlow.', 'attack(obj=gavin+harlow subj=rhys+penman)'],
    ['reads an amount before a noun as describing it when the parser made its last figure the head', "Copperline Ales' £86m takeover of Halden Breweries was announced on Tuesday.", 'takeover(obj=halden+breweries subj=copperline+ales)'],
    ['reads a "by" phrase hung on a name that ends in a common noun as the event noun\'s doer, names side by side as one name, and a noun phrase after a comma as an apposition, not an object', 'The acquisition of Harvest Ridge Co-operative by Tallow Creek Mills, the Orrin County-based flour miller, has been completed.', 'acquisition(obj=harvest+ridge+co-operative subj=tallow+creek+mills)'],
    ['reads a clause opened by "after" as a clause with its own subject, not a phrase "after <name>" on the noun before it', 'Harlow won a penalty after Dunmore defender Tom Reyes brought down striker Ali Kaya.', 'bring(obj=striker+ali+kaya subj=dunmore+defender+tom+reyes)'],
    ['reads a clause opened by "after" under a passive verb the same way, its subject no longer a phrase on the noun before it', 'The visitors were awarded a penalty after Dunmore defender Tom Reyes fouled Ali Kaya.', 'foul(obj=ali+kaya subj=dunmore+defender+tom+reyes)'],
    ['reads a description and a name after a preposition, the description hung on the name as a phrase of its own, as one phrase headed by the name', "Kessock's Ravi Shah was cautioned for a late tackle on Harlow captain Ben Ode in the second half.", 'tackle(nmod:in=half nmod:on=harlow+captain+ben+ode)'],
    ['reads a possessive marker as its own word\'s: a name, then a possessive description in apposition (development pair 234)', "Apologising to passengers, Dervla Kinsella, Linkway's director of operations, put the problem down to a cable joint that had failed.", 'put(obj=problem obl:to=cable+joint subj=dervla+kinsella)'],
    ['reads a name parsed as an object beside the agent it follows as that agent', 'The broadcaster Simon Kerr was interviewed by the singer Dana Holt for a documentary.', 'interview(obj=simon+kerr obl:for=documentary subj=singer+dana+holt)'],
  ];
  for (const [name, text, frame] of mended) it(name, () => assert.ok(frames(text).includes(frame), JSON.stringify(frames(text))));
  it('keys a two-word verb with its particle', () => {
    const tokens = tokenize('Ledger is to be taken over by Quillfield.', 0, 41);
    assert.ok(framesOf(tokens, syntaxOf(tokens)).some((f) => f.key === 'take_over'));
  });
  it('gives a participle clause the main clause\'s subject, and a noun phrase read as a clause after it its object', () => {
    assert.ok(frames('Zoë Müller won the fourth stage of the Tour of the Lowlands on Saturday, edging out her compatriot Lena Brandt in a bunch sprint in Veldhoven.')
      .some((f) => f.startsWith('edge(') && f.includes('obj=lena+brandt') && f.includes('subj=zoë+müller')));
  });
  it('joins a noun phrase after "and" read as a list item as a conjunct', () => {
    assert.ok(frames("Mikael Sund, 31, and Sund's nephew, Jonas Krell, 38, sold the stolen bikes online, police said.")
      .some((f) => f.startsWith('sell(') && f.includes('subj=mikael+sund') && /subj=nephew\+jonas\+krell/.test(f)));
  });
  it('gives a reporting verb read as a clause of the verb it reports its own subject back', () => {
    const read = frames('Kaisa Rebane, the chief executive, said a team of 40 engineers had spent three years on the software.');
    assert.ok(read.includes('say(subj=kaisa+rebane)'), read.join(' '));
    assert.ok(read.some((f) => f.startsWith('spend(') && f.includes('subj=team')), read.join(' '));
  });
});

describe('predicate relations (WordNet) for comparing frames', () => {
  const same: Array<[string, string, boolean]> = [
    ['n:takeover', 'buy', true], // derivation, then a generalisation
    ['take_over', 'acquire', true], // a two-word verb's sense, two steps up
    ['n:lawsuit', 'sue', true], // through "suit", which shares the sense
    ['n:rejection', 'reject', true],
    ['a:owner', 'own', true], // a noun for the doer, through its derivation
    ['a:lender', 'lend', true],
    ['a:owner', 'buy', false],
    ['n:type', 'represent', false], // "type" (a kind) is no act
    ['n:type', 'n:symbol', false], // two nouns are not one act
    ['drive', 'force', false], // two single verbs: the alignment's business
    ['carry_out', 'set_up', false], // only through a rare sense of "set up"
  ];
  for (const [a, b, want] of same) it(`samePredicate(${a}, ${b}) = ${want}`, () => assert.equal(samePredicate(a, b), want));
  const converse: Array<[string, string, boolean]> = [
    ['sell', 'buy', true], ['lend', 'borrow', true], ['beat', 'lose', true], ['pay', 'receive', true], ['give', 'receive', true],
    ['pay', 'buy', false], // buying entails paying: one side of one event
    ['sue', 'arrest', false], ['win', 'beat', false],
  ];
  for (const [a, b, want] of converse) it(`areConverse(${a}, ${b}) = ${want}`, () => assert.equal(areConverse(a, b), want));
  const parties: Array<[string, string, boolean]> = [
    ['lender', 'borrower', true], ['employer', 'employee', true], ['plaintiff', 'defendant', true], // WordNet opposites
    ['buyer', 'seller', true], ['predecessor', 'successor', true], // doers of converse verbs
    ['buyer', 'purchaser', false], ['nurse', 'doctor', false], ['spokesman', 'spokeswoman', false], ['minister', 'secretary', false],
    ['increase', 'decrease', false], // not persons
  ];
  for (const [a, b, want] of parties) it(`areConverseParties(${a}, ${b}) = ${want}`, () => assert.equal(areConverseParties(a, b), want));
  it('knows an act noun from a thing', () => {
    assert.ok(isEventNoun('takeover'));
    assert.ok(!isEventNoun('river'));
  });
});

describe('lexical relations (WordNet) for the replaced-word judgement', () => {
  const table: Array<[string, string, string]> = [
    ['increase', 'decrease', 'opposite'],
    ['car', 'vehicle', 'broader'],
    ['vehicle', 'car', 'narrower'],
    ['doctor', 'nurse', 'sister'],
    ['zyxwv', 'house', 'unknown'],
  ];
  for (const [a, b, want] of table) {
    it(`${a} -> ${b}: ${want}`, () => assert.equal(lexicalRelation(a, b), want));
  }
});

// Proceedings told without "sue" are read as a suing, with the party that brings them and the one
// they are against (frames.ts legalActions), so that they compare with the source's "sue".
describe('legal proceedings read as suing', () => {
  const sued = (text: string) => readFrames(text).frames.filter((f) => f.key === 'sue').map(argsText);
  const table: Array<[string, string, string]> = [
    ['"took X to court"', 'Halloran Estates has taken the architecture firm Brandt Okoye to court over fees.', 'obj=architecture+firm subj=halloran+estates'],
    ['"to court" read as an infinitive with the party as its subject', 'The Environment Agency has taken Dunmore Water to court over sewage spills.', 'obj=dunmore+water subj=environment+agency'],
    ['"was taken to court by"', 'Dunmore Water was taken to court by the Environment Agency.', 'obj=dunmore+water subj=environment+agency'],
    ['"filed the lawsuit against"', 'Brightwater Analytics filed the lawsuit against Kestrel Systems on Monday.', 'obj=kestrel+systems subj=brightwater+analytics'],
    ['"a lawsuit by Y against X", with no verb', 'A lawsuit by Brightlane Systems against Harlow Freight was dismissed.', 'obj=harlow+freight subj=brightlane+systems'],
    ['a claim "brought against X by Y" as a participle', 'The £2.3m claim, brought against Skylark Regional by Corvane Aero Services, was settled.', 'obj=skylark+regional subj=corvane+aero+services'],
    ['a relative clause: "the action, which Y brought against X"', 'In the action, which Crumb & Co brought against Mølleby in 2022, the miller said orders had stopped.', 'obj=mølleby subj=crumb'],
    ['a participle after the case it describes, hung elsewhere', 'The spills are at the centre of a court case against the Environment Agency brought by Dunmore Water.', 'obj=environment+agency subj=dunmore+water'],
    ['"took legal action against X"', 'Corvel Estates took legal action against Marta Ellingham over a land deal.', 'obj=marta+ellingham subj=corvel+estates'],
  ];
  for (const [name, text, want] of table) it(`reads ${name} as suing`, () => assert.ok(sued(text).includes(want), JSON.stringify(sued(text))));
  it('reads no suing into "took X to lunch" or a claim with no party against', () => {
    assert.deepEqual(sued('Halloran Estates took the architecture firm Brandt Okoye to lunch.'), []);
    assert.deepEqual(sued('The council brought a claim for damages.'), []);
  });
});

describe('participants: one party however it is described', () => {
  const subjectOf = (text: string) => {
    const toks = tokenize(text, 0, text.length);
    const frame = framesOf(toks, syntaxOf(toks)).find((f) => f.key === 'win');
    assert.ok(frame, `no frame of "win" in ${text}`);
    return frame.args.find((a) => a.role === 'subj')!.filler;
  };
  it('two names are one by their names, whatever describes them ("the veteran striker Owen Price" / "the goalkeeper Owen Price")', () => {
    assert.equal(sameParticipant(subjectOf('The veteran striker Owen Price won the award.'), subjectOf('The goalkeeper Owen Price won the award.')), true);
  });
  it('two different names with the same description are two parties', () => {
    assert.equal(sameParticipant(subjectOf('The veteran striker Owen Price won the award.'), subjectOf('The veteran striker Tom Visser won the award.')), false);
  });
});
