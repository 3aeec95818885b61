"""The document model: Markdown parsed once (document.py, the only mistune user), its headings and
implicit sections, which step or part each section is (outline.py), the doc's profile and problem,
and the per-document Context the checks share."""
