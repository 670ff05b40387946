"""The checked form to and from plain data (what `json` reads and writes).

One reader builds the form both from a validated scenario's JSON dump (pydantic's
`model_dump(mode="json")`, whose extra fields the engine does not read are passed over) and from
the cache (`exact`: every field present, none unknown). Each value is checked against the type
the form declares, so data of the wrong shape is a `FormError` at once, never a wrong value that
fails later in the middle of a game. The readers are made once per class from the types its
fields declare (`checked`): no field is copied by hand.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar, Union

from ..format.value_checks import REFUSED
from ..records import fields, is_record
from . import checked
from .checked import FormError

T = TypeVar("T")
Reader = Callable[[Any], Any]


def read(cls: type[T], data: Any, *, exact: bool) -> T:
    """`data` as an instance of the dataclass `cls`; `FormError` if it is not of its shape."""
    result: T = _reader(cls, exact)(data)
    return result


def scenario(data: Any, *, exact: bool) -> checked.Scenario:
    """The checked form of a whole scenario from plain data."""
    return read(checked.Scenario, data, exact=exact)


def plain(value: Any) -> Any:
    """A value of the checked form as plain data, as `read` takes it back."""
    kind = type(value)  # the common kinds first, by exact type: a check writes thousands
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is tuple:
        return [plain(item) for item in value]
    if kind is dict:
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, checked.Range):
        return [value.low, value.high]
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a record (a named tuple)
        return {name: plain(item) for name, item in zip(value._fields, value, strict=True)}
    if is_record(value):
        return {name: plain(getattr(value, name)) for name in fields(value)}
    if isinstance(value, tuple):
        return [plain(item) for item in value]
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    return value


# --------------------------------------------------------------------------- readers by type


_READERS: dict[tuple[object, bool], Reader] = {}


def _reader(tp: object, exact: bool) -> Reader:
    """The reader of values of the type `tp` (made once)."""
    made = _READERS.get((tp, exact))
    if made is None:
        made = _READERS[(tp, exact)] = _make_reader(tp, exact)
    return made


def _make_reader(tp: Any, exact: bool) -> Reader:
    if tp is checked.Range:
        return _range
    if isinstance(tp, type) and issubclass(tp, tuple) and hasattr(tp, "_fields"):
        return _record(tp, tuple(tp.__annotations__.items()), exact)
    if isinstance(tp, type) and is_record(tp):
        return _record(tp, tuple((name, tp.__annotations__[name]) for name in fields(tp)), exact)
    if tp is str:
        return _text if exact else _exactly(str)
    if tp is bool:
        return _exactly(bool)
    if tp is int:
        return _integer
    if tp is float:
        return _number
    if tp is type(None):
        return _none
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Literal:
        return _one_of(args)
    if origin in (Union, types.UnionType):
        return _union(tuple(_reader(arg, exact) for arg in args))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _tuple(_reader(args[0], exact))
    if origin in (dict, Mapping) and args[0] is str:
        return _mapping(_reader(args[1], exact), _text if exact else _exactly(str))
    raise TypeError(f"the checked form has a type the reader does not know: {tp!r}")


def _record(cls: type, declared: tuple[tuple[str, Any], ...], exact: bool) -> Reader:
    """The reader of a class of the form (a named tuple or a dataclass), by its fields' types."""
    fields = tuple((name, _reader(tp, exact)) for name, tp in declared)
    names = frozenset(name for name, _ in fields)

    def read(value: Any) -> Any:
        if type(value) is not dict:
            raise FormError(f"expected a mapping for {cls.__name__}, got {type(value).__name__}")
        if exact and value.keys() != names:
            raise FormError(f"the fields of {cls.__name__} differ: {sorted(value.keys() ^ names)}")
        try:
            return cls(*[field(value[name]) for name, field in fields])
        except KeyError as missing:
            raise FormError(f"{cls.__name__} lacks {missing}") from None

    return read


def _exactly(tp: type) -> Reader:
    def read(value: Any) -> Any:
        if type(value) is not tp:
            raise FormError(f"expected {tp.__name__}, got {type(value).__name__}")
        return value

    return read


_REFUSED = REFUSED
"""The characters the format refuses in text (`value_checks.REFUSED`): control characters but
newline and tab, and the bidirectional controls. Text read back from the cache is held to the
same rule, so a changed cache file cannot send escape sequences to the terminal."""


def _text(value: Any) -> str:
    if type(value) is not str:
        raise FormError(f"expected text, got {type(value).__name__}")
    if _REFUSED.search(value) is not None:
        raise FormError("text with a control character")
    return value


def _integer(value: Any) -> int:
    if type(value) is not int:
        raise FormError(f"expected a whole number, got {type(value).__name__}")
    return value


def _number(value: Any) -> float:
    """A number as written: a whole number stays whole (it prints as the author wrote it)."""
    if type(value) is not int and type(value) is not float:
        raise FormError(f"expected a number, got {type(value).__name__}")
    return typing.cast(float, value)


def _none(value: Any) -> None:
    if value is not None:
        raise FormError(f"expected nothing, got {type(value).__name__}")


def _range(value: Any) -> checked.Range:
    if type(value) is not list or len(value) != 2:
        raise FormError("expected a range, [lowest, highest]")
    return checked.Range(_number(value[0]), _number(value[1]))


def _one_of(options: tuple[Any, ...]) -> Reader:
    def read(value: Any) -> Any:
        if not any(value == option and type(value) is type(option) for option in options):
            raise FormError(f"expected one of {options}, got {value!r}")
        return value

    return read


def _union(readers: tuple[Reader, ...]) -> Reader:
    def read(value: Any) -> Any:
        for reader in readers:
            try:
                return reader(value)
            except FormError:
                continue
        raise FormError(f"unexpected value {value!r}")

    return read


def _tuple(item: Reader) -> Reader:
    def read(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise FormError(f"expected a list, got {type(value).__name__}")
        return tuple(item(x) for x in value)

    return read


def _mapping(item: Reader, key: Reader) -> Reader:
    def read(value: Any) -> dict[str, Any]:
        if type(value) is not dict:
            raise FormError(f"expected a mapping, got {type(value).__name__}")
        return {key(name): item(x) for name, x in value.items()}

    return read
