"""Review of session 15's changes: what a step added this session took too widely, each in
our own sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import total

# --- A ministry other than defence telling a strike's toll is the toll (`fc.CODED_TOLL`
# names a defence ministry's claim of the other army's dead only) ---

@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A Russian missile hit Dnipro on Monday. The interior ministry reported 5 people killed "
     "and 12 injured.", 5, 12),
    ("Russian drones struck Odesa overnight. The emergencies ministry reported 3 dead and 8 "
     "wounded.", 3, 8),
    ("Shelling hit Kherson on Sunday; the health ministry reported 2 killed and 6 hurt.", 2, 6),
])
def test_a_civil_ministry_telling_a_toll_is_the_toll(text: str, killed: int,
                                                      injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


def test_a_defence_ministry_claiming_enemy_dead_is_still_no_toll() -> None:
    assert total("Russian guns fired on positions near Bakhmut. The Russian defence ministry "
                 "reported 70 killed among the defenders.", "killed") == 0
