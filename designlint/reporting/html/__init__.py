"""`designlint report`: one self-contained HTML page about one design doc.

model gathers what the page shows (scores, findings by line, the checker's arithmetic,
what to practise next); page renders it through templates/report.html.j2 and writes it.
The page holds no script and loads nothing: its CSS and SVG are inline.
"""
