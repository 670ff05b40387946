"""The game as sentences: the briefing, the minutes, the status, the choices and the debrief.

Plain mode is read aloud by screen readers as often as it is read, so everything here is words
and numbers: no symbol that carries meaning (no arrows, ticks or bars), changes said as "up 5" or
"down 5", lists numbered with the number first. What the text says comes from the engine, the
view models (`tui.views`, `tui.choosing`, `tui.reports`) and the shared words (`tui.wording`);
this module only arranges it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from scenario import Game
from scenario.engine.content import Content as Scenario
from scenario.engine.phrasing import answered, count
from scenario.engine.transcript import Entry, hhmm
from scenario.engine.verbs import NAMES, REGISTRY

from .. import choosing, reports, views, wording
from ..keys import key_of

if TYPE_CHECKING:
    from scenario.engine.campaign import CampaignGame

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Text safe to print: control characters (escape sequences among them) become '?'.

    Scenario text is refused at load if it has any; this also covers what comes from a save.
    """
    return _CONTROL.sub("?", text)


def number(n: int) -> str:
    """A whole number with thousands separated (100,000), as the app shows it."""
    return f"{n:,}"


def clock(time: int | str) -> str:
    """A time of day as it reads aloud: '09:30', but "10 o'clock" for a full hour.

    Screen readers (espeak-ng, tried) say "09:30" as "nine thirty", and "10:00" as "ten zero
    zero"; "10 o'clock" is heard as it is meant.
    """
    text = hhmm(time) if isinstance(time, int) else time
    hours, _, minutes = text.partition(":")
    return f"{int(hours)} o'clock" if minutes == "00" and hours.isdigit() else text


def change(delta: int) -> str:
    """A change in words: 'up 5', 'down 3', 'unchanged'."""
    if delta > 0:
        return f"up {number(delta)}"
    if delta < 0:
        return f"down {number(-delta)}"
    return "unchanged"


# --------------------------------------------------------------------------- the briefing


def briefing(scenario: Scenario) -> list[str]:
    """The briefing as paragraphs: the situation, who sits at the table, what is in dispute."""
    s = scenario
    out = [s.title + "."]
    if s.subtitle:
        out.append(s.subtitle + ".")
    out.append(
        f"{s.date}. The session runs from {clock(s.start)} to {clock(s.end)}. "
        f"You chair: {s.chair.name}, {s.chair.role or 'the chair'}."
    )
    out.append("The situation.")
    for paragraph in s.briefing:
        out.append(f"{paragraph.title}. {paragraph.text}" if paragraph.title else paragraph.text)
    out.append("Around the table.")
    for d in s.delegations:
        who = ", ".join(x for x in (d.head, d.role) if x)
        out.append(f"{d.name}{', ' + who if who else ''}. {d.summary}")
    out.append("The issues, each on a scale of 0 to 100.")
    for issue in s.issues.values():
        out.append(
            f"{capital(issue.title)}: today at {issue.status_quo}. "
            f"0 means: {issue.low}. 100 means: {issue.high}."
        )
    return [sentence(p) for p in out]


def capital(text: str) -> str:
    """The first letter in upper case: issue titles are written to sit inside a sentence."""
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    """A paragraph that ends as a sentence does (a title given without a full stop gets one)."""
    text = text.strip()
    return text if not text or text[-1] in ".!?:”\"')" else text + "."


# --------------------------------------------------------------------------- the minutes


def entry(scenario: Scenario, e: Entry) -> str:
    """One line of the minutes as a sentence."""
    kind = e.kind
    who = wording.speaker_name(scenario, e.speaker)
    says = "say" if wording.plural(scenario, e.speaker) else "says"
    if kind == "speech" and e.speaker:
        return f"{who} {says}: {wording.quoted(e.text)}"
    if kind == "private":
        return f"{who} {says} in private: {wording.quoted(e.text)}"
    if kind == "answer":
        return f"{answered(scenario, e.speaker, e.answer)}: {sentence(e.text)}"
    if kind == "event":
        return f"Event: {sentence(e.text)}"
    if kind == "ending":
        return f"The session has ended: {sentence(e.text)}"
    return sentence(e.text)


def minutes(
    scenario: Scenario, entries: Iterable[Entry], last_time: int | None = None
) -> list[str]:
    """Lines of the minutes; the time opens each act of the chair's, and any line after the clock
    has moved on since `last_time`."""
    out = []
    for e in entries:
        text = entry(scenario, e)
        if e.time != last_time or e.kind == "action":
            text = f"{clock(e.time)}. {text}"
            last_time = e.time
        out.append(text)
    return out


