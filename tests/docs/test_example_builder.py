"""The example builder against the constraints it must satisfy: unions told apart,
discriminator values, lenient nulls, unique arrays, bounds, and which optional
parameters an example call passes."""

from __future__ import annotations

import re

from generator.ir.model import (
    MISSING,
    Api,
    Constraints,
    Enum,
    EnumMember,
    Field,
    Model,
    Operation,
    Origin,
    Parameter,
)
from generator.ir.types import (
    AnyValue,
    ArrayOf,
    Const,
    Discriminator,
    EnumRef,
    MapOf,
    ModelRef,
    Nullable,
    Primitive,
    TypeRef,
    Union,
)
from generator.render.example_requests import passed_parameters
from generator.render.examples import ExampleFactory, to_json

AT = Origin("s.yaml", "#/components/schemas/X/properties/p")
STR = Primitive("string")


def field(name: str, t: TypeRef, required: bool = True) -> Field:
    return Field(name, name, t, required, AT)


def model(name: str, *fields: Field) -> Model:
    return Model(name, "m", AT, fields)


def factory(*models: Model, enums: tuple[Enum, ...] = ()) -> ExampleFactory:
    api = Api("t", "1", "p", "3.0.3", models=models, enums=enums)
    return ExampleFactory(api)


def test_one_of_objects_with_required_properties_gets_one_branch_only() -> None:
    sha = model("ShaRef", field("sha", STR), field("branch", STR, required=False))
    branch = model("BranchRef", field("branch", STR))
    made = factory(sha, branch).make(Union((ModelRef("ShaRef"), ModelRef("BranchRef"))))
    assert made is not None
    # With the optional `branch` the value would match BranchRef too: required only.
    assert to_json(made) == {"sha": "example sha"}


def test_free_branch_is_told_apart_from_object_branches() -> None:
    # Every object matches both branches; a string matches the free one alone.
    free = model("Free", field("a", STR, required=False))
    made = factory(free).make(Union((ModelRef("Free"), AnyValue())))
    assert made is not None and to_json(made) == "example"
    made = factory(free).make(Union((MapOf(AnyValue()), ModelRef("Free"), AnyValue())))
    assert made is not None and to_json(made) == "example"
    named = model("Named", field("name", STR))
    made = factory(named).make(Union((AnyValue(), ModelRef("Named"))))
    assert made is not None and to_json(made) == {}  # lacks `name`: the free branch only


def test_discriminator_gets_the_mapping_value_unless_the_property_rules_it_out() -> None:
    auto = model("Auto", field("type", Const("auto")))
    static = model("Static", field("type", STR), field("size", Primitive("integer")))
    union = Union(
        (ModelRef("Auto"), ModelRef("Static")),
        Discriminator("type", (("AutoName", "Auto"), ("static", "Static"))),
    )
    f = factory(auto, static)
    made = f.make(union)
    assert made is not None and to_json(made) == {"type": "auto"}
    only_static = Union(union.variants, Discriminator("type", (("static", "Static"),)))
    made = f.make(only_static)
    assert made is not None and to_json(made) == {"type": "static", "size": 1}


def test_a_model_carries_its_inherited_discriminator_value() -> None:
    cat = Model(
        "Cat", "m", AT, (field("petType", STR), field("meows", STR)), tag=("petType", "cat")
    )
    made = factory(cat).make(ModelRef("Cat"))
    assert made is not None and to_json(made) == {"petType": "cat", "meows": "example meows"}


def test_lenient_null_is_never_an_example() -> None:
    f = factory()
    assert f.lift(None, Nullable(STR, lenient=True)) is None
    assert f.lift(None, Nullable(STR)) is not None
    made = f.make(Nullable(STR, lenient=True), hint="name")
    assert made is not None and to_json(made) == "Example name"


def test_unique_arrays_have_distinct_items_that_keep_their_pattern() -> None:
    item = Primitive("string", constraints=Constraints(pattern=r"^[a-z]{3,8}$"))
    made = factory().make(ArrayOf(item, True, Constraints(min_items=4, max_items=5)))
    assert made is not None
    values = to_json(made)
    assert len(values) == 4 and len(set(values)) == 4
    assert all(re.search(r"^[a-z]{3,8}$", v) for v in values)
    colours = Enum("Colour", "m", AT, (EnumMember("RED", "red"), EnumMember("BLUE", "blue")))
    made = factory(enums=(colours,)).make(
        ArrayOf(EnumRef("Colour"), True, Constraints(min_items=2))
    )
    assert made is not None and to_json(made) == ["red", "blue"]


def test_numbers_keep_exclusive_bounds_and_decimal_multiples() -> None:
    f = factory()
    number = Primitive("number")
    cases = [
        (Constraints(exclusive_minimum=0, maximum=0.5), 0.5),
        (Constraints(minimum=0, exclusive_maximum=1, multiple_of=0.25), 0.75),
        (Constraints(multiple_of=0.01), 1.5),
        (Constraints(exclusive_minimum=1, exclusive_maximum=2), 1.5),
        (Constraints(exclusive_minimum=1, exclusive_maximum=1.5), 1.375),
    ]
    for constraints, expected in cases:
        made = f.make(number, constraints=constraints)
        assert made is not None and to_json(made) == expected, constraints
    made = f.make(Primitive("integer", "int32"), constraints=Constraints(minimum=7, multiple_of=5))
    assert made is not None and to_json(made) == 10


def test_digits_pattern_wins_over_an_id_name() -> None:
    made = factory().make(STR, hint="account_id", constraints=Constraints(pattern=r"^\d+$"))
    assert made is not None and re.fullmatch(r"\d+", to_json(made))


def _param(name: str, location: str = "query", **kw: object) -> Parameter:
    return Parameter(name, name, location, kw.pop("type", STR), kw.pop("required", False), AT, **kw)  # type: ignore[arg-type]


def test_optional_parameters_only_with_a_spec_value_and_one_precondition() -> None:
    params = (
        _param("id", "path", required=True),
        _param("token"),
        _param("order", type=Union((Const("asc"), Const("desc")))),
        _param("limit", default=20),
        _param("since", example="2024-01-01"),
        _param("If-Match", "header", example='"a"'),
        _param("If-None-Match", "header", example='"b"'),
        _param("old", deprecated=True, example="x"),
    )
    op = Operation("get", "get", "GET", "/x/{id}", AT, parameters=params)
    assert [p.name for p in passed_parameters(op)] == ["id", "order", "limit", "since", "If-Match"]
    assert params[1].example is MISSING
