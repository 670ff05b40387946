"""Loading whole scenario folders: merging files, and arbitrary input never crashing the loader."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scenario.engine.compiler import check_scenario
from tests.conftest import edit


def test_delegations_come_from_their_own_files(scenario_copy):
    folder = scenario_copy()
    report = check_scenario(folder)
    assert report.errors == []
    assert [d.id for d in report.content.delegations] == ["russia", "ukraine", "usa"]


def test_a_delegation_defined_twice_is_an_error(scenario_copy):
    folder = scenario_copy()
    text = (folder / "delegations" / "usa.yaml").read_text(encoding="utf-8")
    body = "\n".join("    " + line for line in text.splitlines()[1:])
    edit(folder / "scenario.yaml", "voices:\n", f"delegations:\n  usa:\n{body}\n\nvoices:\n")
    messages = [str(d) for d in check_scenario(folder).errors]
    text = (folder / "scenario.yaml").read_text(encoding="utf-8")
    line = text[: text.index("  usa:\n")].count("\n") + 1
    assert messages == [
        f"content/tutorial/delegations/usa.yaml:1:1: error: delegation 'usa' is also defined at content/tutorial/scenario.yaml:{line}:3"
    ]


def test_a_bad_file_name_for_a_delegation(scenario_copy):
    folder = scenario_copy()
    (folder / "delegations" / "usa.yaml").rename(folder / "delegations" / "USA.yaml")
    messages = [str(d) for d in check_scenario(folder).errors]
    assert (
        messages[0]
        == "content/tutorial/delegations/USA.yaml: error: the file name 'USA' is the delegation's id: use lower-case letters, digits and '_'"
    )


def test_an_unreadable_delegation_file_does_not_cascade(scenario_copy):
    folder = scenario_copy()
    (folder / "delegations" / "russia.yaml").write_text("name: [\n", encoding="utf-8")
    messages = [str(d) for d in check_scenario(folder).errors]
    assert len(messages) == 1 and "YAML syntax" in messages[0]


@given(st.binary(max_size=200))
def test_arbitrary_bytes_as_scenario_give_our_own_error(tmp_path_factory, data: bytes):
    folder = tmp_path_factory.mktemp("s")
    (folder / "scenario.yaml").write_bytes(data)
    report = check_scenario(folder)  # must not raise
    assert report.content is None and report.errors


_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 200)
    | st.sampled_from(["x", "09:30", "tension > 1", "russia", "", "[/]"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["title", "start", "end", "x", "when", "on"]), inner, max_size=3
        )
    ),
    max_leaves=12,
)


@given(
    st.dictionaries(
        st.sampled_from(
            [
                "title",
                "chair",
                "clock",
                "meters",
                "issues",
                "measures",
                "endings",
                "score",
                "briefing",
                "reactions",
                "events",
                "model",
                "seeds",
                "x",
            ]
        ),
        _values,
        max_size=8,
    )
)
def test_arbitrary_documents_give_our_own_error(tmp_path_factory, document):
    import json

    folder = tmp_path_factory.mktemp("s")
    (folder / "scenario.yaml").write_text(json.dumps(document), encoding="utf-8")
    report = check_scenario(folder)
    assert report.content is None
    assert all(str(d).count(":") >= 2 for d in report.errors)
