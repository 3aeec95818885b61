"""Generated text for the term-list search tests (guards, needles, lowered patterns): pieces of the
terms themselves, so that matches are frequent, in changed case, among word characters and the
Unicode letters that fold oddly under IGNORECASE (ſ, K, İ, ı, ß, Σ, Ω...)."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from designlint.doc.vocabulary import load_vocabulary

PIECES = sorted({piece for terms in load_vocabulary().values() for t in terms for piece in re.findall(r"[a-z]+", t)})
ODD = ["ſ", "K", "İ", "ı", "ß", "Σ", "ς", "é", "É", "µ", "Å", "ﬁ", "Ω", "“"]
MARKS = ["1", "9", "_", "-", " ", "\n", ".", "/", "`", "'", "(", ")", ":"]

TERM_TEXT = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(PIECES).map(str.upper),
        st.sampled_from(PIECES).map(str.title),
        st.sampled_from(ODD + MARKS),
        st.text(max_size=3),
    ),
    max_size=30,
).map("".join)
