"""The quantulum3 scorer's rule for numbers that are part of a name (third row only)."""

from __future__ import annotations

import pytest
from eval.quantities import is_name_number


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "name"),
    [("since the passage of Voyager 2 in 1979", "2", "dimensionless", True),
     ('The class is "English 101".', "101", "dimensionless", True),
     ("Intel Core i7 860 Processor", "860", "dimensionless", True),
     ("In 2010 the rule changed", "2010", "dimensionless", False),  # first word, not a name
     ("In this pit, 50 cars are stored", "50", "dimensionless", False),
     ("The answer is 42", "42", "dimensionless", False),
     ("Model X 7 metres long", "7", "metre", False)],  # only bare dimensionless numbers
)  # fmt: skip
def test_name_numbers_in_gold(sentence, surface, unit, name):
    gold = {"surface": surface, "unit": unit, "value": float(surface)}
    assert is_name_number(sentence, gold) is name
