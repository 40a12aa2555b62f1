import numpy as np
import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from storyline.annotate.backend import load_model

TEXTS = [
    "I'd say y'all gonna like it. There are  two men who did not do it, but I ain't sure.",
    "Talks were held in Geneva on Monday; the rebels, who had blown up bridges, got nothin' "
    "and walked out.\n\nShe gets what she wants: it is what it is. You saw me and I saw you.",
    "Which of them will sign? Those that did were paid. Do it now, as they have done before.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def test_the_attribute_rules_by_lookup_annotate_as_the_models_ruler(nlp):
    assert "storyline_attributes" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    fast, ruler = nlp.get_pipe("storyline_attributes"), nlp.get_pipe("attribute_ruler")
    columns = [POS, MORPH, LEMMA, TAG, DEP]
    lemmas = set()
    for text in TEXTS:
        doc = nlp.make_doc(text)
        for name in ("tok2vec", "tagger", "parser"):
            doc = nlp.get_pipe(name)(doc)
        ours, theirs = fast(doc.copy()), ruler(doc.copy())
        assert np.array_equal(ours.to_array(columns), theirs.to_array(columns)), text
        lemmas |= {t.lemma_ for t in ours}
    # Word exceptions were applied, not only the tag map ("gon na" -> "go to", "I" stays "I").
    assert {"go", "to", "I", "be"} <= lemmas
