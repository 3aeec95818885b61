"""Document model: a code block with an info string ("```sql") closes at its own fence. The reader that unfences
transcripts pasted in a bare fence took that closing fence for a bare one opening a transcript (the turns after it,
up to the next bare fence), blanked it, and the SQL block ran on over the whole dialogue and the drawing below."""

from __future__ import annotations

from designlint.doc.document import parse

TURNS = "\n\n".join(
    f"**{who}:** {said}"
    for who, said in [
        ("Interviewer", "And the generic code with a cap of 1000?"),
        ("Me", "Same trick on the campaign row, but every redemption waits on one row lock."),
        ("Interviewer", "So what would you do?"),
        ("Me", "Move the counter to Redis and use DECR; the database keeps the redemptions."),
        ("Interviewer", "Draw it."),
    ]
)
DOC = (
    "# Promo codes\n\n## Design\n\n**Me:** A conditional update:\n\n```sql\nUPDATE code SET state='USED'\n"
    " WHERE code=$1 AND state='FREE';\n```\n\n" + TURNS + "\n\n```\ncheckout --> [coupon api] --> redis\n```\n"
)


def _kinds() -> list[str]:
    design = parse(DOC).root.children[0].children[0]
    return [block.kind for block in design.blocks]


def test_a_code_block_with_an_info_string_closes_at_its_own_fence() -> None:
    assert _kinds() == ["paragraph", "code", *["paragraph"] * 5, "code"]


def test_a_transcript_in_a_bare_fence_is_still_read_as_turns() -> None:
    fenced = "# Mock\n\n## Round\n\n```\n" + TURNS.replace("\n\n", "\n") + "\n```\n"
    kinds = [block.kind for block in parse(fenced).root.children[0].children[0].blocks]
    assert "code" not in kinds


def test_a_longer_closing_fence_closes_the_block() -> None:
    doc = DOC.replace(" WHERE code=$1 AND state='FREE';\n```\n", " WHERE code=$1 AND state='FREE';\n````\n")
    design = parse(doc).root.children[0].children[0]
    assert [block.kind for block in design.blocks] == ["paragraph", "code", *["paragraph"] * 5, "code"]


def test_backticks_in_a_line_open_no_fence_before_a_fenced_transcript() -> None:
    fenced = "# Mock\n\n## Round\n\n```inline``` marks code in chat.\n\n```\n" + TURNS.replace("\n\n", "\n") + "\n```\n"
    kinds = [block.kind for block in parse(fenced).root.children[0].children[0].blocks]
    assert "code" not in kinds