def german(scenario: Scenario, e: Entry) -> list[str]:
    """The German passage a line renders, and whose words they are."""
    who = wording.speaker_name(scenario, e.speaker) or "The article"
    return [
        f"The original of this line, at {clock(e.time)}, by {who}: {entry(scenario, e)}",
        f"German original: {e.source}",
    ]


# --------------------------------------------------------------------------- choosing


def verb_number(verb: str) -> int:
    """Each verb keeps its number from turn to turn, listed or not (1 floor ... 8 adjourn)."""
    return NAMES.index(verb) + 1


def verb_menu(game: Game, *, full: bool = True) -> list[str]:
    """What the chair can do now, as numbered verbs: the word to type, then what it does.

    The word comes first and once ("3. propose: table a measure"): read aloud, "Table a measure
    (propose)" was heard as the same thing twice. After an action the list is one line (`full`
    False): heard after every turn, eight lines took fifteen seconds to listen to.
    """
    possible = {a.verb for a in game.legal_actions()}
    legal = [v for v in REGISTRY if v.name in possible]
    lead = guide(game)
    if not full:
        verbs = ", ".join(f"{verb_number(v.name)} {v.name}" for v in legal)
        return [*lead, f"It is {clock(game.clock)}. {verbs}; or status, source, help, save, quit."]
    out = [*lead, f"It is {clock(game.clock)}. What will you do? Type a number or a word."]
    out += [f"{verb_number(v.name)}. {v.name}: {v.help}." for v in legal]
    out.append("Or: status, source, help, save, quit.")
    return out


def guide(game: Game) -> list[str]:
    """The guided game's current step, with the words that take its action; none without one."""
    step = game.guide()
    if step is None:
        return []
    how = f" Type: {step.action}." if step.action is not None else ""
    return [f"Guide, step {step.number} of {step.total}: {step.text}{how}"]


def target_menu(game: Game, verb: str, choices: Sequence[choosing.Choice]) -> list[str]:
    """The targets a verb may take now, numbered, each with what choosing it does."""
    out = [f"{key_of(verb).title}. {choosing.explanation(game, verb)}"]
    for n, c in enumerate(choices, 1):
        warning = f" {c.warning}" if c.warning else ""
        out.append(f"{n}. {c.title} ({verb} {c.id}). {sentence(c.detail)}{warning}")
    out.append("0. Back to the list of verbs.")
    return out


# --------------------------------------------------------------------------- status


def status(game: Game) -> list[str]:
    """Where the game stands: clock, score, meters, delegations, agenda, issues."""
    h = views.header(game)
    sc = views.score(game)
    out = [
        f"It is {clock(h.clock)}, round {h.round}; the session closes at {clock(h.closes)}.",
        f"Score if the session closed now: {sc.total} of 100, grade {sc.grade}, {sc.label}.",
    ]
    for m in views.meters(game):
        out.append(meter(m))
    out.append("Delegations:")
    for d in views.delegations(game):
        out.append(delegation(d))
    agenda = views.agenda(game)
    out.append(f"Framing: {agenda.framing}." if agenda.framing else "The talks are not framed.")
    out.append(_listed("On the table", [m.title for m in agenda.tabled]))
    out.append(_listed("Adopted", [m.title for m in agenda.adopted]))
    for issue in agenda.issues:
        out.append(
            f"{capital(issue.title)}: at {issue.status}, where 0 means {issue.low} "
            f"and 100 means {issue.high}."
        )
    return out


def meter(m: views.MeterView) -> str:
    """'Tension: 68 of 100, down 5 (better). Lower is better.'"""
    unit = f" {m.unit}" if m.unit else ""
    moved = ""
    if m.change:
        moved = f", {change(m.change)} ({'better' if m.improved else 'worse'})"
    good = "Lower" if m.good == "low" else "Higher"
    return f"{m.label}: {number(m.value)}{unit}{moved}. {good} is better."


def delegation(d: views.DelegationView) -> str:
    head = f" ({d.head})" if d.head else ""
    where = "at the table" if d.present else "walked out"
    consulted = ", consulted" if d.consulted else ", not yet consulted"
    spoken = "has not spoken" if not d.heard else f"has spoken {_times(d.heard)}"
    return f"{d.name}{head}: {where}{consulted}, trust {d.trust}, patience {d.patience}, {spoken}."


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def _listed(what: str, items: Sequence[str]) -> str:
    return f"{what}: {'; '.join(items)}." if items else f"{what}: nothing."


def dossier(view: reports.DossierView) -> list[str]:
    """What the chair knows of a delegation: in public, and what it learnt in private."""
    out = [delegation(view.delegation), view.summary]
    out += [f"In public, on {issue}: {words}." for issue, words in view.positions]
    if view.findings:
        out.append(f"Learnt in private. {sentence(view.findings)}")
        out += sounding(view.delegation.name, view.sounding)
    else:
        out.append(
            "Not yet consulted: a private consultation reveals its room to move and its red lines."
        )
    return out


