"""Reading one YAML file: locations, guards, and YAML 1.2 scalars."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario.format.diagnostics import ScenarioError
from scenario.format.yamlfile import MAX_BYTES, MAX_DEPTH, parse_yaml


def errors(text: str | bytes, root: str = "mapping") -> list[str]:
    raw = text.encode() if isinstance(text, str) else text
    with pytest.raises(ScenarioError) as caught:
        result = parse_yaml(raw, "f.yaml", root=root)
        if result.problems:  # non-fatal problems are reported the same way by callers
            raise ScenarioError(result.problems)
    return [str(d) for d in caught.value.diagnostics]


def test_syntax_error_is_located():
    assert errors("a: 1\nb: [1, 2\nc: 3\n") == [
        "f.yaml:3:2: error: YAML syntax: did not find expected ',' or ']'"
    ]


def test_duplicate_key_names_both_lines():
    assert errors("a: 1\nb: 2\na: 3\n") == [
        "f.yaml:3:1: error: duplicate key 'a' (first given on line 1)"
    ]


def test_duplicate_keys_do_not_stop_reading_the_rest():
    result = parse_yaml(b"a: 1\na: 2\nb: {c: 1, c: 2}\n", "f.yaml")
    assert [str(d) for d in result.problems] == [
        "f.yaml:2:1: error: duplicate key 'a' (first given on line 1)",
        "f.yaml:3:11: error: duplicate key 'c' (first given on line 3)",
    ]
    assert result.data == {"a": 1, "b": {"c": 1}}


def test_a_list_item_folded_into_text_is_a_located_warning():
    """A forgotten `variants:` folds the item into the text the player reads."""
    text = (
        "say:\n"
        "  - text: >-\n"
        "      Delegates recall 2008 -\n"
        "      then Crimea.\n"
        "      - 'The room remembers 2008.'\n"
        "    source: x\n"
    )
    result = parse_yaml(text.encode(), "f.yaml")
    assert [str(d) for d in result.problems] == [
        'f.yaml:5:7: warning: this line starts with "- " but is folded into the text above it; '
        "if it is a list item, it needs a key of its own (variants:?)"
    ]
    assert result.data["say"][0]["text"].endswith("Crimea. - 'The room remembers 2008.'")


@pytest.mark.parametrize(
    "text",
    [
        "t: >-\n  Text with a dash - inside a line.\n",
        "t: >-\n  A list, kept as lines:\n    - more indented\n    - stays a line\n",
        "t: |-\n  Literal text keeps its lines:\n  - one\n  - two\n",
        "t: >-\n  Plain folded text\n  on two lines.\n",
        "t:\n  - >-\n    an item's own text\n  - the next item\n",
    ],
)
def test_dashes_that_are_not_folded_list_items_pass(text):
    assert parse_yaml(text.encode(), "f.yaml").problems == []


def test_alias_bomb_is_refused_quickly():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    text = "\n".join(lines) + "\n"
    assert len(text) < 600
    started = time.perf_counter()
    found = errors(text)
    elapsed = time.perf_counter() - started
    assert len(found) == 1 and "alias bomb" in found[0]
    assert elapsed < 2.0  # a generous bound: expanding it would take minutes and gigabytes


def test_shared_aliases_within_the_limit_are_fine():
    result = parse_yaml(b"base: &b {x: 1}\none: *b\ntwo: *b\n", "f.yaml")
    assert result.data == {"base": {"x": 1}, "one": {"x": 1}, "two": {"x": 1}}


def test_recursive_alias_is_refused():
    assert "cycle" in errors("a: &a [1, *a]\n")[0]


def test_deep_nesting_is_refused():
    text = (
        "a:\n"
        + "".join("  " * depth + "b:\n" for depth in range(1, MAX_DEPTH + 5))
        + "  " * (MAX_DEPTH + 5)
        + "c: 1\n"
    )
    assert f"nested more than {MAX_DEPTH} levels deep" in errors(text)[0]


def test_too_large_file_is_refused_before_parsing():
    assert "too large" in errors(b"a: " + b"x" * (MAX_BYTES + 1))[0]


def test_non_utf8_byte_is_located():
    assert errors(b"a: 1\nb: caf\xe9\n") == [
        "f.yaml:2:7: error: not UTF-8: byte 0xe9 cannot be decoded (save the file as UTF-8)"
    ]


def test_byte_order_mark_is_accepted():
    assert parse_yaml("\ufeffa: 1\n".encode(), "f.yaml").data == {"a": 1}


def test_empty_file_and_wrong_root():
    assert errors("") == ["f.yaml:1:1: error: the file is empty"]
    assert errors("# only a comment\n") == ["f.yaml:1:1: error: the file is empty"]
    assert errors("- a\n- b\n") == ["f.yaml:1:1: error: the file must hold a mapping (key: value)"]
    assert errors("a: 1\n", root="sequence") == [
        "f.yaml:1:1: error: the file must hold a list (- item)"
    ]


def test_tags_that_would_build_objects_are_refused():
    found = errors("a: !!python/object/apply:os.system ['echo hi']\nb: !custom 1\n")
    assert found == [
        "f.yaml:1:4: error: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed (only plain data: text, numbers, lists, mappings)",
        "f.yaml:2:4: error: YAML tag '!custom' is not allowed (only plain data: text, numbers, lists, mappings)",
    ]


def test_tabs_for_indentation_are_a_located_syntax_error():
    found = errors("a:\n\tb: 1\n")
    assert found[0].startswith("f.yaml:2:1: error: YAML syntax:")


def test_control_characters_yaml_forbids_are_located():
    assert errors("a: x\x07y\n")[0].startswith("f.yaml:1:5: error: YAML:")


def test_scalars_follow_yaml_1_2():
    data = parse_yaml(
        b"on: yes\nno: NO\nt: 14:10\ni: 42\nf: 0.5\nb: true\nn: null\ns: '12'\ne: 1e3\n", "f.yaml"
    ).data
    assert data == {
        "on": "yes",
        "no": "NO",
        "t": "14:10",
        "i": 42,
        "f": 0.5,
        "b": True,
        "n": None,
        "s": "12",
        "e": 1000.0,
    }


def test_merge_keys_apply_with_own_keys_winning():
    data = parse_yaml(b"base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\n", "f.yaml").data
    assert data["item"] == {"x": 1, "y": 3}


def test_locate_points_at_values_and_keys():
    parsed = parse_yaml(b"a:\n  b:\n    - x\n    - {c: 5}\n", "f.yaml")
    assert str(parsed.locate(("a", "b", 1, "c"))) == "f.yaml:4:11"
    assert str(parsed.locate(("a", "b", 1, "c"), key=True)) == "f.yaml:4:8"
    assert str(parsed.locate(("a", "missing"))) == "f.yaml:2:3"


@given(st.text(max_size=300))
def test_any_text_gives_data_or_our_own_error(text: str):
    try:
        parse_yaml(text.encode("utf-8", "surrogatepass"), "f.yaml")
    except ScenarioError as exc:
        assert exc.diagnostics and all(str(d).startswith("f.yaml") for d in exc.diagnostics)


_yamlish = st.lists(
    st.sampled_from(
        [
            "a",
            "b",
            ":",
            " ",
            "\n",
            "-",
            "[",
            "]",
            "{",
            "}",
            ",",
            "&x",
            "*x",
            "!",
            "'",
            '"',
            "#",
            "|",
            ">",
            "<<",
            "1",
            "\t",
            "?",
            "%",
        ]
    ),
    max_size=60,
).map("".join)


@given(_yamlish)
def test_yamlish_text_gives_data_or_our_own_error(text: str):
    try:
        parse_yaml(text.encode(), "f.yaml")
    except ScenarioError as exc:
        assert exc.diagnostics


def test_the_loader_resolves_tags_as_the_safe_loader_does():
    """`_Loader.resolve` answers without the resolver's path lookups, as a safe loader has none;
    only an untagged plain scalar gets our own tag (resolved later, YAML 1.2)."""
    from yaml.nodes import ScalarNode

    from scenario.format import yamlfile

    assert not yamlfile._Base.yaml_path_resolvers
    text = "a: \"quoted\"\nb: [1, plain, 'x']\nc: {d: !!str 5, e: [[]]}\n"

    def nodes(node):
        yield node
        for item in node.value if isinstance(node.value, list) else ():
            for child in item if isinstance(item, tuple) else (item,):
                yield from nodes(child)

    ours = list(nodes(yamlfile._Loader(text).get_single_node()))
    theirs = list(nodes(yamlfile._Base(text).get_single_node()))
    assert len(ours) == len(theirs) == 15
    for mine, safe in zip(ours, theirs, strict=True):
        if mine.tag == yamlfile._PLAIN:  # an untagged plain scalar: resolved later, by `_scalar`
            assert isinstance(mine, ScalarNode) and mine.style in (None, "")
        else:
            assert mine.tag == safe.tag
