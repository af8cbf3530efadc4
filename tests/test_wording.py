"""Words for people where the data holds codes or long sentences (tracker/wording.py)."""

import pytest

from tracker.wording import subject


@pytest.mark.parametrize("text, words", [
    ("De minister zegt toe de Kamer te informeren over de evaluatie van de Wet open overheid.",
     "Evaluatie van de Wet open overheid"),
    ("De minister zendt de Kamer de evaluatie van de pilot voor de zomer toe.",
     "Evaluatie van de pilot voor de zomer toe"),
    # (a question's number was taken for its subject: a review card headed "Verzoek 2")
    ("2. Bent u bereid te onderzoeken hoe de kenbaarheid rond algoritmegebruik door overheden, "
     "met name in besluitvormingsprocessen, verbeterd kan worden?",
     "Bent u bereid te onderzoeken hoe de kenbaarheid rond…"),
    ("b) de regering te verzoeken over de uitvoering jaarlijks te rapporteren",
     "Uitvoering jaarlijks"),
])
def test_what_a_promise_is_about(text, words):
    assert subject(text) == words
