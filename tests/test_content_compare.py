"""A translation may differ from its base only in text: the pure comparison, with hypothesis."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from laser_tui.model.content_compare import differences

TEXT_KEYS = ("label", "text", "reason", "note", "title")
"""Keys whose strings a translation changes (the test's own list, not the module's)."""
NOT_TEXT_KEYS = ("id", "sources", "certainty", "kind", "url", "concern", "version")
NUMBER_KEYS = ("fit", "size", "per_100", "low", "high", "answer", "reviewed")

Location = tuple[int | str, ...]

_not_text_string = st.text(min_size=1, max_size=8)
_plain_leaf = st.one_of(
    st.integers(-5, 500),
    st.floats(0, 1, allow_nan=False),
    st.booleans(),
    st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)),
)


def _table(children: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    entry = st.one_of(
        st.tuples(st.sampled_from(TEXT_KEYS), st.text(min_size=1, max_size=12)),
        st.tuples(st.sampled_from(TEXT_KEYS), st.lists(st.text(max_size=12), max_size=3)),
        st.tuples(st.sampled_from(NOT_TEXT_KEYS), _not_text_string),
        st.tuples(st.sampled_from(NOT_TEXT_KEYS), st.lists(_not_text_string, max_size=3)),
        st.tuples(st.sampled_from(NUMBER_KEYS), _plain_leaf),
        st.tuples(st.sampled_from(("treatments", "facts", "basis", "figures")), children),
    )
    return st.lists(entry, max_size=5).map(dict)


trees = st.recursive(
    _table(st.nothing()),
    lambda inner: st.one_of(_table(inner), st.lists(inner, min_size=1, max_size=3)),
    max_leaves=30,
).filter(lambda tree: isinstance(tree, dict))


def _is_text(location: Location) -> bool:
    if location and location[0] == "sources":
        return False
    key = next(part for part in reversed(location) if isinstance(part, str))
    return key in TEXT_KEYS


def _leaves(tree: Any, here: Location = ()) -> list[tuple[Location, Any]]:
    if isinstance(tree, dict):
        return [leaf for key, value in tree.items() for leaf in _leaves(value, (*here, key))]
    if isinstance(tree, list):
        return [leaf for i, value in enumerate(tree) for leaf in _leaves(value, (*here, i))]
    return [(here, tree)]


def _replace(tree: Any, location: Location, change: Any) -> Any:
    if not location:
        return change(tree)
    head, rest = location[0], location[1:]
    if isinstance(tree, dict):
        return {k: _replace(v, rest, change) if k == head else v for k, v in tree.items()}
    return [_replace(v, rest, change) if i == head else v for i, v in enumerate(tree)]


def _translate(tree: Any) -> Any:
    for location, value in _leaves(tree):
        if isinstance(value, str) and _is_text(location):
            tree = _replace(tree, location, lambda text: f"«{text[::-1]}» en español")
    return tree


def _changed(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    return value + "x"


@given(trees)
def test_a_translation_that_changes_only_text_passes(tree: dict[str, Any]) -> None:
    assert differences(tree, _translate(tree)) == []


@given(trees, st.data())
def test_changing_any_leaf_that_is_not_text_is_caught_and_named(
    tree: dict[str, Any], data: st.DataObject
) -> None:
    fixed = [loc for loc, value in _leaves(tree) if not (isinstance(value, str) and _is_text(loc))]
    if not fixed:
        return
    location = data.draw(st.sampled_from(fixed))
    changed = _replace(_translate(tree), location, _changed)
    assert location in [found.location for found in differences(tree, changed)]


@given(trees)
def test_a_key_added_or_dropped_is_caught(tree: dict[str, Any]) -> None:
    extra = {**tree, "extra_part": "words"}
    assert [d.location for d in differences(tree, extra)] == [("extra_part",)]
    assert [d.location for d in differences(extra, tree)] == [("extra_part",)]


def test_items_with_ids_missing_added_or_reordered_are_each_named() -> None:
    base = {"criteria": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]}
    swapped = {"criteria": [{"id": "b", "label": "Be"}, {"id": "a", "label": "A"}]}
    found = differences(base, swapped)
    assert [(d.location, d.fix) for d in found] == [
        (("criteria", 0, "id"), "put the items of criteria in the base file's order")
    ]
    renamed = {"criteria": [{"id": "a", "label": "A"}, {"id": "c", "label": "C"}]}
    told = [(d.location, d.base_value, d.translated_value) for d in differences(base, renamed)]
    assert told == [
        (("criteria",), "an item with id 'b' (item 2)", "no such item"),
        (("criteria", 1, "id"), "no such item", "'c'"),
    ]


def test_the_language_keys_may_differ_and_the_sources_may_not() -> None:
    base = {"title": "T", "sources": [{"id": "s", "title": "A study"}]}
    translated = {
        "language": "es",
        "base": "content.toml",
        "translation": {"translated_by": "X"},
        "title": "Título",
        "sources": [{"id": "s", "title": "Un estudio"}],
    }
    assert [d.location for d in differences(base, translated)] == [("sources", 0, "title")]


def test_a_repeated_id_changed_or_dropped_is_named_not_a_crash() -> None:
    """Hypothesis found it in CI: a base file that repeats an id crashed the order check."""
    base = {"treatments": [{"id": "0"}, {"id": "0"}]}
    changed = differences(base, {"treatments": [{"id": "X"}, {"id": "0"}]})
    assert ("treatments", 0, "id") in [found.location for found in changed]
    dropped = differences(base, {"treatments": [{"id": "0"}]})
    assert [found.location for found in dropped] == [("treatments",)]
