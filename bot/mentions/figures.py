"""Figures of speech that name a sign nobody has (round 16): "this spreadsheet is giving me a
stroke", "I nearly had a seizure when I saw the bill", "can't breathe I'm laughing so hard",
"choked on the penalty", "I blacked out the whole conversation", "my face fell when I read it",
"my heart's in my mouth", a song's drop that "was a seizure", an eye "having a stroke" because
it twitches, a player beaten "so hard he fainted", collapsing onto one's bed, a "stroke of luck",
a collapse "in the good way", "dead on my feet", "blackout drunk". The sign in one is
hypothetical and its body part no site. Each pattern needs the words that make it a figure: a bare "I nearly had a seizure" or "I can't
breathe" stays a sign."""

from __future__ import annotations

from dataclasses import replace
import re
from typing import List

from bot.mentions.base import PLACE_BEFORE, Mention, in_spans

_SIGN = r"(?:a )?(?:stroke|heart attack|seizure|fit|coronary|aneurysm|breakdown)"
FIGURES = re.compile(
    # something "giving me a stroke"
    r"\b(?:giving|give|gave|gives) (?:me|him|her|us|you) " + _SIGN + r"\b"
    # ...or nearly giving one to a crowd or a thing (round 56: "Black Friday queue nearly gave the
    # till line a stroke")
    r"|\b(?:nearly|almost|practically|all but) (?:giving|give|gave|gives) (?:everyone|everybody"
    r"|the (?:[\w-]+ ){1,2}|(?:the )?whole (?:[\w-]+ ){1,2})" + _SIGN + r"\b"
    # ...or giving a thing a full-blown one (round 58: "This patch gave the meta a full-on fit";
    # never a person: "gave the boy a full-on fit" stays)
    r"|\b(?:giving|give|gave|gives) (?:the|our|this|that|my) (?!(?:kid|kids|baby|boy|girl|child"
    r"|children|lad|lass|man|woman|lady|guy|patient|player|old|poor|little|dog|cat|son|daughter"
    r"|husband|wife|mum|mom|dad|brother|sister|nan|gran|grandad|grandpa|grandma)\b)(?:[\w-]+ ){1,2}"
    r"(?:a )?(?:full-on|full-blown|proper|total|absolute|right old|massive) (?:stroke|heart attack"
    r"|seizure|fit|coronary|aneurysm)\b"
    # "nearly had a seizure when I saw the bill"
    r"|\b(?:nearly|almost|practically|about to|gonna|going to|could have|could've) (?:had|have"
    r"|having) " + _SIGN + r"\b(?=[^.;!?]{0,40}\b(?:when|at|over|after|because|reading|seeing"
    r"|looking)\b)"
    # ...or told with a laugh after it (round 72: "the cake collapsed and I nearly had a stroke,
    # ha")
    r"|\b(?:nearly|almost|practically) (?:had|have|having) " + _SIGN + r"\b(?=[\s,.!]{0,3}(?:ha\b"
    r"|haha|lol|lmao|😂|🤣|😅|😆))"
    # ...a jaw that dropped in surprise (round 72: "My jaw dropped when the bride's gran laughed";
    # not a jaw or a mouth that dropped on one side)
    r"|\b(?:my|his|her|our|their|everyone's)\s+jaws?\s+(?:literally\s+|actually\s+)?(?:dropped|hit the"
    r" floor|hit the ground)\b(?!\s+(?:on|to|at)\s+(?:one|the (?:left|right))\b)"
    # ...words that choked in a speech (round 72: "I choked on the punchline")
    r"|\bchok\w*\s+on\s+(?:the|my|his|her|our|their)\s+(?:punchline|punch line|speech|lines?|words|joke"
    r"|toast|vows|cue|big moment|penalty|putt|free throw|exam|interview|presentation)\b"
    # ...and tiredness told as "dead" (round 72: "my arm is dead tired")
    r"|\b(?:(?:is|are|was|were|feels?|felt|'s|gone)\s+)?dead\s+(?:tired|beat|exhausted|knackered|sore"
    r"|on my feet)\b"
    # breath lost to laughing (laughing itself, not a "lol": "can't breathe lol, my throat is
    # closing" is a real sign told lightly)
    r"|\b(?:can't|cant|cannot|couldn't|couldnt) (?:breathe|breath)\b[^.;!?]{0,30}?(?<!not )"
    r"(?<!n't )(?:\blaugh\w*|😂|🤣)"
    r"|\blaugh\w* (?:so (?:hard|much) (?:that )?|till |until |(?:so hard |so much )?(?:that )?)i "
    # (round 66: "laughed till I couldn't breathe")
    r"(?:can't|cant|couldn't|couldnt|could not|cannot) (?:breathe|breath)\b"
    r"|\b(?:can't|cant|couldn't|couldnt) (?:breathe|breath) for laughing\b"
    # choking as failing under pressure
    r"|\bchok(?:ed|e|es|ing) (?:on|in|at|during) (?:the |my |that |a |his |her |our |their )?"
    # round 65: "Watched our pub quiz team choke on the last round"
    r"(?:(?:last|final|first|second|third|big|bonus|picture|music) )?(?:round|question|quiz"
    r"|tie-?break|tiebreaker|race|routine|dance|heat|leg|frame|set point|match point"
    r"|penalty|final"
    r"|match|game|exam|interview|test|shot|putt|kick|free throw|presentation|speech|pitch"
    r"|audition|big moment|last question"
    # round 54: "I choked on the punchline", "choked on the high note"
    r"|punchline|punch line|line|lines|lyrics?|solo|high note|top note|note|cue|joke|set|gig"
    r"|opening|intro|bridge|encore)\b|\bchoked under pressure\b"
    # round 76: a choke point, a narrow place ("the choke point at the mess queue")
    r"|\bchoke[- ]?points?\b"
    # ...and someone else's fit of anger at a sight ("The sergeant had a fit when he saw my
    # locker"; not lights, a screen or a flicker, which may bring on a real one)
    r"|\b(?:had|has|have|having|throws?|threw)\s+(?:a|an\s+absolute|a\s+proper|a\s+total)?\s*fit\s+"
    r"(?:when|as soon as|once)\s+(?:he|she|they|the\s+\w+)\s+(?:saw|sees|found|finds|heard|hears|read"
    r"|reads|noticed|spotted|realised|realized)\b(?![^.;!?]{0,30}\b(?:lights?|flash\w*|strobe\w*|screens?"
    r"|flicker\w*)\b)"
    # round 75: a witness who "choked under cross"
    r"|\bchok(?:ed|e|es|ing) (?:under|in|during) (?:the )?(?:cross|cross-examination|cross examination"
    r"|questioning|examination|scrutiny)\b"
    # ...a release that "dropped" (round 58: "since the update dropped")
    r"|\b(?:update|patch|album|single|song|track|video|trailer|season|episode|game|expansion|dlc"
    r"|beat|mixtape|merch|collection|collab|skin|skins|ep|new (?:[\w-]+ )?(?:one|stuff))\s+"
    r"(?:(?:just|finally|has|had|have|officially)\s+)?dropped\b"
    # ...or choking on laughter or on words (round 58: "chat choked on their own laughter")
    r"|\bchok(?:ed|e|es|ing) (?:on|with) (?:(?:my|his|her|their|our|its) )?(?:own )?(?:laughter"
    r"|laughing|giggles|giggling|words|pride|tears)\b"
    # blacking out what was said (forgetting it)
    r"|\bblack(?:ed)? out (?:the|that|most of|all of|half of|what)\b"
    # a face that fell at news, a heart in the mouth
    r"|\b(?:my|his|her|their) face fell (?:when|as|at|because|after|reading|on)\b"
    # ...or dropped at news (round 57: "Client's face dropped a mile when she saw the quote"; not
    # "his face dropped on one side", nor "dropped after lunch")
    r"|\b(?:my|his|her|their|[a-z]+'s) face (?:fell|dropped) a mile\b"
    r"|\b(?:my|his|her|their|[a-z]+'s) face dropped (?:when|as|because|reading)\b"
    # round 60: a crowd's faces ("Passengers' faces dropped when I said we terminate here")
    r"|\b(?:our|their|[a-z]+s'|everyone'?s|everybody'?s) faces (?:fell|dropped) (?:when|as|because"
    r"|reading|at)\b"
    # ...heat stroke, no stroke (round 57: "Toolbox talk this morning was on heat stroke")
    r"|\bheat ?stroke\b|\bsun ?stroke\b"
    # ...a night flight or shift, no red eye (round 60: "ground crew on the red-eye turnarounds")
    r"|\bred[- ]eyes? (?:flights?|turnarounds?|shifts?|runs?|services?|crossings?|specials?)\b"
    r"|\bthe red[- ]eye\b(?! (?:is|was|has|looks|won'?t|and)\b)"
    # ...a trade's slang, quoted and then explained (round 57: "when the foreman says he's 'out
    # cold' about the delay he means he doesn't care")
    r"|(?<!\w)['\u2018\"\u201c][^'\u2019\"\u201d]{1,25}['\u2019\"\u201d](?!\w)(?=[^.;!?]{0,60}\b(?:means?"
    r"|meaning"
    r"|slang for)\b)"
    r"|\bheart(?:'s| is| was)? in my mouth\b"
    # words lost to a tongue twister (round 18): "did a tongue twister challenge and couldnt get
    # the words out lol"
    r"|\btongue[- ]twisters?\b[^.;!?]*"
    # round 27: a song's drop, a beat or a match called a seizure or a stroke ("that drop at the
    # concert was a SEIZURE")
    r"|\b(?:drop|beat|song|track|tune|set|bassline|riff|chorus|match|game|goal|play|episode"
    r"|finale|ending|plot twist)\b[^.;!?]{0,30}?\b(?:was|is|'s|literally) (?:literally |actually "
    r"|lowkey |highkey )?" + _SIGN + r"\b"
    # ...a twitching part "having a stroke" ("says his eye 'is having a stroke' bc it twitches")
    r"|\b(?:eye|eyelid|eyebrow|lip|cheek|face)\s*['\"‘’“]?\s*(?:is|'s|keeps|was)?\s*having "
    + _SIGN + r"['\"’”]?(?=[^.;!?]{0,25}\b(?:because|bc|cos|cause|when|as|since) (?:it|my|his|her) (?:\w+ )?"
    r"(?:twitch|jump|flutter|spasm)\w*)"
    # ...the voice of anxiety or a search in a meme's format: "me: eyelid twitches once / my
    # brain: that's a stroke", "webmd: it's a seizure" (round 27)
    r"|\b(?:my brain|my anxiety|also me|google|webmd|dr google|tiktok|reddit)"
    r"\s*:\s*[^.;!?/]*"
    # ...someone out-played "so hard he fainted" (round 27)
    r"|\bso (?:hard|bad|badly|well|good|much)(?: (?:at|in|on) \w+)? (?:that )?(?:he|she|they|i"
    r"|the \w+)"
    r" (?:fainted|passed out|died|collapsed|had a stroke|had a heart attack)\b"
    # ...shaken by news, not shaking (round 27): "it shook me up"
    r"|\bsh(?:ook|aken) (?:me|him|her|us|them) up\b|\b(?:shook|shaken) up\b"
    # ...a fuss about something (round 29): "my mate's having a stroke about her exam results"
    r"|\b(?:having|had|has|have|having a full on) (?:a )?(?:stroke|heart attack|seizure|fit"
    r"|meltdown|breakdown) (?:about|over) (?:her|his|my|their|your|our|the|a|an|this|that)\b"
    r"(?! (?:weekend|night|summer|holidays?|last|past|few|christmas|easter)\b)"
    # ...a faint that nearly happened, from nerves or a laugh (round 29): "nearly passed out from
    # nerves lol"
    r"|\b(?:nearly|almost) (?:passed out|fainted|blacked out|collapsed)\b(?=[^.;!?]{0,25}?(?:\b(?:from"
    r"|with|of) (?:the )?(?:nerves|excitement|relief|laughing|laughter|shock|joy|embarrassment"
    # round 33: "nearly passed out from the cuteness"
    r"|pride|cuteness|happiness|delight|awkwardness|cringe"
    # round 47: "nearly passed out from boredom" in a queue, or at a price
    r"|boredom|the (?:price|bill|cost|fee|quote)s?)\b"
    r"|\blol\b|\bhaha\b|😂|🤣)"
    # ...or at the top of an effort (round 37): "nearly passed out on the last rep of heavy squats"
    r"|(?=[^.;!?]{0,25}?\b(?:on|during|at|in) (?:the |my |a )?(?:last |final |heavy |big |hard )?"
    r"(?:reps?|sets?|lifts?|squats?|deadlifts?|sprints?|climbs?|hills?|intervals?)\b))"
    # ...breathless with laughing (round 30): "cant breathe 😭😭 this show is killing me" (never
    # crying alone: that may be panic)
    r"|\b(?:can'?t|cannot|cant) breathe\b(?=[^.;!?]{0,30}?(?:😂|🤣|💀|\blol\b|\blmao\b|\bhaha"
    r"|\bkilling me\b|\bso funny\b|(?<!not )(?<!n't )\blaughing\b|\bcomedy\b))"
    # ...a twitching part told as having a fit "of its own" (round 69: "Now my own eyelid is having
    # a little fit of its own"; the span starts after the part, a site of its own)
    r"|\bhaving\s+(?:a|its|another|one)\s+(?:little\s+|mini\s+|tiny\s+|small\s+|bit of a\s+)?(?:fit"
    r"|seizure|meltdown|tantrum)\s+of\s+(?:its|their)\s+own\b"
    # ...a part or a machine seized (round 69: "froze at the lights like a seized engine")
    r"|\bseiz(?:ed|ing)\s+(?:up\s+)?(?:engine|motor|bolt|nut|screw|bearing|pump|brake|caliper|gearbox"
    r"|clutch|piston|lock|hinge|tap|valve|wheel)s?\b"
    r"|\b(?:engine|motor|bolt|nut|screw|bearing|pump|brake|caliper|gearbox|clutch|piston|lock|hinge"
    r"|tap|valve|wheel)s?\s+(?:(?:has|had|have|was|is|just|completely|totally)\s+)*seiz(?:ed|ing)\b"
    # ...a stroke of the hand (round 48: "stroking my upper arms is how I stim")
    # (round 68: an animal petted, told with no article: "Spent all day stroking cattery cats")
    r"|\bstrok(?:ing|ed|es|e)\s+(?:(?:my|his|her|their|the|its|our|your|a)\s+)?(?:[\w-]+\s+)?(?:arms?"
    r"|forearms?|wrists?|shoulders?|neck|knees?|hands?|hair|face|cheeks?|head|back|skin|legs?"
    r"|cats?|dogs?|pets?|beard|fur|fabric|blanket|horses?|pon(?:y|ies)|kittens?|pupp(?:y|ies)"
    r"|rabbits?|bunn(?:y|ies)|animals?|manes?|muzzles?|ears?|coats?|lambs?|goats?)\b"
    # ...prices hard to swallow (round 47: "I'm choking on the private prices")
    r"|\bchok\w* (?:on|at|over) (?:the |their |those |these |its |my )?(?:[\w'-]+ )?(?:prices?|bills?"
    r"|costs?|fees?|quotes?|premiums?|deductibles?|co-?pays?)\b"
    # ...a contest lost (round 31): "we choked in the pub quiz final", "got knocked out in the
    # semis"
    r"|\b(?:choked|bottled it|knocked out)\s+(?:in|at|on|during|of)\s+(?:the|our|my|a|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:finals?|semis?|semi-finals?|quarters?|quarter-finals?|match|game|quiz|exam"
    r"|test|interview|audition|pitch|penalty|penalties|round|race|cup|tournament|league|competition"
    r"|playoffs?)\b"
    # ...a swimming stroke or a laugh (round 32): "the butterfly stroke relay", "so breathless
    # from laughing"
    r"|\b(?:breast|back|butterfly|freestyle|side|swimming|swim|paddle|rowing|forehand|backhand"
    r"|brush|pen|key|golf)\s*-?\s*strokes?\b|\bstrokes?\s+(?:relay|heat|rate|count|technique"
    r"|drills?|lengths?)\b|\bbreathless (?:from|with) (?:laughing|laughter)\b"
    # ...breath lost to a race or a game, told as over (round 33): "I volunteered for the
    # three-legged race with him, and we ended up breathless in a heap on the field"
    r"|\b(?:race|run|sprint|relay|match|game|dance|workout|sports day|parkrun|egg and spoon"
    r"|tug of war)\b[^.;!?]{0,60}?\b(?:ended up|were|was|got|left (?:us|me|him|her|them))\s+"
    r"(?:all\s+|both\s+|completely\s+)?breathless\b(?![^.;!?]{0,40}\b(?:still|can'?t|cannot"
    r"|won'?t|isn'?t|not)\b)"
    # ...breath short after an effort, as anyone's is (round 37: "breathless after sprints like
    # everyone"), unless it stays
    r"|\bbreathless (?:after|from) (?:the |my |a |some |hard |those |our )?(?:sprints?|intervals"
    r"|runs?|running|training|session|workout|hill reps|reps|race|match|game|stairs|hills?|climb)\b"
    r"(?![^.;!?]{0,40}\b(?:still|can'?t|cannot|won'?t|at rest)\b)"
    # ...a winding that passed (round 37: "winded by a ball to the stomach, couldn't breathe for a
    # few seconds, fine straight after")
    r"|\b(?:winded|wind knocked out of (?:me|him|her))\b[^.;!?]{0,70}?\b(?:can'?t|couldn'?t|could not"
    r"|cannot) (?:breathe|get my breath|catch my breath)\b(?=[^.;!?]{0,40}\b(?:for a (?:few )?"
    r"(?:seconds?|moments?|sec)|fine|ok|okay)\b)"
    # ...a team that fell apart (round 37: "our under-15s collapsed in the second half")
    # ...plants and things that collapse (round 45): "tomatoes collapsed in the heat"
    r"|\b(?:tomato(?:es|s)?|plants?|seedlings?|beans|lettuces?|roses?|dahlias?|sunflowers?"
    r"|courgettes?|shelf|shelves|shed|fence|tent|gazebo|greenhouse|cake|souffl[eé]|sponge"
    r"|marquee|scaffold\w*|wall|ceiling|bookcase|wardrobe|flat-?pack)\s+(?:(?:had|have|has|just"
    r"|all|completely)\s+)*collapsed\b"
    r"|\b(?:team|side|squad|defen[cs]e|back line|under-?\d+s|u\d+s|lads|scrum|pack|midfield"
    r"|line-?up|batting|bowling attack)\s+(?:[\w-]+\s+)?collapsed\b"
    # ...or a name a crowd gives to a time or a place (round 56: "We call the last hour before
    # close the blackout")
    r"|\b(?:we|they|everyone|everybody|staff|the lads|the girls|people) (?:all )?(?:call|called"
    r"|nickname|nicknamed|dub|dubbed) (?:it |that |this |(?:the|our|that|this) (?:[\w'-]+ ){1,7}?)"
    r"(?:the|a) (?:blackout|collapse|stroke|seizure|fit|choke|faint|meltdown|heart attack)\b"
    # ...or a name given to something in quotes (round 37: "Strava auto-named my ride
    # 'Stroke-Inducing Climb'")
    r"|\b(?:auto-?)?(?:named|titled|renamed)\s+(?:my|the|our|his|her|this|it)\s+(?:[\w-]+\s+){0,2}?"
    r"['\"\u2018\u201c][^'\"\u2019\u201d]{1,50}['\"\u2019\u201d]"
    # ...a crowd in stitches, a laugh that nearly choked, a power cut (round 34): "Bowls club
    # collapsed into laughter", "I laughed so much that I nearly choked on my pastizzi", "we had a
    # blackout across Chaguanas, the whole street dark"
    r"|\bcollaps\w* (?:into|in) (?:laughter|giggles|hysterics|fits of laughter|stitches|chaos"
    r"|disarray|a shambles|farce"
    # round 46: "Suspect collapsed into tears mid-interview"
    r"|tears|floods of tears|sobs|a sobbing heap|a heap of tears)\b"
    # ...and a machine that "had a fit" (round 46: "the fire alarm in our block had a fit all
    # night")
    r"|\b(?:alarms?|printers?|computers?|laptops?|pcs?|engines?|systems?|boilers?|dishwashers?"
    r"|washing machines?|servers?|apps?|phones?|wi-?fi|routers?|machines?|sat ?navs?|radios?"
    r"|tills?|tannoy|scanners?|terminals?|sirens?|car|van|truck|lorry|bus|train|tram"
    # round 49: "our new timetable had a stroke over the weekend"
    r"|timetables?|spreadsheets?|photocopiers?|copiers?|registers?|websites?|portals?|rotas?"
    r"|smart ?boards?|projectors?|schedules?|calendars?|databases?"
    # round 52: farm machines ("The old Fergie had a seizure in the bottom field")
    r"|tractors?|fergie|fergy|quad|ute|baler|balers|harvester|header|combine|milking machine"
    r"|chainsaws?|generators?|pumps?|motor|mower|old girl|old thing"
    # round 57: "every time someone shuts a tap the pipes have a full seizure"
    r"|pipes|plumbing|radiators?"
    # round 59: lab machines ("Centrifuge had a fit and walked off the bench")
    r"|centrifuges?|vortex(?:er)?|shakers?|incubators?|autoclaves?|sequencers?|freezers?|fridges?"
    r"|fume hoods?|plate readers?|microscopes?|scopes?"
    # round 60: vehicles ("Crossing to Inis Mor was so rough the whole ferry had a fit")
    r"|ferry|ferries|boats?|ships?|vessels?|planes?|aircraft|tugs?|coach|minibus|cab|taxi"
    # round 61: deck machines ("The winch had a proper fit this morning")
    r"|winch(?:es)?|haulers?|capstans?|cranes?|sonar|radar|plotters?|echo ?sounders?|net drums?"
    r"|forklifts?)\s+"
    r"(?:(?:in|on|at|of|downstairs|upstairs)\s+(?:(?:the|our|my|a|this)\s+)?[\w-]+\s+)?"
    r"(?:(?:had|has|have|was having|is having|having|threw|throws|just|kept|keeps|all|both)\s+)+"
    r"(?:a |another )?(?:full |proper |full-blown |total )?(?:fit|seizure|fits|seizures|meltdown|stroke"
    r"|heart attack)\b"
    # ...a sign told and then called a figure (round 49: "knocked me out cold, figuratively"):
    # the clause right before the word only, never a sign told earlier in the sentence
    r"|[^.;!?,]{0,40},?\s*\b(?:figuratively|metaphorically)(?: speaking)?\b"
    # ...laughing oneself out of breath, and a collapse in laughter (round 49: "my Year 3s
    # laughed themselves breathless", "I collapsed in a heap at the finish line laughing")
    r"|\blaugh\w* (?:myself|themselves|ourselves|himself|herself|yourselves) (?:breathless"
    r"|silly|sick|hoarse|stupid)\b"
    r"|\bcollaps\w*\b[^.;!?]{0,50}?\b(?:laughing|giggling|in (?:fits of )?laughter"
    r"|in hysterics)\b"
    r"|\blaugh\w*\b[^.;!?]{0,40}?\b(?:nearly|almost) chok\w*"
    r"|\b(?:nearly|almost) chok\w*\b[^.;!?]{0,20}?\b(?:laugh\w*|giggl\w*)"
    r"|\b(?:power|electricity) (?:cut|blackout|outage)\b|\bblackouts? (?:across|in|over|hit|on)"
    r" (?:the |our |my )?(?:street|town|city|area|estate|village|island|whole|neighbou?rhood"
    r"|[A-Z]?\w+ (?:last|this|all))\b|\bwe had a blackout\b"
    # ...a thing's ruin: "screen dead, total collapse"
    r"|\b(?:total|complete|utter) collapse\b"
    # ...luck or the clock (round 28): "Stroke of luck: neuro had a cancellation"
    # (from its "had a", where the vocabulary's "had a stroke" begins; round 30)
    r"|\b(?:(?:just |only )?(?:had|has|have|having|was|what|such) (?:a |an )?|an? )?strokes? of (?:luck|good luck|bad luck|genius|fortune|good fortune|brilliance|midnight"
    r"|inspiration|the pen|a pen|the brush|a brush)\b|\bat the stroke of\b"
    # ...a collapse told as a joy (round 28): "collapsed in a heap over the finish line, in the
    # good way"
    r"|\bcollaps\w*[^.;!?]{0,50}?,? in (?:the|a) good way\b"
    # ...a blow that nearly knocked one out (round 52: "Auctioneer's hammer near knocked me out
    # cold, lambs at half price"): nobody was out
    r"|\b(?:near|nearly|almost|practically|all but|just about) (?:knocked|knocks|knock) (?:me|us"
    r"|him|her|them) (?:out(?: cold)?|flat|for six|sideways|senseless|clean out)\b"
    # ...and land, water and money that choke or cannot breathe (round 52: "the dams are choking
    # on mud, the paddocks can't draw a breath, the bank manager's got us by the throat")
    r"|\b(?:dams?|paddocks?|fields?|pastures?|crops?|creeks?|rivers?|soil|ground|land|district"
    r"|town|farm|business|economy|market|country|trees|garden|lawn|drains?|gutters?|pipes?"
    # round 61: "the old boys on the pier said the bay couldn't breathe for fish"
    r"|bay|harbou?r|sea|loch|lough|lake|estuary|nets?)\s+"
    # round 57: "the drain under the sink choked on a bucket of plaster washings"
    r"(?:(?:under|in|on|at|by|outside|behind)\s+(?:the|our|my|a)\s+[\w-]+\s+)?"
    r"(?:(?:are|is|were|was|have been|has been|keep|keeps)\s+)?(?:chok\w*|gasping|suffocat\w*"
    r"|(?:can'?t|couldn'?t|could not) (?:draw (?:a )?breath|breathe|get (?:a )?breath)|cannot breathe"
    r"|struggling to breathe)\b"
    # ...and work that chokes a place of work (round 56: "stocktake is choking the branch")
    r"|\bchok(?:ing|es|ed|e) (?:the|our|my|this|that|a) (?:whole |entire )?(?:branch|store|shop"
    r"|business|company|firm|team|office|site|warehouse|depot|department|economy|market|high street"
    r"|industry|project|budget|cash ?flow|profits?|margins?|sales|pipeline|traffic|life out of)\b"
    r"|\b(?:got|has|have|had)\s+(?:us|me|him|her|them)\s+by\s+the\s+throat\b"
    # ...a thing knocked out, and a machine that chokes (round 42): "knocked out the old fence
    # post with the sledgehammer", "the generator keeps choking and dying"
    r"|\bknock(?:ed|ing)? out (?:the|a|an|that|this|those|these|some|two|three|\d+) (?!(?:guy|man"
    r"|woman|lad|bloke|boy|girl|kid|person|people)\b)"
    r"|\b(?:generator|engine|motor|tractor|mower|chainsaw|pump|outboard|ute|van|truck|quad"
    # round 45: "the lawnmower choked on the wet grass"
    r"|lawnmower|lawn mower|strimmer|hedge trimmer|leaf blower|rotavator|sander|drill|hoover"
    r"|vacuum|hose|pressure washer|jet wash"
    r"|car|saw|compressor|boiler|old girl"
    # round 60: "The old Toyota has been coughing and choking up the hill on every run, wheezing
    # like an old man" (the run of breath words goes on through the sentence)
    r"|toyota|bus|minibus|coach|lorry|tram|train|ferry|boat|motorbike|scooter)\s+(?:(?:keeps|kept|is"
    r"|was|started|just|has been|been)\s+)*(?:chok\w*|cough\w*|splutter\w*|stall\w*|dying|died"
    r"|gasping)\b(?:[^.;!?]{0,40}?\b(?:chok\w*|cough\w*|splutter\w*|wheez\w*|gasp\w*"
    r"|stall\w*)\b)*"
    # ...a drinker's memory gap (round 41): "blackout drunk at my cousin's wedding, don't
    # remember the last two hours" (memory lost, not consciousness)
    r"|\bblack(?:ed)?[- ]?out drunk\b|\bdrunk (?:enough )?to black(?:ed)? ?out\b"
    r"|\b(?:drunken|alcohol|booze) blackouts?\b"
    # ...tiredness and a near fall (round 39): "dead on my feet", "run off my feet", "nearly
    # broke my neck tripping over his fire engine", and a mess "all over the straps"
    r"|\b(?:dead|asleep|rushed|run|ran|run ragged) (?:on|off) my feet\b"
    r"|\b(?:nearly|almost|could have|could've) (?:broke|broken|break|snapped) my neck\b"
    r"|\ball over (?:the|his|her|their|our|its) (?!place\b|body\b)\w+"
    # ...work that takes one's breath, a thing that would bring on a fit, a connection or a
    # machine that drops or dies, and double vision that was the screen's (round 43): "I can't
    # breathe with this workload", "the slide deck was seizure-inducing", "the wifi keeps
    # dropping", "was seeing double on my new monitor, turned out to be ghosting"
    r"|\b(?:can'?t|cannot|couldn'?t) breathe (?:with|under|for) (?:this|these|those|the|my"
    r"|all th(?:is|ese|ose)) (?:workload|work|deadlines?|stress|pressure|emails?|meetings?|inbox|backlog|tickets?"
    r"|marking|revision|exams?|assignments?|coursework)\b"
    r"|\b(?:seizure|stroke|heart attack|migraine|aneurysm)[- ]inducing\b"
    r"|\b(?:wi-?fi|signal|connection|internet|network|broadband|vpn|calls?|line|zoom|teams|stream"
    r"|bluetooth|frame ?rate|fps|battery|reception|server|headset|mic|audio|video|laptop|pc"
    r"|computer|monitor|screen)\s+(?:(?:keeps|kept|is|was|just|has been|been|started|keep"
    r"|constantly|always)\s+)*(?:dropping|dropped|drops|cutting out|crashing|crashed|freezing"
    r"|froze|dying|died)\b"
    r"|[^.;!?]{0,80}\bturned out (?:to be|it was|to have been) (?:just |only )?(?:a |the |my |some )?"
    r"(?:monitor |screen |display )?(?:ghosting|glitch\w*|bug|setting|refresh rate|monitor|screen"
    r"|smudge|dirty|glasses|lens|reflection|filter|lag|wifi|connection|dust|eyelash|cable)\b"
    # ...a throat tight with feeling, a sleep after a feast (round 45): "choked up during the
    # eulogy", "a food coma ... passed out on the sofa for three hours"
    r"|\bchok(?:ed|e|es|ing) up\b(?!\s+(?:on|some|a|the|blood|food|bits?)\b)"
    r"|\bfood coma\b[^.;!?]*"
    # (round 50: also in quotes, "'passed out' on the sofa for twelve hours")
    r"|\bpassed out['\u2019\"]?\s+(?:on|in) (?:the |my |our )?(?:sofa|couch|bed|armchair)\b(?= for (?:\w+ )?"
    r"(?:hours?|hrs?)\b)"
    # ...a thing that is a sign "waiting to happen" (round 50: "the MAR charts are a seizure
    # waiting to happen")
    r"|\b" + _SIGN + r" waiting to happen\b"
    # ...a machine that "passed out", a "seizure" of yawns (round 51: "white-noise machine passed
    # out at 3am", "seizure of yawns in the 9am meeting")
    r"|\b(?:machine|fan|monitor|router|phone|laptop|telly|tv|speaker|heater|boiler|fridge"
    r"|printer|kettle|dishwasher|hoover|charger"
    # round 54: "The lighting desk blacked out mid-show"
    r"|desk|lighting desk|sound desk|mixing desk|console|desk|rig|screen|screens|stage|lights"
    r"|amp|amps|pa|projector|laptop)\s+(?:just\s+|finally\s+|suddenly\s+)?(?:passed out|fainted"
    r"|blacked out|collapsed|had a (?:fit|seizure|stroke))\b"
    # ...a kitchen machine that chokes, gasps or passes out, and a bake that collapses (round 55:
    # "The grinder choked on old beans and the espresso machine was gasping", "Walk-in passed out
    # overnight, compressor dead", "MasterChef pavlova collapse")
    r"|\b(?:grinder|espresso machine|coffee machine|machine|walk-in|freezer|chiller|compressor|oven"
    r"|fryer|extractor|till|card machine|dishwasher|glasswasher|engine|generator|van|printer|boiler"
    r"|pump|mixer|blender|hob|range|grill)\s+(?:just\s+|finally\s+|suddenly\s+|was\s+|is\s+|kept\s+"
    r"|keeps\s+|has\s+|had\s+)*(?:passed out|fainted|blacked out|collapsed|choked|choking|chokes"
    r"|gasping|gasped|gasps|wheezing|wheezed|wheezes|having a (?:fit|seizure)|had a (?:fit|seizure"
    r"|stroke))\b"
    r"|\b(?:pavlova|souffl[eé]|cake|sponge|meringue|tart|pie|bake|trifle|roulade|tent|gazebo"
    r"|stall|shelf|shelving|stack|tower|display)\s+(?:collapse[sd]?|collapsing)\b"
    # ...an audience knocked out by a show (round 54: "Opening number knocked the crowd out cold")
    r"|\bknock\w*\s+(?:the\s+)?(?:crowd|audience|room|house|judges|critics|punters|fans|them)\s+out"
    r"(?: cold)?\b"
    # ...and pride swallowed (round 54: "I can't swallow my pride")
    r"|\b(?:can'?t|cannot|couldn'?t|won'?t|hard to|had to|have to)?\s*swallow(?:ed|ing)?\s+(?:my|your|his"
    r"|her|our|their)\s+pride\b"
    r"|\b(?:seizure|fit) of (?:yawns|yawning|laughter|giggles|giggling|sneezes|sneezing|hiccups"
    r"|coughing|the giggles)\b"
    # ...and breathing that stops in sleep as a sleep study or a CPAP machine counts it: sleep
    # apnoea, a long-term condition (round 51: "he stops breathing 38 times an hour in his sleep";
    # not a baby or anyone found not breathing now)
    r"|\b(?:stops?|stopped|stopping|stop) breathing\b(?=[^.;!?]{0,60}?\b(?:times an hour|times a"
    r" night|an hour in (?:his|her|my|their) sleep)\b)"
    r"|\b(?:stops?|stopped|stopping|stop) breathing\b(?=[^.;!?]{0,80}?\bin (?:his|her|my|their)"
    r" sleep\b)(?=[^.!?]*\b(?:cpap|apn(?:o)?ea|sleep study|sleep clinic|sleep doctor|snor\w*)\b)"
    r"|(?<=\bcpap\b)[^.!?]*?\b(?:stop|stops|stopped|stopping) breathing\b"
    # ...advice swallowed that went down the wrong way, and rage or toothpaste foaming at the
    # mouth (round 53: "tried to swallow the health visitor's 'sleep when the baby sleeps' and it
    # went down the wrong way", "the teething marathon had me foaming at the mouth: toothpaste")
    r"|\bswallow\w*\s+(?:[\w'\u2019-]+\s+){0,3}?['\"\u2018\u201c][^'\"\u2019\u201d]{2,60}['\"\u2019\u201d]"
    r"[^.;!?]*"
    r"|\b(?:had|has|have|got|gets|left|leaves|leaving)\s+(?:me|him|her|us)\s+foaming(?: at the mouth)?\b"
    r"|\bfoam\w*(?: at the mouth)?\b(?=[^.;!?]{0,20}?\btoothpaste\b)"
    # ...double vision that is twins' double everything (round 53: "Twin mum: double vision all
    # day, two cots, two bottles, two screamers")
    r"|\b(?:double vision|seeing double)\b(?=[^.;!?]{0,30}?\btwo [\w-]+,\s*two [\w-]+)"
    # (round 61: "Seeing double all week: double shifts, double catch")
    r"|\b(?:double vision|seeing double)\b(?=[^.;!?]{0,30}?\bdouble [\w-]+,\s*double\b)"
    # ...a blow that knocked a whole place out, or would knock out an animal (round 61: "Quota cut
    # knocked the whole harbour out cold", "Fish-hold stink would knock a seagull unconscious")
    r"|\bknock(?:ed|s|ing)? (?:the whole|the entire|everyone|everybody) (?:[\w-]+ )?out(?: cold)?\b"
    r"|\b(?:would|could|'d) (?:knock|put|send|floor|drop) (?:a|an|any) (?:[\w-]+ ){1,2}?(?:out cold"
    r"|unconscious|out|flat|into a coma)\b"
    # ...a fishing float or rod's fit (round 61: "float lay there dead for hours then had a proper
    # seizure when a salmon took")
    r"|\b(?:float|rod|rod tip|reel|bobber|bite alarm)\b[^.;!?]{0,40}?\b(?:had|has|having|threw)"
    r" (?:a |another )?(?:full |proper |full-blown |total |right )?(?:fit|seizure|stroke)\b"
    # ...and what someone joked (round 61: "my brother joked the boat would choke on the last
    # haul"; the joke's clause only)
    r"|\bjok(?:ed|es|ing)\b(?:(?!\bbut\b)[^.;!?,]){0,50}"
    # ...a machine that froze and "went unconscious" (round 62: "till froze mid sale, basically
    # went unconscious"), or a print that is "seeing double" (round 62: "The screen-print run is
    # seeing double: the magenta screen slipped")
    r"|\b(?:till|card machine|screen|laptop|pc|computer|server|printer|router|system|app|machine"
    r"|phone|tablet|scanner|network)\s+(?:just\s+)?(?:froze|crashed|died|hung|locked up|went down"
    r"|conked out)\b[^.;!?]{0,40}?\b(?:went unconscious|passed out|blacked out|fainted|had a (?:fit"
    r"|seizure|stroke)|went into a coma|flatlined)\b"
    r"|\b(?:print|prints|print run|run|press|proofs?|photos?|pictures?|images?|scans?|pattern"
    r"|repeat|registration|logo|labels?|design|printer)\s+(?:is|was|'s|are|were|keeps|kept)\s+"
    r"(?:\w+\s+)?seeing double\b"
    # ...a queue or a system that chokes on work (round 63: "Ticket queue is choking on password
    # resets"), a dashboard "seeing double", and a face that went lopsided on a screen that lagged
    # (round 63: "my face went lopsided on screen ... Just webcam lag")
    r"|\b(?:queue|inbox|pipeline|build|server|network|database|backlog|system|app|site|website"
    r"|helpdesk|help desk|switchboard|router)\s+(?:is\s+|was\s+|keeps\s+|kept\s+)?chok\w*\s+on\b"
    r"|\b(?:dashboard|screen|monitor|app|feed|report|spreadsheet|alerts?)\s+(?:is|was|'s|are|were"
    r"|keeps|kept)\s+(?:\w+\s+)?seeing double\b"
    r"|\b(?:face|smile|mouth)\b[^.;!?]{0,30}?\bon (?:screen|webcam|camera|stream|the stream|video"
    r"|the call)\b[^.;!?]*(?=[^!?]{0,200}?\b(?:lag|lagging|dropping frames|dropped frames|glitch\w*"
    r"|encoder|compression|pixelat\w*)\b)"
    # ...or two of a thing that came together (round 60: "two 73s turned up together, seeing
    # double lol")
    r"|\btwo [\w-]+ (?:[\w-]+ ){0,4}?(?:together|at once|at the same time|side by side"
    r"|back to back)\b[^.;!?]{0,30}?\b(?:seeing double|double vision)\b"
    # ...or a boss's fit of temper at a mishap (round 60: "the supervisor had a fit when the
    # catering truck clipped a wingtip")
    r"|\b(?:supervisor|boss|manager|foreman|gaffer|skipper|landlord|client|customer|controller"
    r"|inspector|ref|referee|head teacher|principal)\s+(?:(?:just|nearly|almost|literally)\s+)?"
    r"(?:had|has|was having|threw) (?:a )?(?:proper |right |total |absolute |full-blown )?"
    r"(?:fit|seizure|stroke|heart attack) (?:when|because|after) (?:the|a|an|someone|somebody|i|we"
    r"|they|you)\b"
    # ...flopping onto one's bed or sofa (in shame, exhausted; round 27)
    r"|\bcollapsed? (?:on|onto|into|in) (?:(?:my|the|his|her|our) )?(?:bed|sofa|couch|beanbag"
    r"|duvet|pillow)\b(?![^.;!?]{0,30}\b(?:not|unconscious|didn'?t wake|not waking|unresponsive"
    r"|shaking|jerking|fitting)\b)")
SIGN_KINDS = ("symptom", "red_flag")


# a vehicle that opens a figure's match is the figure's subject unless it is where someone is
# ("my wife on the train just had a fit" is hers; round 71)
VEHICLE_FIRST = re.compile(r"(?:car|van|truck|lorry|bus|train|tram|ferry|ferries|boats?|ships?|vessels?"
                           r"|planes?|aircraft|coach|minibus|cab|taxi|tugs?|ute|quad|tractors?|motorbike"
                           r"|scooter|toyota)\b")


def _figures_of_speech(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    spans = [(m.start(), m.end()) for m in FIGURES.finditer(low)
             if not (VEHICLE_FIRST.match(low, m.start())
                     and PLACE_BEFORE.search(low, max(0, m.start() - 30), m.start()))]
    if not spans:
        return mentions
    out = []
    for m in mentions:
        inside = in_spans(m, spans)
        if inside and m.kind in SIGN_KINDS and m.asserted:
            m = replace(m, hypothetical=True)
        elif inside and m.kind == "body_part" and m.asserted:
            m = replace(m, negated=True)
        out.append(m)
    return out
