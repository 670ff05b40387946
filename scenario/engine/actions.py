"""The chair's actions: what they are, how they are written, and why one may be refused.

An action is a verb and, for most verbs, a target: ``consult russia``, ``propose hotline``,
``recess``. Scripts may write ``consult: russia`` or ``consult russia``; ids may be written with
'-' for '_' (``missile-talks``), as people tend to.

Three errors, kept distinct because they mean different things to the person who wrote the
action: it does not parse (`ActionSyntaxError`), it names something the scenario does not have
(`UnknownTarget`), or it is not allowed at this moment (`IllegalAction`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import record
from .verbs import NAMES as VERBS
from .verbs import REGISTRY
from .verbs import verb as verb_of

TARGETS = {v.name: v.target.name for v in REGISTRY if v.target is not None}
"""verb -> the kind of target it takes ("delegation", ...), for the compiler's checks of
scripts and guides; the verbs themselves are `verbs.REGISTRY`."""


@record
class Action:
    verb: str
    target: str | None = None

    def __str__(self) -> str:
        return self.verb if self.target is None else f"{self.verb} {self.target}"

    def to_script(self) -> Any:
        """The action as one item of a YAML script's `actions:` list."""
        return self.verb if self.target is None else {self.verb: self.target}


@dataclass
class ActionError(Exception):
    message: str
    choices: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return self.message


class ActionSyntaxError(ActionError):
    """The action cannot be read at all."""


class UnknownTarget(ActionError):
    """The verb is fine, but the scenario has no such delegation, measure, framing or statement."""


class IllegalAction(ActionError):
    """The action names real things but is not allowed now."""


def parse_action(item: Any) -> Action:
    """An `Action` from script syntax: ``"recess"``, ``"consult russia"`` or ``{"consult": "russia"}``."""
    if isinstance(item, Action):
        return item
    if isinstance(item, dict):
        if len(item) != 1:
            raise ActionSyntaxError("an action is one verb and its target, like 'consult: russia'")
        ((verb, target),) = item.items()
        if not isinstance(target, str):
            raise ActionSyntaxError(f"the target of '{verb}' must be an id, like '{verb}: russia'")
        return _checked(str(verb), target)
    if isinstance(item, str):
        words = item.replace(":", " ").split()
        if not words:
            raise ActionSyntaxError("an empty action")
        if len(words) > 2:
            raise ActionSyntaxError(
                f"{item!r} has too many words: an action is a verb and a target"
            )
        return _checked(words[0], words[1] if len(words) == 2 else None)
    raise ActionSyntaxError("an action is a verb, or a verb and its target, like 'consult: russia'")


def _checked(verb: str, target: str | None) -> Action:
    if verb not in VERBS:
        raise ActionSyntaxError(f"unknown verb {verb!r}", [f"{v.name}: {v.help}" for v in REGISTRY])
    kind = verb_of(verb).target
    if kind is None and target is not None:
        raise ActionSyntaxError(f"'{verb}' takes no target")
    if kind is not None and target is None:
        raise ActionSyntaxError(f"'{verb}' needs a {kind.name}, like '{verb}: <{kind.name} id>'")
    return Action(verb, target.strip().replace("-", "_") if target is not None else None)
