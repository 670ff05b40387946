"""Every term the screens use, explained once: the help screen shows these and
docs/playing.md repeats them (a test keeps the two in step).

A term a player meets on the table should never need guessing; the words here say what the
number or the word means in the model, and what moves it.
"""

from __future__ import annotations

GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        "consensus",
        "A measure passes when no delegation at the table blocks it. Each one supports, "
        "acquiesces or blocks; one block and the measure fails.",
    ),
    ("supports", "The delegation wants the measure: it gains from it."),
    (
        "acquiesces",
        "It does not object: it loses a little, no more than its room to move, or trusts you "
        "enough to let it pass. An acquiescence counts as consent.",
    ),
    (
        "blocks",
        "It objects, and the measure fails. Blocking costs the delegation patience and face.",
    ),
    (
        "trust",
        "0–100: how far a delegation trusts you. Consultations build it; crossing its red "
        "line costs it. With trust a delegation gives more than its interests alone would.",
    ),
    (
        "patience",
        "0–100: how long it will stay. It runs down with the clock and falls when its red "
        "line is crossed or it has to block; the floor, a consultation or a recess restore "
        "some. At 0 the delegation walks out.",
    ),
    (
        "walks out",
        "A delegation out of patience leaves the table: it no longer answers, and the score "
        "counts who is still there. Consulting it (going after it) brings it back if its trust "
        "is high enough. Some walk-outs end the day (in Vienna, Russia's or Ukraine's): the "
        "warnings say so beforehand.",
    ),
    (
        "at risk",
        "A card marked ⚠: patience low enough that a block or a crossed red line would end "
        "it, or a red line you have learnt is on the table. Its dossier says why.",
    ),
    (
        "engagement",
        "How involved a delegation is in the talks (hidden). Giving it the floor, consulting "
        "it and adopting measures raise it; an engaged delegation gives more.",
    ),
    (
        "face",
        "A delegation's standing in the room (hidden). Being heard and seeing agreements "
        "raise it; blocking or being pushed over its red line loses it.",
    ),
    (
        "red line",
        "A point on an issue a delegation will not let a measure reach: 'it blocks anything "
        "that moves NATO's open door to 10 or below'. A measure that crosses one is protested "
        "when tabled and always blocked. You learn red lines by consulting.",
    ),
    (
        "room to move",
        "How many points on an issue a delegation can give up before it objects (the distance "
        "from its position to its reservation point). Learnt by consulting.",
    ),
    (
        "reservation point",
        "The worst outcome on an issue a delegation will still accept without special reason; "
        "its room to move is measured to it.",
    ),
    (
        "position",
        "Where a delegation stands in public on an issue, 0 to 100 on the issue's scale.",
    ),
    (
        "status quo",
        "Where an issue stands now, 0 to 100. A delegation compares every measure with it: "
        "blocking keeps it. Adopted measures move it.",
    ),
    (
        "cares most about",
        "Salience: the issues that weigh most for a delegation. The framing of the talks "
        "changes what weighs.",
    ),
    (
        "sounded out",
        "How a consulted delegation would answer each measure if you called for consensus now; "
        "it changes as the day goes on.",
    ),
    (
        "framing",
        "How the talks are framed and sequenced; it changes what weighs most for whom.",
    ),
    (
        "tension",
        "0–100, the temperature in the room and along the contact line. Lower is better; it "
        "weighs most in the score.",
    ),
    (
        "standing",
        "The chair's standing: your credibility in the chair (as a neutral chair in Vienna, as "
        "the Alliance's Secretary General in Brussels). Adoptions raise it, failed calls and "
        "partial statements lower it; delegations follow a chair with standing.",
    ),
    (
        "momentum",
        "In Vienna: whether the day feels like it is going somewhere. Adoptions and hearing "
        "the delegations raise it; idle recesses and failed votes lower it.",
    ),
    (
        "score",
        "0–100 with a grade, as it would stand if the session closed now, with ▲/▼ for the "
        "last action's change; the debrief shows its parts.",
    ),
    ("▲ ▼", "How much the last action moved a number, on cards, meters and the score."),
)
"""(term, what it means), in the order a newcomer meets them."""
