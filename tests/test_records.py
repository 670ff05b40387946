"""Records behave as the frozen, slotted dataclasses they replace, at a fraction of the cost to
define: the same constructor, equality, hash, repr and refusal to change."""

from __future__ import annotations

import copy
import pickle
from dataclasses import dataclass
from functools import cached_property

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario.records import FrozenError, fields, is_record, record, replace


@record
class Point:
    """A point, with a default and a derived check."""

    x: int
    y: int
    label: str | None = None

    def __post_init__(self) -> None:
        if self.x < 0:
            raise ValueError("x must not be negative")

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


@dataclass(frozen=True, slots=True)
class DataPoint:
    x: int
    y: int
    label: str | None = None


@record
class Derived:
    """A record that keeps a `__dict__` for what it derives on first use."""

    __slots__ = ("__dict__",)

    values: tuple[int, ...]

    @cached_property
    def total(self) -> int:
        return sum(self.values)


@record
class Single:
    only: int


def test_made_like_a_dataclass_positionally_by_name_and_with_defaults():
    assert Point(1, 2) == Point(x=1, y=2) == Point(1, y=2, label=None)
    assert Point(1, 2).label is None
    assert Point(1, 2, "a").label == "a"
    assert fields(Point) == ("x", "y", "label") == fields(Point(1, 2))
    assert Point(3, -4).norm() == 7
    with pytest.raises(TypeError):
        Point(1)
    with pytest.raises(TypeError):
        Point(1, 2, z=3)


def test_post_init_runs_after_the_fields_are_set():
    with pytest.raises(ValueError, match="negative"):
        Point(-1, 0)


def test_no_field_changes_and_no_new_attribute_appears():
    point = Point(1, 2)
    with pytest.raises(FrozenError):
        point.x = 5
    with pytest.raises(FrozenError):
        del point.x
    with pytest.raises(AttributeError):  # FrozenError is one, as FrozenInstanceError is
        point.other = 1
    assert point.x == 1
    assert not hasattr(point, "__dict__")


@given(st.integers(0, 10**6), st.integers(), st.none() | st.text(max_size=5))
def test_equality_hash_and_repr_are_those_of_the_dataclass(x, y, label):
    ours, theirs = Point(x, y, label), DataPoint(x, y, label)
    assert repr(ours) == repr(theirs).replace("DataPoint", "Point")
    assert hash(ours) == hash(theirs)
    assert ours == Point(x, y, label)
    assert ours != Point(x, y + 1, label)
    assert ours != theirs  # another class: never equal, as between two dataclasses
    assert {ours, Point(x, y, label)} == {ours}


def test_replace_copies_with_changes_and_refuses_unknown_fields():
    point = Point(1, 2, "a")
    assert replace(point, y=5) == Point(1, 5, "a")
    assert replace(point) == point
    with pytest.raises(TypeError, match="'z'"):
        replace(point, z=1)
    with pytest.raises(ValueError):  # the copy is made by __init__: its checks run
        replace(point, x=-1)


def test_copies_and_pickles_are_equal_records():
    point = Point(1, 2, "a")
    assert copy.copy(point) == point == copy.deepcopy(point)
    assert pickle.loads(pickle.dumps(point)) == point
    assert copy.copy(Single(3)) == Single(3)


def test_a_record_may_keep_a_dict_for_cached_properties():
    derived = Derived((1, 2, 3))
    assert derived.total == 6
    assert derived.__dict__ == {"total": 6}
    with pytest.raises(FrozenError):
        derived.values = ()
    assert replace(derived, values=(4,)).total == 4


def test_what_a_record_cannot_be_is_refused_when_it_is_defined():
    with pytest.raises(TypeError, match="without a default"):

        @record
        class Backwards:
            a: int = 0
            b: int

    with pytest.raises(TypeError, match="inherit"):

        @record
        class Child(Point):
            z: int = 0


def test_is_record():
    assert is_record(Point) and is_record(Point(1, 2))
    assert not is_record(DataPoint) and not is_record(DataPoint(1, 2))
