"""Records: frozen, slotted classes declared by their annotations, and cheap to define.

`@record` makes of a class what `@dataclass(frozen=True, slots=True)` would: an `__init__` that
takes the annotated fields in order (defaults last), a `__post_init__` called if the class has
one, equality and a hash by value, a readable repr, and no assignment after `__init__`. Type
checkers read it as that dataclass (`dataclass_transform`). A class that declares
`__slots__ = ("__dict__",)` keeps a `__dict__` beside its fields, for its `cached_property`s.

Why not the dataclass itself: on Python 3.11 a frozen, slotted dataclass compiles five or six
functions from source each time its module is imported (its `__init__`, `__repr__`, `__eq__`,
`__hash__`, `__setattr__`, `__delattr__`), about half a millisecond a class, and `chair check`
imports some thirty of them: a tenth of a check spent defining classes. A record compiles one
function, its `__init__`; the rest is shared by every record and was compiled once, into the
bytecode cache, with this module. What a record does not do, it refuses to be asked for: no
`field()` specifiers, no inheritance between records, no fields without annotations.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


class FrozenError(AttributeError):
    """An assignment to a record's field after it was made (records never change)."""


@dataclass_transform(frozen_default=True)
def record(cls: type[T]) -> type[T]:
    """The class as a record: its annotated fields in `__slots__`, set once by `__init__`."""
    names = tuple(cls.__annotations__)  # the class's own (since 3.10, never a base's)
    defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    _check_order(cls, names, defaults)
    namespace = {
        key: value
        for key, value in cls.__dict__.items()
        if key not in defaults and key not in ("__dict__", "__weakref__", "__slots__")
    }
    namespace.update(
        __slots__=names + tuple(cls.__dict__.get("__slots__", ())),
        __record_fields__=names,
        __eq__=_eq,
        __hash__=_hash,
        __repr__=namespace.get("__repr__", _repr),
        __setattr__=_refuse,
        __delattr__=_refuse,
        __reduce__=_reduce,
        _values=staticmethod(attrgetter(*names) if len(names) > 1 else _one_value(names)),
    )
    metaclass: Any = type(cls)
    made: Any = metaclass(cls.__name__, cls.__bases__, namespace)
    made.__init__ = _init(made, names, defaults)
    return made


def fields(cls: type | object) -> tuple[str, ...]:
    """The names of a record's fields, in order (of the class, or of one of its records)."""
    return cls.__record_fields__  # type: ignore[union-attr]


def is_record(value: object) -> bool:
    """Whether `value` is a record or a record's class."""
    return hasattr(value, "__record_fields__")


def replace(value: T, /, **changes: Any) -> T:
    """A copy of the record `value` with some fields changed (`dataclasses.replace`)."""
    cls: Any = type(value)
    unknown = changes.keys() - set(cls.__record_fields__)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    return cls(*(changes.get(name, getattr(value, name)) for name in cls.__record_fields__))


# --------------------------------------------------------------------------- what records share


def _check_order(cls: type, names: tuple[str, ...], defaults: dict[str, object]) -> None:
    """As a dataclass refuses: a field without a default after one with a default."""
    if any(issubclass(base, tuple) or is_record(base) for base in cls.__mro__[1:]):
        raise TypeError(f"{cls.__name__}: a record does not inherit from a record or a tuple")
    seen_default = False
    for name in names:
        if name in defaults:
            seen_default = True
        elif seen_default:
            raise TypeError(f"{cls.__name__}: field {name!r} without a default follows one with")


def _init(cls: type, names: tuple[str, ...], defaults: dict[str, object]) -> Any:
    """The record's `__init__`, compiled from source: each field set through its slot's own
    descriptor (which `_refuse` does not guard), then `__post_init__` if the class has one.
    The source holds only the field names (identifiers of our own classes, checked here) and
    names of our making; default values are bound in its scope, never written into it."""
    if not all(name.isidentifier() and name != "self" for name in names):
        raise TypeError(f"{cls.__name__}: a record's fields must be plain names")
    scope: dict[str, object] = {}
    parameters, body = [], []
    for index, name in enumerate(names):
        if name in defaults:
            scope[f"_default_{index}"] = defaults[name]
            parameters.append(f"{name}=_default_{index}")
        else:
            parameters.append(name)
        scope[f"_set_{index}"] = cls.__dict__[name].__set__
        body.append(f"    _set_{index}(self, {name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(parameters)}):\n" + "\n".join(body or ["    pass"])
    exec(compile(source, f"<record {cls.__qualname__}>", "exec"), scope)
    function: Any = scope["__init__"]
    function.__qualname__ = f"{cls.__qualname__}.__init__"
    return function


def _one_value(names: tuple[str, ...]) -> Any:
    """`_values` of a record of one field (or none): a tuple, as `attrgetter` of several gives."""
    if not names:
        return lambda record: ()
    getter = attrgetter(names[0])
    return lambda record: (getter(record),)


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return bool(self._values(self) == other._values(other))  # type: ignore[attr-defined]


def _hash(self: Any) -> int:
    """For dicts and sets, as a frozen dataclass's: it varies between processes with its
    strings' hashes, so nothing that decides a game's course may iterate a set of records."""
    return hash(self._values(self))


def _repr(self: Any) -> str:
    shown = ", ".join(
        f"{name}={value!r}"
        for name, value in zip(self.__record_fields__, self._values(self), strict=True)
    )
    return f"{type(self).__qualname__}({shown})"


def _refuse(self: Any, name: str, value: object = None) -> None:
    raise FrozenError(f"cannot change {name!r} of a {type(self).__name__}: records never change")


def _reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
    """Copying and pickling make the record again from its values (a slot cannot be assigned)."""
    return type(self), self._values(self)