SOUNDING_STATES = {"tabled": "on the table", "open": "not tabled"}


def sounding(who: str, lines: Sequence[reports.SoundingLine]) -> list[str]:
    """How a consulted delegation would answer each measure if called now (said with its name:
    heard after the minutes, a bare "acquiesces" left the listener asking who)."""
    if not lines:
        return ["Every measure is adopted."]
    out = [f"If you called for consensus now, {who} would answer:"]
    for line in lines:
        state = SOUNDING_STATES.get(line.state, line.state)
        out.append(f"{line.measure}, {state}: {line.answer}. {capital(sentence(line.reason))}")
    return out


# --------------------------------------------------------------------------- the debrief


def debrief(game: Game) -> list[str]:
    """How the day ended, the score and its parts, tension over the day, the turning points."""
    result = game.outcome
    assert result is not None, "the debrief is for a finished game"
    ending, card = result.ending, result.score
    out = [
        f"Debrief. {sentence(ending.title)}",
        f"{game.content.title}: closed at {clock(game.clock)} after {game.round} rounds.",
        sentence(ending.debrief),
        f"Score: {card.total} of 100, grade {card.grade}, {sentence(card.label)}",
    ]
    if card.capped is not None:
        out.append(f"The ending caps the score at {card.capped}.")
    # "19.2 of 40", but "20 of 20": read aloud, "20.0" is "twenty point zero".
    out += [
        f"{line.label}: {round(line.points, 1):g} of {line.weight:g} points."
        for line in card.breakdown
    ]
    tension = views.tension_meter(game.content)
    if tension is not None:
        series = game.meter_series(tension.id)
        out.append(f"{tension.label} over the day: {wording.curve_summary(series)}.")
    turns = reports.turning_points(game)
    out.append("Turning points:" if turns else wording.NO_TURNING_POINTS)
    history = game.content.history
    for turn in turns:
        points = f"{'plus' if turn.delta > 0 else 'minus'} {count(abs(turn.delta), 'point')}"
        why = ", ".join(
            f"{label} {'plus' if moved > 0 else 'minus'} {abs(moved):g}"
            for label, moved in turn.moved
        )
        out.append(
            f"At {clock(turn.clock)}, {points}: you {turn.what}"
            + (f"; {why}." if why else ".")
            + (f" Meanwhile: {turn.meanwhile}." if turn.meanwhile else "")
        )
    if history:
        out.append("What really happened:")
        out += [sentence(f"{p.title}. {p.text}" if p.title else p.text) for p in history]
    return out


# --------------------------------------------------------------------------- help


COMMANDS = (
    ("a number", "choose from the list just shown"),
    ("consult russia", "any action in the words of scripts; ids may use - or _"),
    ("consult", "a verb alone lists what it can be used on"),
    ("status", "the clock, the score, every meter and delegation, the agenda"),
    ("dossier russia", "what you know of a delegation"),
    (
        "undo",
        "take back the last action (not a first consultation, a call for consensus or the close)",
    ),
    ("source", "the German original of the last line that has one"),
    ("minutes", "the minutes so far"),
    ("briefing", "the briefing again"),
    ("save NAME", "save under a name (the game is also saved after every action)"),
    ("next", "in a week of several days, once a day is over: the next day"),
    ("quit", "leave; the game is saved and --load continues it"),
)


def help_text() -> list[str]:
    out = list(wording.HOW_TO_PLAY)
    out.append("The chair's verbs:")
    out += [f"{verb_number(v.name)}, {v.name}: {v.help}." for v in REGISTRY]
    out.append("What you can type:")
    out += [f"{what}: {does}." for what, does in COMMANDS]
    return out


def week(game: CampaignGame) -> list[str]:
    """The week so far, after a day's debrief: each day's ending and score, what carried over,
    and the next day or the week's score (what the app's last debrief shows)."""
    view = reports.week(game)
    out = [f"The week: {view.title}."]
    for day in view.days:
        if day.outcome is None:
            out.append(f"Day {day.number}, {day.title}: in progress.")
        else:
            ending = sentence(day.outcome.ending.title).rstrip(".")
            out.append(
                f"Day {day.number}, {day.title}: {ending}, {day.outcome.score.total} of 100."
            )
        out += [f"Carried over: {sentence(note)}" for note in day.carried]
    if view.following is not None:
        out.append(f"Next: day {view.following[0]}, {view.following[1]}. Type next.")
    score = view.score
    if score is not None:
        out.append(
            f"The week's score: {score.total} of 100, grade {score.grade}, {sentence(score.label)}"
        )
        out += [
            f"{line.label}: {round(line.points, 1):g} of {line.weight:g} points."
            for line in score.breakdown
        ]
    return out
